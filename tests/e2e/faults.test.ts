import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { killTree } from '../helpers/processes'
import { type RunningServer, startServer } from '../helpers/server'
import { demoLogin, eventually } from '../helpers/site'

// Faults, tried on the production server as an operator would meet them: the process killed mid-write, the
// disk filling up, a sign-up cut off while its email was going out, and clients that hold connections open.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-faults-'))
let mailbox: Mailbox
beforeAll(async () => {
  mailbox = await startMailbox()
})
afterAll(async () => {
  await mailbox?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

type Login = { headers: Record<string, string> }

async function loginAs(server: RunningServer, role: string): Promise<Login> {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoLogin(server.dataDir, role)),
  })
  expect(response.status, `signing in as ${role}`).toBe(200)
  return { headers: { authorization: `JWT ${(await response.json()).token}`, 'content-type': 'application/json' } }
}

const messageBody = (title: string) => ({
  title,
  keyMessage: 'Feelings after a baby are common, and help is there.',
  body: {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text: 'Many parents have feelings they did not expect.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
      ],
    },
  },
  audiences: ['all-parents', 'dads'],
})

type Write = { kind: 'theme' | 'message'; title: string }

/** One save over HTTP; true only when the server said it was stored. */
async function write(server: RunningServer, as: Login, item: Write): Promise<{ status: number; body: { errors?: { message: string }[] } } | undefined> {
  const [url, body] =
    item.kind === 'theme'
      ? [`${server.url}/api/themes`, { title: item.title, summary: 'A short summary for a parent to read.' }]
      : [`${server.url}/api/messages?draft=true`, messageBody(item.title)]
  try {
    const response = await fetch(url, { method: 'POST', headers: as.headers, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) })
    return { status: response.status, body: await response.json().catch(() => ({})) }
  } catch {
    return undefined // The connection died with the server: not acknowledged.
  }
}

function openDatabase(dataDir: string): Client {
  return createClient({ url: `file:${path.join(dataDir, 'campaign.db')}` })
}

const count = async (db: Client, sql: string, args: (string | number)[] = []) => Number((await db.execute({ sql, args })).rows[0]?.n ?? 0)

/** Rows of a save only partly stored: a message without its words or without a version, and the reverse. */
async function halfSaves(db: Client): Promise<number> {
  return (
    (await count(db, 'select count(*) as n from messages m where not exists (select 1 from messages_locales l where l._parent_id = m.id)')) +
    (await count(db, 'select count(*) as n from messages m where not exists (select 1 from _messages_v v where v.parent_id = m.id)')) +
    (await count(db, 'select count(*) as n from _messages_v v where not exists (select 1 from messages m where m.id = v.parent_id)')) +
    (await count(db, 'select count(*) as n from themes t where not exists (select 1 from themes_locales l where l._parent_id = t.id)'))
  )
}

async function stored(db: Client, item: Write): Promise<boolean> {
  const sql = item.kind === 'theme' ? 'select count(*) as n from themes_locales where title = ?' : 'select count(*) as n from messages_locales where title = ?'
  return (await count(db, sql, [item.title])) === 1
}

describe('kill -9 during writes', () => {
  const dataDir = path.join(root, 'crash')
  const acknowledged: Write[] = []

  it('loses no acknowledged write, and leaves the database intact, over three crashes', async () => {
    let server = await startServer({ dataDir, env: { SMTP_URL: mailbox.url } })
    let serial = 0
    for (let crash = 1; crash <= 3; crash += 1) {
      const editor = await loginAs(server, 'editor')
      const target = acknowledged.length + 12 + Math.floor(Math.random() * 8)
      let alive = true
      // Six clients writing side by side, themes and messages (a message is many rows: words, lists, a version).
      const writers = Array.from({ length: 6 }, async () => {
        while (alive) {
          const item: Write = { kind: serial % 2 ? 'theme' : 'message', title: `Crash ${crash} write ${(serial += 1)}` }
          const answer = await write(server, editor, item)
          if (!answer) return
          expect(answer.status, JSON.stringify(answer.body)).toBe(201)
          if (answer.status === 201) acknowledged.push(item)
        }
      })
      await eventually(async () => acknowledged.length >= target, 120)
      killTree(server.child.pid!)
      alive = false
      await Promise.all(writers)
      server = await startServer({ dataDir, env: { SMTP_URL: mailbox.url } })
      const db = openDatabase(dataDir)
      try {
        const missing = []
        for (const item of acknowledged) if (!(await stored(db, item))) missing.push(item.title)
        expect(missing, `acknowledged, then lost in crash ${crash}`).toEqual([])
        expect(await halfSaves(db)).toBe(0)
      } finally {
        db.close()
      }
    }
    expect(await server.stop('SIGTERM')).toBe(0)
    const db = openDatabase(dataDir)
    try {
      expect((await db.execute('PRAGMA integrity_check')).rows.map((row) => row.integrity_check)).toEqual(['ok'])
      expect((await db.execute('PRAGMA foreign_key_check')).rows).toEqual([])
      expect(await halfSaves(db)).toBe(0)
      for (const item of acknowledged) expect(await stored(db, item), item.title).toBe(true)
    } finally {
      db.close()
    }
    console.info(`kill -9 during writes: ${acknowledged.length} acknowledged writes over 3 crashes, all present, integrity ok`)
  }, 900_000)

  it('sends a sign-up its confirmation after a crash while the email was going out', async () => {
    // The mail server takes the message and never answers, as a crash would find it; then the process dies.
    mailbox.hold((to) => to.includes('cut.off@example.org'))
    let server = await startServer({ dataDir, env: { SMTP_URL: mailbox.url } })
    const signUp = () =>
      fetch(`${server.url}/api/subscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'cut.off@example.org', lists: ['campaign-news'], locale: 'en' }),
      })
    const first = signUp().catch(() => undefined)
    expect(await eventually(async () => mailbox.held.includes('cut.off@example.org'), 60)).toBe(true)
    killTree(server.child.pid!)
    await first
    mailbox.hold(undefined)

    // Trying again at once, well inside the five minutes that hold back a second email.
    server = await startServer({ dataDir, env: { SMTP_URL: mailbox.url } })
    try {
      expect((await signUp()).status).toBe(202)
      const mail = await mailbox.waitFor('cut.off@example.org', 60_000)
      expect(mail.html).toContain('/email-updates/confirm?token=')
    } finally {
      await server.stop('SIGTERM')
    }
  }, 600_000)
})

describe('a full disk', () => {
  const disk = path.join(root, 'small-disk')
  let mode: 'tmpfs' | 'injected' = 'injected'
  let why = ''
  let server: RunningServer

  beforeAll(async () => {
    fs.mkdirSync(disk, { recursive: true })
    // FAULTS_DISK=injected tries the fallback on a machine that could mount.
    ;[mode, why] = process.env.FAULTS_DISK === 'injected' ? ['injected', 'FAULTS_DISK=injected'] : mountSmallDisk(disk, 48)
    // Only the database's folder is on the small disk; uploads and generated materials are elsewhere.
    server = await startServer({ dataDir: disk, env: { MEDIA_DIR: path.join(root, 'small-disk-media') } })
  }, 600_000)
  afterAll(async () => {
    await server?.stop('SIGTERM')
    if (mode === 'tmpfs') execFileSync('umount', ['-l', disk])
  })

  it(`answers 507 "the disk is full" in the admin and the API, stores no half-save, is not ready, and recovers without a restart`, async () => {
    console.info(mode === 'tmpfs' ? 'full disk: a 48 MB tmpfs filled to the last byte' : `full disk: write failures injected with SQLite triggers (no tmpfs: ${why})`)
    const editor = await loginAs(server, 'editor')
    const theme = await (await fetch(`${server.url}/api/themes`, { method: 'POST', headers: editor.headers, body: JSON.stringify({ title: 'Before the disk filled', summary: 'Stored while there was room.' }) })).json()
    expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ status: 'ready' })

    // The editor has the theme open in the admin when the disk fills.
    const browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    const { email, password } = demoLogin(server.dataDir, 'editor')
    await page.goto(`${server.url}/admin/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.goto(`${server.url}/admin/collections/themes/${theme.doc.id}`)
    await page.locator('#field-title').waitFor()
    await page.waitForLoadState('networkidle')

    const fault = await fillTheDisk(mode, disk, server.dataDir)
    try {
      // Saves until one needs room the disk no longer has (SQLite reuses space it already holds).
      const answers: number[] = []
      let failed: Write | undefined
      for (let attempt = 0; attempt < 200 && !failed; attempt += 1) {
        const item: Write = { kind: 'message', title: `Full disk ${attempt}` }
        const answer = (await write(server, editor, item))!
        answers.push(answer.status)
        if (answer.status !== 201) {
          expect(answer.status, JSON.stringify(answer.body)).toBe(507)
          expect(answer.body.errors?.[0]?.message).toMatch(/server's disk is full/)
          failed = item
        }
      }
      expect(failed, `every save was stored: ${answers.join(',')}`).toBeDefined()
      const ready = await eventually(async () => (await fetch(`${server.url}/readyz`)).status === 503, 30)
      expect(ready).toBe(true)
      expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ status: 'not ready', detail: "the server's disk is full" })

      // What the editor sees on Save. A small save can still fit in space SQLite already holds, so the editor
      // saves until the disk refuses, as a person would keep trying.
      let refusedInAdmin = false
      for (let attempt = 0; attempt < 40 && !refusedInAdmin; attempt += 1) {
        await page.locator('#field-title').fill(`After the disk filled ${attempt}`)
        await page.locator('#action-save:not([disabled])').click()
        const outcome = page.locator('[data-sonner-toast]', { hasText: /successfully|server's disk is full/ }).last()
        await outcome.waitFor({ timeout: 30_000 })
        refusedInAdmin = /server's disk is full/.test((await outcome.textContent()) ?? '')
        await page.locator('[data-sonner-toast]').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined)
      }
      if (!refusedInAdmin) await page.screenshot({ path: 'test-results/full-disk-admin.png', fullPage: true })
      expect(refusedInAdmin, 'the admin never showed that the disk is full').toBe(true)

      const db = openDatabase(server.dataDir)
      try {
        expect(await stored(db, failed!)).toBe(false)
        expect(await count(db, 'select count(*) as n from _messages_v_locales where version_title = ?', [failed!.title])).toBe(0)
        expect(await halfSaves(db)).toBe(0)
      } finally {
        db.close()
      }
    } finally {
      await fault.clear()
    }

    // Room again: ready, and saves work, in the same process.
    expect(await eventually(async () => (await fetch(`${server.url}/readyz`)).status === 200, 30)).toBe(true)
    const after = await write(server, editor, { kind: 'message', title: 'Room again' })
    expect(after?.status).toBe(201)
    await page.locator('#field-title').fill('After the disk filled')
    await page.locator('#action-save:not([disabled])').click()
    await page.locator('[data-sonner-toast]', { hasText: /successfully/ }).first().waitFor({ timeout: 30_000 })
    expect((await (await fetch(`${server.url}/api/themes/${theme.doc.id}`)).json()).title).toBe('After the disk filled')
    await browser.close()
  }, 600_000)
})

describe('slow clients', () => {
  it('keeps serving a visitor while one address holds hundreds of connections open, and closes them', async () => {
    const server = await startServer({ dataDir: path.join(root, 'crash') })
    const port = Number(new URL(server.url).port)
    const flood: { closed: boolean; socket: net.Socket }[] = []
    try {
      for (let i = 0; i < 300; i += 1) {
        const socket = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' })
        const entry = { closed: false, socket }
        socket.on('error', () => undefined)
        socket.on('close', () => (entry.closed = true))
        socket.on('connect', () => socket.write('GET / HTTP/1.1\r\nHost: campaign\r\n'))
        flood.push(entry)
      }
      const drip = setInterval(() => flood.forEach((entry) => entry.closed || entry.socket.write('X-Slow: 1\r\n')), 1000)
      try {
        for (const route of ['/', '/healthz', '/services']) {
          const response = await fetch(server.url + route, { signal: AbortSignal.timeout(30_000) })
          expect(response.status, route).toBe(200)
        }
        // Beyond its share, the flooding address is refused at once; the rest time out on their headers.
        expect(await eventually(async () => flood.filter((entry) => entry.closed).length >= 250, 30)).toBe(true)
        expect(await eventually(async () => flood.every((entry) => entry.closed), 60)).toBe(true)
      } finally {
        clearInterval(drip)
      }
    } finally {
      flood.forEach((entry) => entry.socket.destroy())
      await server.stop('SIGTERM')
    }
  }, 300_000)
})

/** A small tmpfs for the database, when this machine lets us mount one (root, not in a locked-down container). */
function mountSmallDisk(dir: string, megabytes: number): ['tmpfs' | 'injected', string] {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' })
    return ['tmpfs', '']
  } catch (error) {
    return ['injected', `mount refused: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`]
  }
}

/**
 * Fills the disk: on the tmpfs with a file that takes every free byte; otherwise, SQLite triggers that refuse
 * writes to the tables these saves and the readiness check write, with SQLite's own words for a full disk.
 */
async function fillTheDisk(mode: 'tmpfs' | 'injected', disk: string, dataDir: string): Promise<{ clear(): Promise<void> }> {
  if (mode === 'tmpfs') {
    const filler = path.join(disk, 'filler')
    const handle = fs.openSync(filler, 'w')
    const chunk = Buffer.alloc(1024 * 1024)
    try {
      for (;;) fs.writeSync(handle, chunk)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
    }
    // The last few bytes too, so nothing at all is left.
    try {
      for (;;) fs.writeSync(handle, chunk, 0, 512)
    } catch {
      // Full.
    } finally {
      fs.closeSync(handle)
    }
    return { clear: async () => fs.rmSync(filler) }
  }
  const db = openDatabase(dataDir)
  await db.execute('PRAGMA busy_timeout = 30000')
  const tables = ['messages_locales', 'themes_locales', 'payload_kv']
  for (const table of tables) {
    for (const event of ['INSERT', 'UPDATE']) {
      await db.execute(`CREATE TRIGGER full_${table}_${event} BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`)
    }
  }
  return {
    clear: async () => {
      for (const table of tables) for (const event of ['INSERT', 'UPDATE']) await db.execute(`DROP TRIGGER full_${table}_${event}`)
      db.close()
    },
  }
}
