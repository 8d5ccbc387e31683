import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

// Per-client limits on the public forms that send email or change a subscription, so nobody can use them to
// flood an inbox or guess links. Counted per IP address in this process's memory; behind a proxy, Express's
// "trust proxy" setting decides which address counts.

const TEN_MINUTES = 10 * 60_000

export type Limits = { signUps: number; changes: number; answers?: number; windowMs?: number }

/** Paths under /api that send email or act on a signed link, and how many requests per window each client gets. */
export function publicFormLimits({ signUps, changes, answers = 30, windowMs = TEN_MINUTES }: Limits): { path: string[]; handler: RequestHandler }[] {
  const refuse = (message: string) =>
    rateLimit({
      windowMs,
      limit: message === 'sign-up' ? signUps : message === 'answer' ? answers : changes,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // Reading a page or a preview is not limited here; only what sends or changes something.
      skip: (req) => req.method === 'GET' && !req.path.endsWith('/data'),
      handler: (_req, res, _next, options) => {
        const minutes = Math.ceil(options.windowMs / 60_000)
        res.status(429).json({ errors: [{ message: `Too many requests from your connection. Please wait ${minutes} minutes and try again.` }] })
      },
    })
  return [
    { path: ['/api/subscribe', '/api/partners/join', '/api/partners/sign-in'], handler: refuse('sign-up') },
    { path: ['/api/subscriptions', '/api/partners/confirm', '/api/email-previews'], handler: refuse('changes') },
    // "Was this page helpful?": one answer per post, and only so many posts per client.
    { path: ['/api/helpful'], handler: refuse('answer') },
  ]
}

export const limitsFromEnv = (env: Record<string, string | undefined> = process.env): Limits => ({
  signUps: Number(env.RATE_LIMIT_SIGNUPS) || 20,
  changes: Number(env.RATE_LIMIT_CHANGES) || 60,
  answers: Number(env.RATE_LIMIT_HELPFUL) || 30,
})

/**
 * Per-client limits on signing in and the account emails, and on GraphQL (one request can carry many
 * operations), before Payload sees them. Payload's own hooks then count each try per address and per client
 * (src/auth/signInLimits.ts); these stop floods cheaply. Counted per IP address in this process's memory.
 */
export function signInLimits({ signIns, graphql, windowMs = TEN_MINUTES }: { signIns: number; graphql: number; windowMs?: number }): { path: string[]; handler: RequestHandler }[] {
  const limiter = (limit: number, what: string) =>
    rateLimit({
      windowMs,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      skip: (req) => req.method !== 'POST',
      handler: (_req, res, _next, options) => {
        const minutes = Math.ceil(options.windowMs / 60_000)
        res.status(429).json({ errors: [{ message: `Too many ${what} from your connection. Please wait ${minutes} minutes and try again.` }] })
      },
    })
  return [
    { path: ['/api/users/login', '/api/users/forgot-password', '/api/users/reset-password', '/api/users/unlock'], handler: limiter(signIns, 'sign-in requests') },
    { path: ['/api/graphql'], handler: limiter(graphql, 'GraphQL requests') },
  ]
}

export const signInLimitsFromEnv = (env: Record<string, string | undefined> = process.env) => ({
  // Successful sign-ins count here too (an office shares one address), so this is well above the failures Payload allows.
  signIns: Number(env.RATE_LIMIT_SIGN_IN_REQUESTS) || 100,
  graphql: Number(env.RATE_LIMIT_GRAPHQL) || 600,
})
