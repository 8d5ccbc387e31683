import { createHmac, timingSafeEqual } from 'node:crypto'

// The links in our emails (confirm, preferences, unsubscribe). Signed with the server's secret and bound to
// the address they were sent to, so they prove the person can read that inbox and nothing needs storing.
// Changing the address makes old links useless. Each purpose has its own signature, so a preferences link
// can never be used as a confirmation link.

export type LinkPurpose = 'partner-verify' | 'subscription-confirm' | 'subscription-manage'

export type LinkCheck = { ok: true; id: string; expires?: number } | { ok: false; reason: 'malformed' | 'expired' | 'wrong' }

/** `id.expires.signature`; expires 0 means the link never expires (preferences must work from old emails). */
export function signLink(secret: string, purpose: LinkPurpose, id: number | string, address: string, expiresAt = 0): string {
  return `${id}.${expiresAt}.${signature(secret, purpose, id, address, expiresAt)}`
}

/** The id a link names, before anything is looked up. */
export const idInLink = (token: string): string | undefined => /^(\w{1,40})\./.exec(token)?.[1]

export function checkLink(secret: string, purpose: LinkPurpose, token: string, addressOf: (id: string) => string | undefined, now = Date.now()): LinkCheck {
  const match = /^(\w{1,40})\.(0|\d{13})\.([\w-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const [, id, expiresText, given] = match
  const expires = Number(expiresText)
  if (expires !== 0 && expires < now) return { ok: false, reason: 'expired' }
  const address = addressOf(id)
  if (!address) return { ok: false, reason: 'wrong' }
  const expected = Buffer.from(signature(secret, purpose, id, address, expires))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, reason: 'wrong' }
  return { ok: true, id, ...(expires ? { expires } : {}) }
}

const signature = (secret: string, purpose: LinkPurpose, id: number | string, address: string, expires: number) =>
  createHmac('sha256', secret).update(`${purpose}\n${id}\n${address.toLowerCase()}\n${expires}`).digest('base64url')
