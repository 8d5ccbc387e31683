import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http, { type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { deliverDueWebhooks } from '@/jobs/deliverWebhooks'
import { publishDuePosts } from '@/jobs/publishSocialPosts'
import type { SocialPost, WebhookDelivery } from '@/payload-types'
import { publishingAdapters } from '@/publishing/adapters'
import { WEBHOOK_MAX_ATTEMPTS, webhookHeaders, type WebhookBody } from '@/publishing/webhook'

import { draftMessage } from '../helpers/messages'
import { createPeople, type People } from '../helpers/people'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The signed webhook against a real receiver on this machine: a receiver that refuses for a while, one that is
// down altogether, and one that gets a body changed on the way. The receiver checks signatures with the very
// code docs/webhooks.md gives receivers.

type Verify = (raw: Buffer | string, headers: IncomingHttpHeaders | Record<string, string>, secret: string, toleranceSeconds?: number) => boolean
type Received = { at: number; headers: IncomingHttpHeaders; raw: Buffer; verified: boolean; status: number }

const secret = randomBytes(32).toString('hex')
const RETRY_BASE_MS = 100
let verify: Verify
let receiver: Awaited<ReturnType<typeof startReceiver>>
let t: TestPayload
let people: People

beforeAll(async () => {
  verify = await verifierFromDocs()
  receiver = await startReceiver()
  // The config reads its settings when it is imported: the webhook's must be in place first.
  Object.assign(process.env, { WEBHOOK_URL: `${receiver.url}/hooks/campaign`, WEBHOOK_SECRET: secret, WEBHOOK_RETRY_BASE_MS: String(RETRY_BASE_MS) })
  t = await startTestPayload()
  people = await createPeople(t.payload)
})
afterAll(async () => {
  for (const name of ['WEBHOOK_URL', 'WEBHOOK_SECRET', 'WEBHOOK_RETRY_BASE_MS']) delete process.env[name]
  await receiver?.stop()
  await t?.close()
})
beforeEach(() => {
  receiver.received.length = 0
  receiver.answer(() => 200)
})

/** The receiver's check, taken from the fenced `verify-webhook.mjs` block in docs/webhooks.md and imported as is. */
async function verifierFromDocs(): Promise<Verify> {
  const docs = fs.readFileSync(path.resolve('docs/webhooks.md'), 'utf8')
  const code = /```js\n(\/\/ verify-webhook\.mjs\n[\s\S]*?)```/.exec(docs)?.[1]
  if (!code) throw new Error('docs/webhooks.md has no verify-webhook.mjs block')
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-webhook-')), 'verify-webhook.mjs')
  fs.writeFileSync(file, code)
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { verifyCampaignWebhook: Verify }
  return module.verifyCampaignWebhook
}

/** A webhook receiver as docs/webhooks.md describes: raw body, signature checked first, 401 when it fails. */
async function startReceiver() {
  const received: Received[] = []
  // Given how many signed requests have arrived (this one included), the status to answer with.
  let answerFor: (count: number) => number = () => 200
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const verified = verify(raw, req.headers, secret)
      const status = verified ? answerFor(received.filter((request) => request.verified).length + 1) : 401
      received.push({ at: Date.now(), headers: req.headers, raw, verified, status })
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'taken' : 'not now')
    })
  })
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  await listen(0)
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (rule: (count: number) => number) => void (answerFor = rule),
    /** Down altogether: nothing listens on the port (connections are refused). */
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
    /** Back on the same port. */
    start: () => (server.listening ? Promise.resolve() : listen(port)),
  }
}

/** A social post for a published message, due now (created as the system, past the scheduling rules). */
async function duePost(slug: string): Promise<SocialPost> {
  const message = await draftMessage(t.payload, slug)
  await walkMessageTo(t.payload, message.id, 'published')
  return t.payload.create({
    collection: 'social-posts',
    data: { message: message.id, platform: 'bluesky', scheduledAt: new Date(Date.now() - 1000).toISOString(), status: 'scheduled' },
    depth: 0,
    overrideAccess: true,
    context: { system: true },
  })
}

async function deliveriesFor(postId: SocialPost['id']): Promise<WebhookDelivery[]> {
  const { docs } = await t.payload.find({ collection: 'webhook-deliveries', where: { post: { equals: postId } }, depth: 0, overrideAccess: true })
  return docs
}

async function deliveryFor(postId: SocialPost['id']): Promise<WebhookDelivery> {
  const docs = await deliveriesFor(postId)
  expect(docs, 'one delivery for the post').toHaveLength(1)
  return docs[0]
}

/** Runs the delivery runner as the job queue would, over and over, noting each change of the row, until done(row). */
async function runUntil(id: WebhookDelivery['id'], done: (row: WebhookDelivery) => boolean, seconds = 15): Promise<WebhookDelivery[]> {
  const changes: WebhookDelivery[] = []
  const stop = Date.now() + seconds * 1000
  while (Date.now() < stop) {
    await deliverDueWebhooks(t.payload)
    const row = await t.payload.findByID({ collection: 'webhook-deliveries', id, depth: 0, overrideAccess: true })
    if (changes.at(-1)?.attempts !== row.attempts || changes.at(-1)?.status !== row.status) changes.push(row)
    if (done(row)) return changes
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`delivery ${id} did not finish in ${seconds} s: ${JSON.stringify(changes.at(-1))}`)
}

const requestsFor = (deliveryId: string) => receiver.received.filter((request) => request.headers['x-campaign-delivery'] === deliveryId)

describe('the signed webhook', () => {
  it('queues a due post, then delivers it once, signed, through a receiver that refuses for a while', async () => {
    const refusals = 3
    receiver.answer((count) => (count <= refusals ? 503 : 200))
    const post = await duePost('webhook-refuses-for-a-while')

    const before = Date.now()
    const publishing = await publishDuePosts(t.payload)
    expect(publishing).toMatchObject({ due: 1, handedOver: 1, held: 0 })
    const afterPublish = await t.payload.findByID({ collection: 'social-posts', id: post.id, depth: 0, overrideAccess: true })
    expect(afterPublish.status, 'handed over, so the post is due').toBe('due')

    // Written before anything is sent: this row is what survives a receiver (or this server) being down.
    const queued = await deliveryFor(post.id)
    expect(queued).toMatchObject({ event: 'social-post.due', status: 'pending', attempts: 0, post: post.id })
    expect(Date.parse(queued.nextAttemptAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(queued.nextAttemptAt!)).toBeLessThanOrEqual(Date.now())
    const body = JSON.parse(queued.body) as WebhookBody
    expect(Object.keys(body)).toEqual(['id', 'event', 'createdAt', 'post'])
    expect(body).toMatchObject({ id: queued.deliveryId, event: 'social-post.due', post: { id: post.id, platform: 'bluesky', message: { slug: 'webhook-refuses-for-a-while' } } })
    expect(body.post.text).toContain(afterPublish.link)
    expect(body.post.scheduledAt).toBe(afterPublish.scheduledAt)

    const changes = await runUntil(queued.id, (row) => row.status === 'delivered')
    expect(changes.map((row) => [row.status, row.attempts])).toEqual([
      ['retrying', 1],
      ['retrying', 2],
      ['retrying', 3],
      ['delivered', refusals + 1],
    ])
    const delivered = changes.at(-1)!
    expect(delivered).toMatchObject({ responseStatus: 200, nextAttemptAt: null, body: queued.body })
    expect(Date.parse(delivered.deliveredAt!)).toBeGreaterThan(before)

    // Every try: the stored body byte for byte, a good signature, the same delivery id; one accepted.
    const requests = requestsFor(queued.deliveryId)
    expect(requests.map((request) => request.status)).toEqual([503, 503, 503, 200])
    for (const request of requests) {
      expect(request.verified).toBe(true)
      expect(request.raw.equals(Buffer.from(queued.body, 'utf8'))).toBe(true)
      expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'x-campaign-delivery': queued.deliveryId })
      expect(request.headers['user-agent']).toMatch(/Webhook/)
      expect(request.headers['x-campaign-signature']).toMatch(/^sha256=[0-9a-f]{64}$/)
    }
    expect(receiver.received.filter((request) => request.status < 300)).toHaveLength(1)

    // The waits doubled (base 100 ms): as planned on the row, and as the receiver saw them. Each wait is planned
    // from a moment after the receiver answered and before the row was saved, so measured from the request it
    // reads long and from the save short, never the other way, however busy the machine.
    changes.slice(0, refusals).forEach((row, index) => {
      const wait = RETRY_BASE_MS * 2 ** index
      expect(Date.parse(row.nextAttemptAt!) - Date.parse(row.updatedAt)).toBeLessThanOrEqual(wait + 2)
      expect(Date.parse(row.nextAttemptAt!) - requests[index].at).toBeGreaterThanOrEqual(wait)
    })
    const gaps = requests.slice(1).map((request, index) => request.at - requests[index].at)
    gaps.forEach((gap, index) => expect(gap).toBeGreaterThanOrEqual(RETRY_BASE_MS * 2 ** index - 10))
    expect(gaps[2]).toBeGreaterThan(gaps[0])

    // Publishing again (a retried job, a second server) does not queue it twice.
    expect(await publishDuePosts(t.payload)).toMatchObject({ due: 0 })
    const [adapter] = publishingAdapters(t.payload)
    expect(await adapter.publish(body.post)).toEqual({ outcome: 'handed-over', detail: 'already queued for the webhook' })
    expect(await deliveriesFor(post.id)).toHaveLength(1)
  })

  it('keeps a delivery, retrying, while the receiver is down altogether, and delivers it when it is back', async () => {
    await receiver.stop()
    try {
      const post = await duePost('webhook-receiver-down')
      expect(await publishDuePosts(t.payload)).toMatchObject({ handedOver: 1 })
      const queued = await deliveryFor(post.id)
      const changes = await runUntil(queued.id, (row) => (row.attempts ?? 0) >= 4)
      expect(changes.every((row) => row.status === 'retrying')).toBe(true)
      const waiting = changes.at(-1)!
      expect(waiting).toMatchObject({ status: 'retrying', attempts: 4, responseStatus: null, body: queued.body })
      expect(waiting.lastError).toMatch(/refused/)
      expect(Date.parse(waiting.nextAttemptAt!)).toBeGreaterThan(Date.parse(waiting.updatedAt))
      expect(requestsFor(queued.deliveryId)).toHaveLength(0)
      expect(await deliveriesFor(post.id), 'never lost, never doubled').toHaveLength(1)

      await receiver.start()
      const delivered = (await runUntil(queued.id, (row) => row.status === 'delivered')).at(-1)!
      expect(delivered).toMatchObject({ status: 'delivered', attempts: 5, responseStatus: 200 })
      const requests = requestsFor(queued.deliveryId)
      expect(requests).toHaveLength(1)
      expect(requests[0]).toMatchObject({ verified: true, status: 200 })
      expect(requests[0].raw.toString('utf8')).toBe(queued.body)
    } finally {
      await receiver.start()
    }
  })

  it("fails the receiver's check when the body is changed on the way, or an old request is replayed", async () => {
    const post = await duePost('webhook-tampered')
    await publishDuePosts(t.payload)
    const queued = await deliveryFor(post.id)
    await runUntil(queued.id, (row) => row.status === 'delivered')
    const [original] = requestsFor(queued.deliveryId)
    expect(verify(original.raw, original.headers, secret)).toBe(true)

    const body = original.raw.toString('utf8')
    const changed = body.replace('"platform":"bluesky"', '"platform":"x"')
    expect(changed).not.toBe(body)
    expect(verify(changed, original.headers, secret), 'one word changed').toBe(false)
    expect(verify(`${body} `, original.headers, secret), 'a space added').toBe(false)
    expect(verify(body, { ...original.headers, 'x-campaign-timestamp': String(Math.floor(Date.now() / 1000) + 1) } as never, secret), 'a new timestamp, same signature').toBe(false)
    expect(verify(body, original.headers, `${secret}0`), 'another secret').toBe(false)
    expect(verify(body, { ...original.headers, 'x-campaign-signature': undefined } as never, secret), 'no signature').toBe(false)

    // Signed properly, but ten minutes ago: the signed timestamp stops a captured request being replayed.
    const old = webhookHeaders({ deliveryId: queued.deliveryId, body }, secret, Date.now() - 10 * 60_000)
    expect(verify(body, old, secret)).toBe(false)

    // The same over HTTP: the receiver refuses all of these.
    const sent = async (headers: Record<string, string>, raw: string) => (await fetch(`${receiver.url}/hooks/campaign`, { method: 'POST', headers, body: raw })).status
    const fresh = webhookHeaders({ deliveryId: queued.deliveryId, body }, secret)
    expect(await sent(fresh, changed)).toBe(401)
    expect(await sent(old, body)).toBe(401)
    expect(await sent(fresh, body), 'the untouched body, freshly signed, is taken').toBe(200)
  })

  it('gives up after the last try; an admin sets it back to pending and it goes out', async () => {
    receiver.answer(() => 500)
    const post = await duePost('webhook-gives-up')
    await publishDuePosts(t.payload)
    const queued = await deliveryFor(post.id)
    await t.payload.update({ collection: 'webhook-deliveries', id: queued.id, data: { attempts: WEBHOOK_MAX_ATTEMPTS - 1 }, overrideAccess: true, context: { system: true } })

    const failed = (await runUntil(queued.id, (row) => row.status !== 'pending')).at(-1)!
    expect(failed).toMatchObject({ status: 'failed', attempts: WEBHOOK_MAX_ATTEMPTS, responseStatus: 500, nextAttemptAt: null })
    expect(failed.lastError).toMatch(/^HTTP 500/)
    await deliverDueWebhooks(t.payload)
    expect(requestsFor(queued.deliveryId), 'a failed delivery is not tried again by itself').toHaveLength(1)

    // Only admins see the log; nobody writes it but the system; an admin may only send one again.
    const as = (user: People[keyof People]) => ({ overrideAccess: false, user })
    await expect(t.payload.find({ collection: 'webhook-deliveries', ...as(people.publisher) })).rejects.toThrow(/not allowed/i)
    await expect(
      t.payload.create({ collection: 'webhook-deliveries', data: { deliveryId: 'made-up', event: 'social-post.due', body: '{}', status: 'pending' }, ...as(people.admin) }),
    ).rejects.toThrow(/not allowed/i)
    await expect(t.payload.update({ collection: 'webhook-deliveries', id: queued.id, data: { status: 'pending' }, ...as(people.publisher) })).rejects.toThrow(/not allowed/i)
    await expect(t.payload.update({ collection: 'webhook-deliveries', id: queued.id, data: { status: 'delivered' }, ...as(people.admin) })).rejects.toMatchObject({
      data: { errors: [{ path: 'status', message: expect.stringMatching(/set back to Pending/) }] },
    })
    const untouched = await t.payload.update({ collection: 'webhook-deliveries', id: queued.id, data: { body: '{"forged":true}', attempts: 0 }, ...as(people.admin) })
    expect(untouched).toMatchObject({ status: 'failed', body: queued.body, attempts: WEBHOOK_MAX_ATTEMPTS })

    const retried = await t.payload.update({ collection: 'webhook-deliveries', id: queued.id, data: { status: 'pending' }, ...as(people.admin) })
    expect(retried).toMatchObject({ status: 'pending', attempts: 0, body: queued.body })
    expect(Date.parse(retried.nextAttemptAt!)).toBeLessThanOrEqual(Date.now())

    // Two runs at once in one process: one sends, the other stands aside.
    receiver.answer(() => 200)
    const [first, second] = await Promise.all([deliverDueWebhooks(t.payload), deliverDueWebhooks(t.payload)])
    expect(first).toMatchObject({ delivered: 1 })
    expect(second).toEqual({ delivered: 0, retrying: 0, failed: 0 })
    const delivered = await t.payload.findByID({ collection: 'webhook-deliveries', id: queued.id, depth: 0, overrideAccess: true })
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, responseStatus: 200 })
    expect(requestsFor(queued.deliveryId).map((request) => request.status)).toEqual([500, 200])
  })
})
