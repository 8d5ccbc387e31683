import { type Client, createClient } from '@libsql/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '@/domain/richText'
import type { Theme } from '@/payload-types'
import { afterCommit } from '@/storage/afterCommit'
import { writeGateFor } from '@/storage/writeGate'

import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// A save is stored whole or not at all. The failure is injected half-way through the save with a SQLite
// trigger on the version table: by then Payload has written the main row, its locale rows, its arrays and its
// relationship rows, and the version is the last thing it writes. (A real full disk, in a real server
// process, is in tests/e2e/faults.test.ts.)

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People
let db: Client
let token = ''
let themeId = 0

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  db = createClient({ url: process.env.DATABASE_URI! })
  const login = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: people.editor.email, password: passwordOf('editor') }),
  })
  token = (await login.json()).token
  themeId = (await t.payload.create({ collection: 'themes', data: { title: 'Feelings after birth', summary: 'Feelings are common.' } as Theme })).id
})
afterEach(async () => {
  await change('DROP TRIGGER IF EXISTS fail_half_way')
})
afterAll(async () => {
  db?.close()
  await api?.close()
  await t?.close()
})

/** The test changes the schema in its turn with the server's saves (it is the same process). */
const change = (sql: string) => writeGateFor(process.env.DATABASE_URI!.slice('file:'.length)).run(() => db.execute(sql))

/** Makes the next write to `table` fail, the way a disk or a driver fails in the middle of a save. */
const failWritesTo = (table: string) =>
  change(`CREATE TRIGGER fail_half_way BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'injected failure half-way through a save'); END`)

const rowsOf = async (sql: string, args: (string | number)[] = []) => Number((await db.execute({ sql, args })).rows[0]?.n ?? 0)

function draft(title: string) {
  return {
    title,
    keyMessage: 'Feelings after a baby are common, and help is there.',
    body: richTextFromParagraphs(['Many parents have feelings they did not expect.', 'You can talk about them.']),
    audiences: ['all-parents', 'dads'],
    themes: [themeId],
    renditions: { social: [{ platform: 'x', text: 'Feelings after a baby are common. Help is there.', hashtags: ['NurturingLittleHearts'] }] },
  }
}

function save(method: 'POST' | 'PATCH', path: string, body: unknown) {
  return fetch(`${api.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
}

describe('a save that fails half-way stores nothing', () => {
  it('leaves no message, locale rows, arrays, relationship rows or versions after a failed create', async () => {
    const before = await everything()
    await failWritesTo('_messages_v')
    const response = await save('POST', '/api/messages?draft=true', draft('Half-way message'))
    expect(response.status).toBeGreaterThanOrEqual(500)
    expect(await rowsOf('select count(*) as n from messages_locales where title = ?', ['Half-way message'])).toBe(0)
    expect(await everything()).toEqual(before)
    const listed = await (await fetch(`${api.url}/api/messages?draft=true&limit=100`, { headers: { authorization: `JWT ${token}` } })).json()
    expect(listed.docs.map((doc: { title: string }) => doc.title)).not.toContain('Half-way message')
  })

  it('keeps the stored message and its versions when an edit fails half-way through writing its new version', async () => {
    const created = await save('POST', '/api/messages?draft=true', draft('Stored message'))
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const before = await everything()

    // A draft save writes a new version: its main row and locale rows go in before its relationship rows.
    await failWritesTo('_messages_v_rels')
    const edited = await save('PATCH', `/api/messages/${doc.id}?draft=true`, { title: 'Edited half-way', audiences: ['all-parents'] })
    expect(edited.status).toBeGreaterThanOrEqual(500)
    expect(await everything()).toEqual(before)
    expect(await rowsOf('select count(*) as n from _messages_v_locales where version_title = ?', ['Edited half-way'])).toBe(0)
    const read = await (await fetch(`${api.url}/api/messages/${doc.id}?draft=true`, { headers: { authorization: `JWT ${token}` } })).json()
    expect(read.title).toBe('Stored message')

    // The same edit goes through once the fault is gone: nothing was left locked or half-open.
    await change('DROP TRIGGER fail_half_way')
    const again = await save('PATCH', `/api/messages/${doc.id}?draft=true`, { title: 'Edited at last' })
    expect(again.status).toBe(200)
    expect((await again.json()).doc.title).toBe('Edited at last')
  })

  it('keeps the words of a theme whose edit fails after its old locale rows were replaced', async () => {
    // An update deletes a document's locale rows and writes them again: failing in between once lost the title.
    await failWritesTo('themes_locales')
    const edited = await save('PATCH', `/api/themes/${themeId}`, { title: 'Feelings after a birth', summary: 'Changed.' })
    expect(edited.status).toBeGreaterThanOrEqual(500)
    expect(await rowsOf('select count(*) as n from themes_locales where _parent_id = ? and title = ?', [themeId, 'Feelings after birth'])).toBe(1)
    const read = await (await fetch(`${api.url}/api/themes/${themeId}`)).json()
    expect(read).toMatchObject({ title: 'Feelings after birth', summary: 'Feelings are common.' })
  })

  it('runs work queued for after a save only once it is stored, and never for a save that failed at the end', async () => {
    const ran: string[] = []
    const hooks = t.payload.collections.themes.config.hooks.afterChange
    const queueWork = ({ doc, req }: { doc: { title: string }; req: Parameters<typeof afterCommit>[0] }) => {
      afterCommit(req, async () => {
        // Read from another connection: only committed rows are visible there.
        ran.push(`${doc.title}:${await rowsOf('select count(*) as n from themes_locales where title = ?', [doc.title])}`)
      })
      return doc
    }
    // A later hook failing: everything before it, the rows and the queued work, must come to nothing.
    const failLate = ({ doc }: { doc: { title: string } }) => {
      if (doc.title === 'Never stored') throw new Error('injected failure after the work was queued')
      return doc
    }
    hooks.push(queueWork as never, failLate as never)
    try {
      await t.payload.create({ collection: 'themes', data: { title: 'Sleep', summary: 'Rest when you can.' } as Theme })
      await expect(t.payload.create({ collection: 'themes', data: { title: 'Never stored', summary: 'x' } as Theme })).rejects.toThrow(/injected/)
      await expect.poll(() => ran, { timeout: 10_000 }).toEqual(['Sleep:1'])
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(ran).toEqual(['Sleep:1'])
      expect(await rowsOf('select count(*) as n from themes_locales where title = ?', ['Never stored'])).toBe(0)
    } finally {
      hooks.splice(hooks.indexOf(queueWork as never), 2)
    }
  })
})

describe('saves side by side', () => {
  it('stores every one of many concurrent saves, each whole', async () => {
    const titles = Array.from({ length: 12 }, (_, index) => `Concurrent message ${index}`)
    const responses = await Promise.all(titles.map((title) => save('POST', '/api/messages?draft=true', draft(title))))
    expect(responses.map((response) => response.status)).toEqual(titles.map(() => 201))
    for (const title of titles) {
      const id = Number((await db.execute({ sql: 'select _parent_id as id from messages_locales where title = ?', args: [title] })).rows[0]?.id)
      expect(await rowsOf('select count(*) as n from _messages_v where parent_id = ?', [id])).toBeGreaterThan(0)
      expect(await rowsOf('select count(*) as n from messages_rels where parent_id = ? and themes_id = ?', [id, themeId])).toBe(1)
    }
  })
})

/** Row counts of every table a message touches. */
async function everything(): Promise<Record<string, number>> {
  const tables = (await db.execute("select name from sqlite_master where type = 'table' and (name like 'messages%' or name like '\\_messages\\_v%' escape '\\' or name = 'audit_trail')")).rows.map(
    (row) => String(row.name),
  )
  const counts: Record<string, number> = {}
  for (const table of tables) counts[table] = await rowsOf(`select count(*) as n from "${table}"`)
  return counts
}
