import { type Client, createClient } from '@libsql/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { writeGateFor } from '@/storage/writeGate'
import { writeProbe } from '@/storage/writeProbe'

import { createPeople, passwordOf } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// What a storage fault looks like to a client and to readiness. SQLite's own words for a full disk are
// injected with a trigger here; a real full disk (a tmpfs) is in tests/e2e/faults.test.ts.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let db: Client
let token = ''

beforeAll(async () => {
  t = await startTestPayload()
  await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  db = createClient({ url: process.env.DATABASE_URI! })
  const login = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.org', password: passwordOf('editor') }),
  })
  token = (await login.json()).token
})
afterEach(async () => {
  for (const table of ['themes_locales', 'payload_kv']) for (const event of ['INSERT', 'UPDATE']) await change(`DROP TRIGGER IF EXISTS full_${table}_${event}`)
})
afterAll(async () => {
  db?.close()
  await api?.close()
  await t?.close()
})

const change = (sql: string) => writeGateFor(process.env.DATABASE_URI!.slice('file:'.length)).run(() => db.execute(sql))
async function fillUp(table: string, message = 'database or disk is full') {
  for (const event of ['INSERT', 'UPDATE']) await change(`CREATE TRIGGER full_${table}_${event} BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`)
}

const saveTheme = (title: string) =>
  fetch(`${api.url}/api/themes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title, summary: 'Rest when you can.' }),
  })

describe('a full disk', () => {
  it('answers 507 with a reason a person can act on, not "an unknown error"', async () => {
    await fillUp('themes_locales')
    const response = await saveTheme('Sleep')
    expect(response.status).toBe(507)
    expect(await response.json()).toEqual({ errors: [{ name: 'StorageFault', message: expect.stringMatching(/^The server's disk is full, so nothing was saved\./) }] })
  })

  it('answers 503 for a disk that reports an error, and for one that is read-only', async () => {
    await fillUp('themes_locales', 'disk I/O error')
    expect((await saveTheme('Tiredness')).status).toBe(503)
    await change('DROP TRIGGER full_themes_locales_INSERT')
    await change('DROP TRIGGER full_themes_locales_UPDATE')
    await fillUp('themes_locales', 'attempt to write a readonly database')
    const readOnly = await saveTheme('Tiredness')
    expect(readOnly.status).toBe(503)
    expect((await readOnly.json()).errors[0].message).toMatch(/read-only/)
  })

  it('still answers other failures as Payload always has', async () => {
    await fillUp('themes_locales', 'something else went wrong')
    const response = await saveTheme('Feeding')
    expect(response.status).toBe(500)
  })
})

describe('readiness', () => {
  it('is ready while a real write goes through, not ready while the disk is full, and ready again once it is not', async () => {
    expect(await writeProbe(t.payload)).toEqual({ ready: true, detail: 'database takes writes' })
    await fillUp('payload_kv')
    expect(await writeProbe(t.payload)).toEqual({ ready: false, detail: "the server's disk is full" })
    for (const event of ['INSERT', 'UPDATE']) await change(`DROP TRIGGER full_payload_kv_${event}`)
    expect(await writeProbe(t.payload)).toEqual({ ready: true, detail: 'database takes writes' })
    // The probe is one record, replaced each time.
    expect(Number((await db.execute("select count(*) as n from payload_kv where key = 'campaign:readiness-probe'")).rows[0].n)).toBe(1)
  })
})
