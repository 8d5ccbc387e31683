import type { Access, Where } from 'payload'

import { hasRole } from '@/domain/roles'

/**
 * The comms team sees every material; a signed-in partner sees public ones, partner ones and restricted ones
 * granted to them; everyone else sees public ones. Files are served through the same rule.
 */
export const readMaterials: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'reviewer', 'publisher')) return true
  const everyone: Where = { accessLevel: { equals: 'public' } }
  if (!user || !hasRole(user, 'partner')) return everyone
  return {
    or: [
      everyone,
      { accessLevel: { equals: 'partners' } },
      { and: [{ accessLevel: { equals: 'restricted' } }, { grantedTo: { contains: user.id } }] },
    ],
  }
}
