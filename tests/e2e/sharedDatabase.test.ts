import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient, type InValue } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { startProxy } from '../helpers/proxy'
import { freePort, processTree, type RunningServer, type RunningWorker, startServer, startWorker } from '../helpers/server'
import { demoLogin } from '../helpers/site'

// Issue 15: several processes on one database file. Real `campaign start` processes and a `campaign worker`,
// a real SMTP server in this process, a real nginx in front for the rolling restart. What must happen once
// (each email to each reader, each publication) happens once, whichever process does it and whichever dies.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-shared-'))
const databaseFile = path.join(dataDir, 'campaign.db')
let mailbox: Mailbox

beforeAll(async () => {
  mailbox = await startMailbox()
})
afterAll(async () => {
  await mailbox?.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** Every process shares the database on purpose; a dead one's claims lapse in three seconds, not thirty. */
const sharing = () => ({ SHARED_DATABASE: '1', LEASE_MS: '3000', SMTP_URL: mailbox.url, EMAIL_RETRY_BASE_MS: '1000' })

async function sql<T = Record<string, unknown>>(query: string, args: InValue[] = []): Promise<T[]> {
  const client = createClient({ url: `file:${databaseFile}` })
  try {
    return (await client.execute({ sql: query, args })).rows as unknown as T[]
  } finally {
    client.close()
  }
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Confirmed readers on a new list, written by a process of its own (tests/helpers/addReaders.ts). */
function addReaders(count: number, listName: string): Promise<{ listId: number; slug: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=production', '--no-deprecation', '--import', 'tsx', 'tests/helpers/addReaders.ts'], {
      env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media'), DATABASE_URI: '', PAYLOAD_SECRET: '', DISABLE_LOGGING: 'true', READERS: String(count), LIST_NAME: listName },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      const line = output.split('\n').find((text) => text.startsWith('{"listId"'))
      if (code === 0 && line) resolve(JSON.parse(line))
      else reject(new Error(`adding readers failed (${code}): ${output}`))
    })
  })
}

async function tokenFor(url: string, role: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demoLogin(dataDir, role)) })
  expect(response.status, `${role} signs in`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function api(url: string, token: string, method: string, route: string, body?: unknown) {
  const response = await fetch(`${url}/api${route}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as { doc?: { id: number }; docs?: { id: number }[]; errors?: unknown }
  expect(response.status, `${method} ${route}: ${JSON.stringify(json.errors ?? '')}`).toBeLessThan(300)
  return json
}

/** A message-of-the-week send to one list, scheduled by a publisher through the REST API, due now. */
async function scheduleCampaign(url: string, listId: number, title: string): Promise<number> {
  const publisher = await tokenFor(url, 'publisher')
  const [message] = (await api(url, publisher, 'GET', '/messages?where[slug][equals]=intrusive-thoughts-are-common&depth=0')).docs!
  const draft = await api(url, publisher, 'POST', '/email-campaigns', { title, template: 'message-of-the-week', message: message.id, lists: [listId], locale: 'all', status: 'draft' })
  await api(url, publisher, 'PATCH', `/email-campaigns/${draft.doc!.id}`, { status: 'scheduled' })
  return draft.doc!.id
}

const rowsOf = (campaignId: number) =>
  sql<{ email: string; status: string }>('select s.email as email, d.status as status from email_deliveries d join subscribers s on s.id = d.subscriber_id where d.campaign_id = ?', [campaignId])
const campaignStatus = async (campaignId: number) => (await sql<{ status: string }>('select status from email_campaigns where id = ?', [campaignId]))[0]?.status
const mailsTo = (slug: string) => mailbox.mails.filter((mail) => mail.to.startsWith(`${slug}-`))

/** The process holding a lease, by the pid in its owner ("host/pid/tag"). */
async function leaseHolderPid(key: string): Promise<number | undefined> {
  const [row] = await sql<{ owner: string }>('select owner from leases where key = ? and expires_at > ?', [key, new Date().toISOString()])
  return row ? Number(row.owner.split('/')[1]) : undefined
}

/** The Node process under `campaign start` or `campaign worker` that holds Payload (and so the leases). */
function payloadPid(child: { pid?: number }, kind: 'server' | 'worker'): number {
  const tree = processTree(child.pid!)
  return tree.find((proc) => (kind === 'server' ? proc.args.includes('server.ts') : proc.args.includes('src/cli/main.ts')))!.pid
}

/** Checks what arrived against what the rows say: nobody twice, every "sent" true, only "unconfirmed" in doubt. */
async function expectEachReaderOnce(campaignId: number, slug: string, readers: number) {
  const arrived = mailsTo(slug).map((mail) => mail.to)
  expect(new Set(arrived).size, 'someone got the campaign twice').toBe(arrived.length)
  const rows = await rowsOf(campaignId)
  expect(rows).toHaveLength(readers)
  const byStatus = rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.status]: (counts[row.status] ?? 0) + 1 }), {})
  expect(Object.keys(byStatus).filter((status) => status !== 'sent' && status !== 'unconfirmed'), JSON.stringify(byStatus)).toEqual([])
  const got = new Set(arrived)
  const falselySent = rows.filter((row) => row.status === 'sent' && !got.has(row.email))
  expect(falselySent, 'rows marked sent whose email never arrived').toEqual([])
  const missing = rows.filter((row) => !got.has(row.email))
  expect(missing.every((row) => row.status === 'unconfirmed'), 'a reader with no email whose row does not say so').toBe(true)
  return { arrived: arrived.length, unconfirmed: byStatus.unconfirmed ?? 0, missing: missing.length }
}

describe('two servers and a worker on one database file', () => {
  it('write to each of 2,000 readers once, though the process sending is killed mid-send and started again', async () => {
    const readers = 2000
    const servers: RunningServer[] = [await startServer({ dataDir, env: sharing() })]
    const [second, firstWorker] = await Promise.all([startServer({ dataDir, env: sharing() }), startWorker({ dataDir, env: sharing() })])
    servers.push(second)
    let worker: RunningWorker = firstWorker
    try {
      const { listId, slug } = await addReaders(readers, 'Two thousand')
      const campaignId = await scheduleCampaign(servers[0].url, listId, 'Two thousand readers')
      await until('a few hundred emails sent', () => mailsTo(slug).length >= 300, 120_000)

      // Kill whichever process is sending, as the out-of-memory killer would, and start it again.
      const sender = await leaseHolderPid(`email-campaign:${campaignId}`)
      const serverIndex = servers.findIndex((server) => payloadPid(server.child, 'server') === sender)
      const isWorker = serverIndex < 0
      expect(isWorker ? payloadPid(worker.child, 'worker') : sender, 'the sender is one of ours').toBe(sender)
      process.kill(sender!, 'SIGKILL')
      const sentBeforeKill = mailsTo(slug).length
      if (isWorker) {
        expect(await worker.exited).toBe(137)
        worker = await startWorker({ dataDir, env: sharing() })
      } else {
        const killed = servers[serverIndex]
        expect(await killed.exited).toBe(137)
        servers[serverIndex] = await startServer({ dataDir, port: killed.port, env: sharing() })
      }

      await until('the campaign finished', async () => (await campaignStatus(campaignId)) === 'sent', 240_000)
      const outcome = await expectEachReaderOnce(campaignId, slug, readers)
      // Only the stride in flight when the sender died can be in doubt: eight emails at most.
      expect(outcome.unconfirmed).toBeLessThanOrEqual(8)
      console.info(
        `2,000 readers, ${isWorker ? 'the worker' : 'a server'} killed after ${sentBeforeKill} emails: ${outcome.arrived} arrived once each, none twice; ` +
          `${outcome.unconfirmed} rows unconfirmed (${outcome.missing} of them never arrived)`,
      )
    } finally {
      const codes = await Promise.all([...servers.map((server) => server.stop()), worker.stop()])
      expect(codes).toEqual(codes.map(() => 0))
    }
  }, 600_000)
})

/** Reads pages through the proxy without pause, as visitors would, counting every answer that is not a page. */
function visitors(url: string, paths: string[], concurrency = 4) {
  let running = true
  const failures: string[] = []
  let served = 0
  const loop = async (offset: number) => {
    for (let index = offset; running; index++) {
      const route = paths[index % paths.length]
      try {
        const response = await fetch(url + route, { signal: AbortSignal.timeout(30_000) })
        await response.arrayBuffer()
        if (response.status === 200) served++
        else failures.push(`${route}: HTTP ${response.status}`)
      } catch (error) {
        failures.push(`${route}: ${(error as Error).message}`)
      }
    }
  }
  const loops = Array.from({ length: concurrency }, (_, index) => loop(index))
  return {
    failures,
    served: () => served,
    async stop() {
      running = false
      await Promise.all(loops)
    },
  }
}

describe('a rolling restart', () => {
  it('serves every request while a new process starts and the old one stops mid-publication and mid-send, and sends nothing twice', async () => {
    const oldServer = await startServer({ dataDir, env: sharing() })
    const newPort = await freePort()
    const proxy = await startProxy([oldServer.port, newPort])
    const load = visitors(proxy.url, ['/', '/services', '/pl', '/messages/intrusive-thoughts-are-common', '/feeds/rss.xml', '/healthz'])
    let newServer: RunningServer | undefined
    try {
      // A slow mail server keeps the send going until the old process is told to stop.
      mailbox.setDelay(150)
      const readers = 1200
      const { listId, slug } = await addReaders(readers, 'Rolling restart')
      const campaignId = await scheduleCampaign(proxy.url, listId, 'Sent across a restart')
      newServer = await startServer({ dataDir, port: newPort, env: sharing() })
      await until('the send under way', () => mailsTo(slug).length >= 10, 120_000)

      // A message falls due a moment from now; the old process is stopped as it does.
      const publisher = await tokenFor(proxy.url, 'publisher')
      const [message] = (await api(proxy.url, publisher, 'GET', '/messages?where[slug][equals]=one-minute-interaction-with-dads&depth=0&draft=true')).docs!
      const publishAt = Date.now() + 4000
      await api(proxy.url, publisher, 'PATCH', `/messages/${message.id}?draft=true`, { workflow: { state: 'scheduled', publishAt: new Date(publishAt).toISOString() } })
      await new Promise((resolve) => setTimeout(resolve, publishAt - Date.now() + 30))
      const sending = (await campaignStatus(campaignId)) === 'sending'
      expect(await oldServer.stop('SIGTERM')).toBe(0)
      mailbox.setDelay(0)

      await until('the campaign finished', async () => (await campaignStatus(campaignId)) === 'sent', 180_000)
      await until('the message published', async () => (await sql("select 1 from audit_trail where message_id = ? and event = 'Scheduled → Published'", [message.id])).length > 0, 30_000)
      const moves = await sql<{ at: string }>("select at from audit_trail where message_id = ? and event = 'Scheduled → Published'", [message.id])
      expect(moves, 'published once').toHaveLength(1)
      expect(Date.parse(moves[0].at) - publishAt, 'published within 10 s of its time').toBeLessThanOrEqual(10_000)

      // A graceful stop finishes the emails in hand: nothing in doubt, everybody once.
      const outcome = await expectEachReaderOnce(campaignId, slug, readers)
      expect(outcome).toMatchObject({ arrived: readers, unconfirmed: 0 })
      expect(sending, 'the old process was stopped mid-send').toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    } finally {
      mailbox.setDelay(0)
      await load.stop()
      await proxy.stop()
      if (oldServer.child.exitCode === null) await oldServer.stop()
      if (newServer) expect(await newServer.stop()).toBe(0)
    }
    expect(load.failures, 'failed requests').toEqual([])
    console.info(`rolling restart: ${load.served()} pages served through the proxy, none failed`)
    expect(load.served()).toBeGreaterThan(50)
  }, 600_000)
})

describe('a restart across a due time', () => {
  it('publishes a message that fell due while the server was down within 10 s of the server being back', async () => {
    const server = await startServer({ dataDir, env: sharing() })
    const publisher = await tokenFor(server.url, 'publisher')
    const [message] = (await api(server.url, publisher, 'GET', '/messages?where[slug][equals]=bonding-takes-time&depth=0&draft=true')).docs!
    const publishAt = Date.now() + 5000
    await api(server.url, publisher, 'PATCH', `/messages/${message.id}?draft=true`, { workflow: { publishAt: new Date(publishAt).toISOString() } })
    expect(await server.stop('SIGTERM')).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, publishAt - Date.now() + 1000)))
    const restarted = await startServer({ dataDir, port: server.port, env: sharing() })
    const back = Date.now()
    try {
      await until('the message published', async () => (await sql("select 1 from audit_trail where message_id = ? and event = 'Scheduled → Published'", [message.id])).length > 0, 30_000)
      const [move] = await sql<{ at: string }>("select at from audit_trail where message_id = ? and event = 'Scheduled → Published'", [message.id])
      expect(Date.parse(move.at) - Math.max(publishAt, back)).toBeLessThanOrEqual(10_000)
    } finally {
      expect(await restarted.stop(), restarted.output.slice(-30).join('\n')).toBe(0)
    }
  }, 300_000)
})

describe('a web process with JOBS=off beside a worker', () => {
  it('runs no jobs itself; the worker publishes what falls due, on time', async () => {
    const web = await startServer({ dataDir, env: { ...sharing(), JOBS: 'off' } })
    let worker: RunningWorker | undefined
    try {
      expect(web.output.join('\n')).not.toContain('jobs queues running')
      const reviewer = await tokenFor(web.url, 'reviewer')
      const publisher = await tokenFor(web.url, 'publisher')
      const [message] = (await api(web.url, reviewer, 'GET', '/messages?where[slug][equals]=a-hard-birth-can-stay-with-you&depth=0&draft=true')).docs!
      await api(web.url, reviewer, 'PATCH', `/messages/${message.id}?draft=true`, { workflow: { state: 'approved' } })
      const publishAt = Date.now() + 3000
      await api(web.url, publisher, 'PATCH', `/messages/${message.id}?draft=true`, { workflow: { state: 'scheduled', publishAt: new Date(publishAt).toISOString() } })
      const published = async () => (await sql("select 1 from audit_trail where message_id = ? and event = 'Scheduled → Published'", [message.id])).length > 0

      // Past its time with no process running jobs: it waits, queued.
      await new Promise((resolve) => setTimeout(resolve, publishAt - Date.now() + 5000))
      expect(await published()).toBe(false)
      worker = await startWorker({ dataDir, env: sharing() })
      const workerUp = Date.now()
      await until('the worker published it', published, 30_000)
      const [move] = await sql<{ at: string }>("select at from audit_trail where message_id = ? and event = 'Scheduled → Published'", [message.id])
      expect(Date.parse(move.at) - workerUp).toBeLessThanOrEqual(10_000)
    } finally {
      if (worker) expect(await worker.stop()).toBe(0)
      expect(await web.stop()).toBe(0)
    }
  }, 300_000)
})
