import type { Access, Where } from 'payload'

import { hasRole, isTeamMember } from '@/domain/roles'

/**
 * The comms team sees every material; a signed-in partner sees public ones, partner ones and restricted ones
 * granted to them; everyone else sees public ones. Files are served through the same rule.
 */
export const readMaterials: Access = ({ req: { user } }) => {
  if (isTeamMember(user)) return true
  // A generated material being made again from new words is not offered until it is current.
  const current: Where = { or: [{ 'generatedFrom.stale': { equals: false } }, { 'generatedFrom.stale': { exists: false } }] }
  const everyone: Where = { accessLevel: { equals: 'public' } }
  if (!isActivePartner(user)) return { and: [current, everyone] }
  return {
    and: [
      current,
      {
        or: [
          everyone,
          { accessLevel: { equals: 'partners' } },
          { and: [{ accessLevel: { equals: 'restricted' } }, { grantedTo: { contains: user!.id } }] },
        ],
      },
    ],
  }
}

/** A partner who confirmed their email (or whom an admin added) and has not been revoked. */
export function isActivePartner(user: { roles?: string[] | null; partnerStatus?: string | null } | null | undefined): boolean {
  return Boolean(user && hasRole(user as never, 'partner') && user.partnerStatus !== 'unverified' && user.partnerStatus !== 'revoked')
}
