import type { FieldHook } from 'payload'

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/** A service whose details nobody has checked in a year may send a family to the wrong place. */
export const verification: FieldHook = ({ siblingData }) => {
  const verifiedAt = (siblingData as { verifiedAt?: string | null }).verifiedAt
  if (!verifiedAt) return 'Not verified: check before publishing its details'
  const age = Date.now() - new Date(verifiedAt).getTime()
  return age > YEAR_MS ? 'Due for checking: not verified in 12 months' : 'Verified in the last 12 months'
}
