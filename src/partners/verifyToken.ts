import { checkLink, type LinkCheck, signLink } from '../mailing/signedLink'

// The link in a partner's "confirm your email" message: a signed link that works for two days.

const TWO_DAYS_MS = 2 * 86_400_000

export const verifyToken = (secret: string, userId: number | string, email: string, now = Date.now()): string =>
  signLink(secret, 'partner-verify', userId, email, now + TWO_DAYS_MS)

export type TokenCheck = LinkCheck

export const checkVerifyToken = (secret: string, token: string, emailOf: (userId: string) => string | undefined, now = Date.now()): TokenCheck =>
  checkLink(secret, 'partner-verify', token, emailOf, now)
