import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Payload's own collections (document locks, admin preferences, the jobs queue, its key-value store and the
// migrations list) are the team's workings. Nobody outside the team reads or writes them; inside the team,
// locks and preferences keep working for the admin, and a preference is only ever one's own.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People
const tokens: Record<string, string> = {}

type Who = 'anonymous' | 'partner' | 'unconfirmedPartner' | 'revokedPartner' | 'editor' | 'reviewer' | 'admin'
const outsiders = ['anonymous', 'partner'] as const

async function call(method: string, url: string, who: Who, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = tokens[who] ? { authorization: `JWT ${tokens[who]}` } : {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  return fetch(api.url + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  for (const who of ['partner', 'editor', 'reviewer', 'admin'] as const) {
    const response = await call('POST', '/api/users/login', 'anonymous', { email: `${who}@example.org`, password: passwordOf(who) })
    tokens[who] = (await response.json()).token
  }
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

/** Refused, or (for collections Payload gives no addresses at all) not implemented. */
const refused = (status: number) => [401, 403, 404, 501].includes(status)

async function aThemeLockedBy(user: keyof People) {
  const theme = await t.payload.create({ collection: 'themes', data: { title: `Locked theme ${Math.random()}`, summary: 'A theme someone is editing.' } as never })
  const lock = await t.payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'themes', value: theme.id }, user: { relationTo: 'users', value: people[user].id } },
  })
  return { theme, lock }
}

describe('document locks', () => {
  it('are closed to everyone outside the team: no list, no new lock, no deleting the team’s', async () => {
    const { theme, lock } = await aThemeLockedBy('editor')
    for (const who of outsiders) {
      const list = await call('GET', '/api/payload-locked-documents?depth=1', who)
      expect(refused(list.status), `${who} lists locks: ${list.status}`).toBe(true)
      expect(await list.text()).not.toContain('editor@example.org')
      const one = await call('GET', `/api/payload-locked-documents/${lock.id}`, who)
      expect(refused(one.status), `${who} reads a lock`).toBe(true)
      const created = await call('POST', '/api/payload-locked-documents', who, {
        document: { relationTo: 'themes', value: theme.id },
        user: { relationTo: 'users', value: people.partner.id },
      })
      expect(refused(created.status), `${who} locks a theme: ${created.status}`).toBe(true)
      const deleted = await call('DELETE', `/api/payload-locked-documents/${lock.id}`, who)
      expect(refused(deleted.status), `${who} deletes the team's lock: ${deleted.status}`).toBe(true)
      const updated = await call('PATCH', `/api/payload-locked-documents/${lock.id}`, who, { user: { relationTo: 'users', value: people.partner.id } })
      expect(refused(updated.status), `${who} takes over a lock`).toBe(true)
      const bulk = await call('DELETE', '/api/payload-locked-documents?where[id][exists]=true', who)
      expect(refused(bulk.status) || (await bulk.json()).docs?.length === 0, `${who} deletes every lock`).toBe(true)
    }
    expect(await t.payload.findByID({ collection: 'payload-locked-documents', id: lock.id, disableErrors: true })).not.toBeNull()
  })

  it('keep working for the team, who may see and take over each other’s', async () => {
    const { lock } = await aThemeLockedBy('editor')
    const list = await call('GET', '/api/payload-locked-documents', 'reviewer')
    expect(list.status).toBe(200)
    expect(((await list.json()).docs as { id: number }[]).map((doc) => doc.id)).toContain(lock.id)
    const takeOver = await call('PATCH', `/api/payload-locked-documents/${lock.id}`, 'admin', { user: { relationTo: 'users', value: people.admin.id } })
    expect(takeOver.status).toBe(200)
    expect((await call('DELETE', `/api/payload-locked-documents/${lock.id}`, 'editor')).status).toBe(200)
  })

  it('are not readable through GraphQL either', async () => {
    // The REST server in the tests has no GraphQL route; the built server's hostile suite asks GraphQL.
    const collection = t.payload.collections['payload-locked-documents'].config
    for (const operation of ['read', 'create', 'update', 'delete'] as const) {
      const verdict = await collection.access[operation]!({ req: { user: { ...people.partner, collection: 'users' }, payload: t.payload } as never })
      expect(verdict, operation).toBe(false)
    }
  })
})

describe('admin preferences', () => {
  it('are closed to partners, through the collection and through Payload’s own preference addresses', async () => {
    for (const who of outsiders) {
      const saved = await call('POST', '/api/payload-preferences/nav', who, { value: { open: true } })
      expect(refused(saved.status), `${who} saves a preference: ${saved.status}`).toBe(true)
      const created = await call('POST', '/api/payload-preferences', who, { key: 'nav', value: { open: true } })
      expect(refused(created.status), `${who} creates a preference: ${created.status}`).toBe(true)
      const read = await call('GET', '/api/payload-preferences/nav', who)
      expect(refused(read.status), `${who} reads a preference: ${read.status}`).toBe(true)
      const list = await call('GET', '/api/payload-preferences', who)
      expect(refused(list.status), `${who} lists preferences: ${list.status}`).toBe(true)
    }
    const { totalDocs } = await t.payload.count({ collection: 'payload-preferences', where: { 'user.value': { equals: people.partner.id } } })
    expect(totalDocs).toBe(0)
  })

  it('are kept for the team, and only ever one’s own', async () => {
    expect((await call('POST', '/api/payload-preferences/nav', 'editor', { value: { open: ['editor'] } })).status).toBe(200)
    expect((await call('POST', '/api/payload-preferences/nav', 'admin', { value: { open: ['admin'] } })).status).toBe(200)
    const mine = await (await call('GET', '/api/payload-preferences/nav', 'editor')).json()
    expect(mine.value).toEqual({ open: ['editor'] })
    const list = await (await call('GET', '/api/payload-preferences?depth=0', 'editor')).json()
    expect(list.docs.map((doc: { user: { value: number } }) => doc.user.value)).toEqual([people.editor.id])
    const adminsPreference = (await t.payload.find({ collection: 'payload-preferences', where: { 'user.value': { equals: people.admin.id } } })).docs[0]
    const deleted = await call('DELETE', `/api/payload-preferences/${adminsPreference.id}`, 'editor')
    expect([400, 404], `deletes the admin's preference: ${deleted.status}`).toContain(deleted.status)
    const changed = await call('PATCH', `/api/payload-preferences/${adminsPreference.id}`, 'editor', { value: 'mine now' })
    expect([400, 403, 404], `changes the admin's preference: ${changed.status}`).toContain(changed.status)
    expect((await t.payload.findByID({ collection: 'payload-preferences', id: adminsPreference.id })).value).toEqual({ open: ['admin'] })
  })
})

describe('the jobs queue, the key-value store and the migrations list', () => {
  it('answer nobody over the API, team included', async () => {
    for (const who of ['anonymous', 'partner', 'editor', 'admin'] as const) {
      for (const slug of ['payload-jobs', 'payload-kv', 'payload-migrations']) {
        const list = await call('GET', `/api/${slug}`, who)
        expect(refused(list.status), `${who} lists ${slug}: ${list.status}`).toBe(true)
        const created = await call('POST', `/api/${slug}`, who, { key: 'x', data: {}, name: 'x', batch: 1, taskSlug: 'inline' })
        expect(refused(created.status), `${who} creates in ${slug}: ${created.status}`).toBe(true)
      }
    }
  })

  it('are closed by their access rules too, not only by missing addresses', async () => {
    for (const slug of ['payload-jobs', 'payload-kv', 'payload-migrations'] as const) {
      const collection = t.payload.collections[slug].config
      for (const operation of ['read', 'create', 'update', 'delete'] as const) {
        const verdict = await collection.access[operation]!({ req: { user: { ...people.editor, collection: 'users' }, payload: t.payload } as never })
        expect(verdict, `${slug} ${operation} for an editor`).toBe(false)
      }
    }
  })
})

describe('the job scheduler’s record (a global Payload adds)', () => {
  it('is closed to everyone over the API: a partner could otherwise rewrite when scheduled work last ran', async () => {
    for (const who of ['anonymous', 'partner', 'editor', 'admin'] as const) {
      const read = await call('GET', '/api/globals/payload-jobs-stats', who)
      expect(refused(read.status), `${who} reads it: ${read.status}`).toBe(true)
      const write = await call('POST', '/api/globals/payload-jobs-stats', who, { stats: { scheduledRuns: {} } })
      expect(refused(write.status), `${who} rewrites it: ${write.status}`).toBe(true)
    }
  })
})
