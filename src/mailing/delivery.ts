// The rules of delivering one email to one person: which failures are worth another try, how long to wait,
// and how a once-rendered email becomes each reader's own. Plain data, no framework.

export type FailureKind = 'transient' | 'permanent' | 'bounce'

type SmtpError = { responseCode?: number; code?: string; response?: string; message?: string }

/**
 * 4xx replies and dropped connections are worth another try; 5xx replies are final. A 5.1.x reply
 * ("no such mailbox") is a hard bounce: the address goes on the suppression list.
 */
export function classifyFailure(error: unknown): FailureKind {
  const { responseCode, code, response = '' } = (error ?? {}) as SmtpError
  if (typeof responseCode === 'number') {
    if (responseCode >= 400 && responseCode < 500) return 'transient'
    if (responseCode >= 500 && (/\b5\.1\.[0-9]\b/.test(response) || responseCode === 550 || responseCode === 553)) return 'bounce'
    return 'permanent'
  }
  // No reply at all: the server was down, refused the connection or timed out.
  if (code && ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPROTOCOL'].includes(code)) return 'transient'
  return 'permanent'
}

export const MAX_ATTEMPTS = 6

/** Doubling waits: base, 2×, 4×, ... capped at an hour, so a server down for a while is not hammered. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 3_600_000)
}

/** What a failure means for this recipient now. */
export function afterFailure(kind: FailureKind, attempts: number, baseMs: number, now: number): { status: 'retrying'; nextAttemptAt: number } | { status: 'failed' } {
  if (kind === 'transient' && attempts < MAX_ATTEMPTS) return { status: 'retrying', nextAttemptAt: now + retryDelayMs(attempts, baseMs) }
  return { status: 'failed' }
}

export const describeFailure = (error: unknown): string => {
  const { response, message, code } = (error ?? {}) as SmtpError
  return String(response || message || code || error).slice(0, 500)
}

/** The per-reader parts of an email, written into the template as {{name}} when it is rendered once. */
export type Personal = { preferencesUrl: string; unsubscribeUrl: string }

const PLACEHOLDER = /\{\{(preferencesUrl|unsubscribeUrl)\}\}/g

/** One rendering, many readers: only the links differ, and they need no escaping (signed tokens are URL-safe). */
export function personalise(rendered: string, personal: Personal): string {
  return rendered.replace(PLACEHOLDER, (_, key: keyof Personal) => personal[key])
}

export const placeholders: Personal = { preferencesUrl: '{{preferencesUrl}}', unsubscribeUrl: '{{unsubscribeUrl}}' }
