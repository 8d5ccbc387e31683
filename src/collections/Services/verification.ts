import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { idOf } from '@/domain/ids'

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/** A service whose details nobody has checked in a year may send a family to the wrong place. */
export const verification: FieldHook = ({ siblingData }) => {
  const verifiedAt = (siblingData as { verifiedAt?: string | null }).verifiedAt
  if (!verifiedAt) return 'Not verified: check before publishing its details'
  const age = Date.now() - new Date(verifiedAt).getTime()
  return age > YEAR_MS ? 'Due for checking: not verified in 12 months' : 'Verified in the last 12 months'
}

/** Whoever sets the verified date is the one who checked: the server records them, not the request. */
export const recordVerifier: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const person = req.context.system ? undefined : req.user?.id
  if (person === undefined) return data
  const at = (value: unknown) => (value ? new Date(String(value)).getTime() : null)
  const changed = data.verifiedAt !== undefined && at(data.verifiedAt) !== at(originalDoc?.verifiedAt)
  return { ...data, verifiedBy: changed ? (data.verifiedAt ? person : null) : (idOf(originalDoc?.verifiedBy) ?? null) }
}
