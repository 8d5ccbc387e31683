// The signed outgoing webhook: a publishing adapter that hands every due post to one URL the operator
// configures (an automation tool, a scheduler, the organisation's own service). publish() only writes a
// delivery row; the deliverWebhooks job sends it, signed, and retries until the receiver takes it.
// The receiving side is described in docs/webhooks.md.

import { createHmac, randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { type Environment, loadWebhookSettings } from '@/config/settings'
import { retryDelayMs } from '@/mailing/delivery'
import type { OutgoingPost, PublishingAdapter } from '@/social/adapter'

export const WEBHOOK_DELIVERIES = 'webhook-deliveries'
export const POST_DUE_EVENT = 'social-post.due'
export const WEBHOOK_USER_AGENT = 'NurturingLittleHearts-Campaign-Webhook/1'
/** A receiver that takes longer than this counts as down; the delivery is tried again later. */
export const WEBHOOK_TIMEOUT_MS = 10_000
/**
 * Tries before a delivery is marked failed. With the default 30 s base, the waits double up to an hour each,
 * so the last try comes about 23 hours after the first: a receiver can be down for most of a day.
 */
export const WEBHOOK_MAX_ATTEMPTS = 30

export type WebhookBody = { id: string; event: typeof POST_DUE_EVENT; createdAt: string; post: OutgoingPost }

/** `sha256=` and the hex HMAC-SHA256 of "<timestamp>.<body>": the timestamp is signed so an old request cannot be replayed as new. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`
}

/** Everything sent with a delivery's body; the timestamp is when this attempt was signed (Unix seconds). */
export function webhookHeaders(delivery: { deliveryId: string; body: string }, secret: string, now = Date.now()): Record<string, string> {
  const timestamp = Math.floor(now / 1000)
  return {
    'content-type': 'application/json',
    'user-agent': WEBHOOK_USER_AGENT,
    'x-campaign-delivery': delivery.deliveryId,
    'x-campaign-timestamp': String(timestamp),
    'x-campaign-signature': webhookSignature(secret, timestamp, delivery.body),
  }
}

/** After a failed try (attempts counts it): wait and try again with the shared doubling backoff, or give up. */
export function afterWebhookFailure(attempts: number, baseMs: number, now: number): { status: 'retrying'; nextAttemptAt: number } | { status: 'failed' } {
  if (attempts >= WEBHOOK_MAX_ATTEMPTS) return { status: 'failed' }
  return { status: 'retrying', nextAttemptAt: now + retryDelayMs(attempts, baseMs) }
}

/** How long after the first try the last one comes, for a base wait (what "about a day" means). */
export function webhookRetryWindowMs(baseMs: number): number {
  let total = 0
  for (let attempt = 1; attempt < WEBHOOK_MAX_ATTEMPTS; attempt++) total += retryDelayMs(attempt, baseMs)
  return total
}

/** The exact bytes a receiver gets, written once when the post is due and never re-serialised. */
export function webhookBody(id: string, post: OutgoingPost, createdAt = new Date()): string {
  const body: WebhookBody = { id, event: POST_DUE_EVENT, createdAt: createdAt.toISOString(), post }
  return JSON.stringify(body)
}

/**
 * Configured by WEBHOOK_URL: takes every platform. Publishing writes the delivery row and returns; the row is
 * the promise that the post will reach the receiver, whatever state the receiver is in right now.
 */
export function webhookAdapter(payload: Payload, env: Environment = process.env): PublishingAdapter | undefined {
  if (!loadWebhookSettings(env).webhookUrl) return undefined
  return {
    name: 'webhook',
    handles: () => true,
    publish: async (post) => {
      // The publishing job may run again for the same post (a crash or a task retry between this and the
      // post's own update, or two processes): one delivery per post and time, held to that by a unique key,
      // so the receiver does not get it twice.
      const handoverKey = handoverKeyOf(post)
      const deliveryId = randomUUID()
      try {
        await payload.create({
          collection: WEBHOOK_DELIVERIES,
          data: {
            deliveryId,
            handoverKey,
            event: POST_DUE_EVENT,
            post: post.id as number,
            body: webhookBody(deliveryId, post),
            status: 'pending',
            attempts: 0,
            nextAttemptAt: new Date().toISOString(),
          },
          depth: 0,
          overrideAccess: true,
          context: { system: true },
        })
      } catch (error) {
        if (!(await alreadyQueued(payload, handoverKey))) throw error
        return { outcome: 'handed-over', detail: 'already queued for the webhook' }
      }
      return { outcome: 'handed-over', detail: 'queued for the webhook' }
    },
  }
}

/** One hand-over per post and scheduled time: a post moved to a new time is a new hand-over. */
export const handoverKeyOf = (post: Pick<OutgoingPost, 'id' | 'scheduledAt'>) => `${POST_DUE_EVENT}:${post.id}@${new Date(post.scheduledAt).toISOString()}`

async function alreadyQueued(payload: Payload, handoverKey: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: WEBHOOK_DELIVERIES, where: { handoverKey: { equals: handoverKey } }, overrideAccess: true })
  return totalDocs > 0
}
