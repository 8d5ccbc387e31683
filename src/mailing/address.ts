// Email addresses as people type them, checked on the server. Plain data, no framework.

/** A practical check: something@something.something, no spaces or brackets, within the lengths SMTP allows. */
const EMAIL = /^[^\s@<>()",;:\\[\]]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/i

export type AddressCheck = { ok: true; address: string } | { ok: false; reason: string }

export const addressProblem = 'Enter an email address like name@example.org.'

/** Trims and lower-cases, so one person has one subscriber record however they type their address. */
export function readEmailAddress(input: unknown): AddressCheck {
  if (typeof input !== 'string') return { ok: false, reason: addressProblem }
  const address = input.trim().toLowerCase()
  if (address.length > 254 || !EMAIL.test(address)) return { ok: false, reason: addressProblem }
  return { ok: true, address }
}
