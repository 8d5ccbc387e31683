import { createHmac, timingSafeEqual } from 'node:crypto'

// The link in a partner's "confirm your email" message. Signed with the server's secret and tied to the
// address it was sent to, so it proves the person can read that inbox; nothing needs storing.

const TWO_DAYS_MS = 2 * 86_400_000

export function verifyToken(secret: string, userId: number | string, email: string, now = Date.now()): string {
  const expires = now + TWO_DAYS_MS
  return `${userId}.${expires}.${signature(secret, userId, email, expires)}`
}

export type TokenCheck = { ok: true; userId: string } | { ok: false; reason: 'malformed' | 'expired' | 'wrong' }

/** Checks a token against the account's current email: changing the address makes old links useless. */
export function checkVerifyToken(secret: string, token: string, emailOf: (userId: string) => string | undefined, now = Date.now()): TokenCheck {
  const match = /^(\w{1,40})\.(\d{13})\.([\w-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const [, userId, expires, given] = match
  if (Number(expires) < now) return { ok: false, reason: 'expired' }
  const email = emailOf(userId)
  if (!email) return { ok: false, reason: 'wrong' }
  const expected = Buffer.from(signature(secret, userId, email, Number(expires)))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? { ok: true, userId } : { ok: false, reason: 'wrong' }
}

const signature = (secret: string, userId: number | string, email: string, expires: number) =>
  createHmac('sha256', secret).update(`partner-verify\n${userId}\n${email.toLowerCase()}\n${expires}`).digest('base64url')
