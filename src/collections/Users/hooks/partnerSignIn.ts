import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeLoginHook } from 'payload'

import { isTeamMember } from '@/domain/roles'

// A partner signs in only once their email is confirmed, and never after an admin withdraws their access,
// whichever way they try: Payload's login (REST or GraphQL) or the partner sign-in form. The password is
// checked first, so a stranger learns nothing about an account from this.

export const partnerRefusals = {
  unconfirmed: 'Confirm your email first: use the link we sent you when you signed up.',
  revoked: 'Partner access for this account has been withdrawn. Contact the campaign team if this is a mistake.',
} as const

export type PartnerRefusal = keyof typeof partnerRefusals

type Account = { roles?: string[] | null; partnerStatus?: string | null }

export function partnerRefusalFor(user: Account): PartnerRefusal | undefined {
  if (isTeamMember(user as never) || !user.roles?.includes('partner')) return undefined
  if (user.partnerStatus === 'unverified') return 'unconfirmed'
  if (user.partnerStatus === 'revoked') return 'revoked'
  return undefined
}

export const refuseInactivePartners: CollectionBeforeLoginHook = ({ user }) => {
  const reason = partnerRefusalFor(user as Account)
  if (reason) throw new APIError(partnerRefusals[reason], 403, { reason }, true)
  return user
}

/** The reason a sign-in was refused, read from the error's shape (the production bundle renames error classes). */
export function partnerRefusalIn(error: unknown): PartnerRefusal | undefined {
  const reason = (error as { status?: number; data?: { reason?: string } } | null)?.data?.reason
  return reason === 'unconfirmed' || reason === 'revoked' ? reason : undefined
}

/** Withdrawing a partner's access also ends every session they have: their next request is anonymous. */
export const endSessionsOnRevoke: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.partnerStatus === 'revoked' && originalDoc?.partnerStatus !== 'revoked') data.sessions = []
  return data
}
