import { APIError, type CollectionAfterLoginHook, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { type AccountRequest, signInGuard, signInLimitsFromEnv } from '@/auth/signInLimits'
import { CLIENT_HEADER } from '@/server/clientAddress'

// The sign-in limits (src/auth/signInLimits.ts) applied to Payload's own operations, so they hold however
// the operation is reached: REST, GraphQL (where one request can carry many tries) or our partner sign-in.

const guard = signInGuard(signInLimitsFromEnv())

/** Only requests from outside count; the server's own calls (scripts, the seed) have no connection. */
const fromOutside = (req: PayloadRequest) => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
const clientOf = (req: PayloadRequest) => req.headers.get(CLIENT_HEADER) || 'unknown'
const addressOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

const tooMany = (message: string) => new APIError(message, 429, undefined, true)

const accountRequests: Partial<Record<string, AccountRequest>> = { forgotPassword: 'forgotPassword', resetPassword: 'resetPassword', unlock: 'unlock' }

export const limitSignIns: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (!fromOutside(req)) return args
  const data = (args as { data?: unknown }).data
  if (operation === 'login') {
    const refusal = guard.attemptLogin(addressOf(data), clientOf(req))
    if (refusal) throw tooMany(refusal.message)
  }
  const kind = accountRequests[operation]
  if (kind) {
    const refusal = guard.accountRequest(kind, clientOf(req), addressOf(data) || undefined)
    if (refusal) throw tooMany(refusal.message)
  }
  return args
}

export const countSuccessfulSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  if (fromOutside(req)) guard.loginSucceeded(String(user.email ?? '').toLowerCase(), clientOf(req))
  return user
}

/** An admin who unlocks an account clears every count against it. */
export const forgetCountsOnUnlock: CollectionAfterOperationHook<'users'> = ({ args, operation, result }) => {
  if (operation === 'unlock' && result) guard.forgetAccount(addressOf((args as { data?: unknown }).data))
  return result
}
