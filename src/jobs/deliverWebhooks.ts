import type { Payload, TaskConfig } from 'payload'

import { loadWebhookSettings, type WebhookSettings } from '@/config/settings'
import type { WebhookDelivery } from '@/payload-types'
import { withLease } from '@/leases/lease'
import { afterWebhookFailure, WEBHOOK_DELIVERIES, WEBHOOK_TIMEOUT_MS, webhookHeaders } from '@/publishing/webhook'

import { jobsStopping } from './stopping'
import { ownRequest } from './task'

export const WEBHOOK_TASK = 'deliverWebhooks'
export const WEBHOOK_QUEUE = 'webhooks'

export type WebhookRunReport = { delivered: number; retrying: number; failed: number }

type Options = {
  /** Stop taking new deliveries after this time (ms); one run never holds the queue for long. */
  deadline?: number
}

/**
 * Sends every delivery whose time has come. Each delivery is claimed with a lease and looked at afresh once
 * claimed, so two runs (in this process or another) never send the same delivery at once, and one that was
 * delivered meanwhile is not sent again.
 */
export async function deliverDueWebhooks(payload: Payload, options: Options = {}): Promise<WebhookRunReport> {
  const report: WebhookRunReport = { delivered: 0, retrying: 0, failed: 0 }
  const settings = loadWebhookSettings()
  // Without a URL nothing can be sent; queued deliveries wait, unlost, until one is configured again.
  if (!settings.webhookUrl || !settings.webhookSecret) return report
  const deadline = options.deadline ?? Date.now() + 25_000
  for (const { id } of (await dueDeliveries(payload)).docs) {
    if (Date.now() > deadline || jobsStopping()) break
    const run = await withLease(payload, `webhook-delivery:${id}`, async () => {
      const [delivery] = (await dueDeliveries(payload, id)).docs
      return delivery ? deliverOne(payload, delivery, settings) : undefined
    })
    if (run.held && run.result) report[run.result]++
  }
  return report
}

const dueDeliveries = (payload: Payload, id?: WebhookDelivery['id']) =>
  payload.find({
    collection: WEBHOOK_DELIVERIES,
    where: {
      and: [
        { status: { in: ['pending', 'retrying'] } },
        { nextAttemptAt: { less_than_equal: new Date().toISOString() } },
        ...(id === undefined ? [] : [{ id: { equals: id } }]),
      ],
    },
    sort: 'nextAttemptAt',
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })

type Attempt = { ok: true; status: number } | { ok: false; status?: number; error: string }

async function deliverOne(payload: Payload, delivery: WebhookDelivery, settings: WebhookSettings): Promise<keyof WebhookRunReport> {
  const attempt = await post(delivery, settings)
  const attempts = (delivery.attempts ?? 0) + 1
  const now = Date.now()
  if (attempt.ok) {
    await save(payload, delivery.id, { status: 'delivered', attempts, responseStatus: attempt.status, deliveredAt: new Date(now).toISOString(), nextAttemptAt: null })
    return 'delivered'
  }
  const next = afterWebhookFailure(attempts, settings.webhookRetryBaseMs, now)
  await save(payload, delivery.id, {
    status: next.status,
    attempts,
    responseStatus: attempt.status ?? null,
    lastError: attempt.error,
    nextAttemptAt: next.status === 'retrying' ? new Date(next.nextAttemptAt).toISOString() : null,
  })
  // Where it went is left out: a webhook URL may carry a token of its own. The secret is never logged.
  const facts = { delivery: delivery.deliveryId, post: delivery.post, attempts, responseStatus: attempt.status, error: attempt.error }
  if (next.status === 'failed') payload.logger.error(facts, 'webhook delivery failed for good; an admin can set it back to pending')
  else payload.logger.warn({ ...facts, nextAttemptAt: new Date(next.nextAttemptAt).toISOString() }, 'webhook delivery failed; trying again later')
  return next.status
}

/** One signed POST of the stored body, exactly as stored. */
async function post(delivery: WebhookDelivery, settings: WebhookSettings): Promise<Attempt> {
  try {
    const response = await fetch(settings.webhookUrl!, {
      method: 'POST',
      headers: webhookHeaders({ deliveryId: delivery.deliveryId, body: delivery.body }, settings.webhookSecret!),
      body: delivery.body,
      // A redirect is not followed: the signed body goes to the configured address and nowhere else.
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    })
    if (response.status >= 200 && response.status < 300) {
      await response.body?.cancel().catch(() => undefined)
      return { ok: true, status: response.status }
    }
    const why = response.status >= 300 && response.status < 400 ? 'a redirect (not followed; set WEBHOOK_URL to the final address)' : await snippet(response)
    return { ok: false, status: response.status, error: `HTTP ${response.status}${why ? `: ${why}` : ''}` }
  } catch (error) {
    return { ok: false, error: describe(error) }
  }
}

/** The start of the receiver's answer, for the log: enough to see why, never the whole of a large page. */
async function snippet(response: Response): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  try {
    const { value } = await reader.read()
    return value ? new TextDecoder().decode(value.subarray(0, 200)).trim() : ''
  } catch {
    return ''
  } finally {
    await reader.cancel().catch(() => undefined)
  }
}

const networkErrors: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
}

function describe(error: unknown): string {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (name === 'TimeoutError') return `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`
  // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a TLS error) is its cause.
  if (cause?.code) return `${networkErrors[cause.code] ?? cause.message ?? 'network error'} (${cause.code})`.slice(0, 500)
  return String(cause?.message ?? message ?? error).slice(0, 500)
}

const save = (payload: Payload, id: WebhookDelivery['id'], data: Partial<WebhookDelivery>) =>
  payload.update({ collection: WEBHOOK_DELIVERIES, id, data, depth: 0, overrideAccess: true, context: { system: true } })

export const deliverWebhooksTask: TaskConfig<'deliverWebhooks'> = {
  slug: WEBHOOK_TASK,
  label: 'Deliver signed webhooks',
  schedule: [{ cron: '*/10 * * * * *', queue: WEBHOOK_QUEUE }],
  // Each delivery keeps its own tries and waits; the task itself is not retried.
  retries: 0,
  outputSchema: [
    { name: 'delivered', type: 'number' },
    { name: 'retrying', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: ownRequest(
    (req) => deliverDueWebhooks(req.payload),
    () => ({ delivered: 0, retrying: 0, failed: 0 }),
  ),
}
