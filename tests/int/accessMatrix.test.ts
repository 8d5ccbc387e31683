import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessMatrix, type Persona, personas, type Verdict } from '@/access/matrix'
import { walkMessageTo } from '@/collections/Messages/walk'
import { richTextFromParagraphs } from '@/domain/richText'

import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Every cell of docs/access.md, checked through the REST API over HTTP as that persona. Partners who cannot
// sign in (unconfirmed, withdrawn) try, get no token, and go on as they are: with nothing.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People
const tokens: Partial<Record<Persona, string>> = {}
let unique = 0

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  for (const persona of personas) {
    if (persona === 'anonymous') continue
    const response = await call('POST', '/api/users/login', 'anonymous', { email: `${persona}@example.org`, password: passwordOf(persona) })
    tokens[persona] = (await response.json()).token
    expect(Boolean(tokens[persona]), `${persona} signs in`).toBe(persona !== 'unconfirmedPartner' && persona !== 'revokedPartner')
  }
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

async function call(method: string, path: string, persona: Persona, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {}
  if (tokens[persona]) headers.authorization = `JWT ${tokens[persona]}`
  let payloadBody: BodyInit | undefined
  if (body instanceof FormData) payloadBody = body
  else if (body !== undefined) {
    headers['content-type'] = 'application/json'
    payloadBody = JSON.stringify(body)
  }
  return fetch(api.url + path, { method, headers, body: payloadBody })
}

async function materialFile(): Promise<FormData> {
  const form = new FormData()
  const text = Buffer.from(`Talking points ${++unique}: feelings after a baby are common.`)
  form.append('file', new Blob([new Uint8Array(text)], { type: 'text/plain' }), `points-${unique}.txt`)
  form.append('_payload', JSON.stringify({ title: `Talking points ${unique}`, type: 'talking-points', accessLevel: 'public' }))
  return form
}

async function image(): Promise<FormData> {
  const bytes = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c8967a' } }).png().toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `card-${++unique}.png`)
  form.append('_payload', JSON.stringify({ alt: 'A warm coloured square used in tests' }))
  return form
}

/** A valid new item for each collection, different every time. */
async function newItem(collection: string): Promise<unknown> {
  const n = ++unique
  switch (collection) {
    case 'messages':
      return { title: `Access check ${n}`, keyMessage: 'Help is there.', body: richTextFromParagraphs(['Help is there.']), audiences: ['all-parents'] }
    case 'themes':
      return { title: `Theme ${n}`, summary: 'A theme used to check access.' }
    case 'services':
      return {
        name: `Service ${n}`,
        summary: 'A service used to check access.',
        supports: ['perinatal-mental-health'],
        needLevels: ['coping'],
        districts: ['dover'],
        sector: 'nhs',
        delivery: ['online'],
        contact: { howToContact: 'Ask your health visitor.' },
      }
    case 'awareness-dates':
      return { name: `Moment ${n}`, rule: '10 October' }
    case 'venues':
      return { name: `Venue ${n}`, kind: 'baby-group', district: 'thanet' }
    case 'media':
      return image()
    case 'audit-trail':
      return { event: `Entry ${n}`, at: new Date().toISOString() }
    case 'materials':
      return materialFile()
    case 'kits':
      return { title: `Kit ${n}`, items: [await existingItem('materials')] }
    case 'download-counts':
      return { key: `download-${n}`, material: await existingItem('materials'), month: '2026-11', organisationKind: 'visitor', downloads: 1 }
    case 'qr-visits':
      return { key: `scan-${n}`, venue: await existingItem('venues'), month: '2026-11', visits: 1 }
    case 'helpful-answers':
      return { key: `answer-${n}`, page: '/services', locale: 'en', day: '2026-11-30', yes: 1, no: 0 }
    case 'page-visits':
      return { key: `visit-${n}`, page: '/services', locale: 'en', day: '2026-11-30', channel: 'direct', visits: 1 }
    case 'webhook-deliveries':
      return { deliveryId: `delivery-${n}`, event: 'social-post.due', body: '{}', status: 'failed', attempts: 30 }
    case 'social-posts':
      return { message: await existingItem('messages'), platform: 'bluesky', status: 'draft' }
    case 'email-campaigns':
      return { title: `Send ${n}`, template: 'partner-digest', locale: 'en', status: 'draft' }
    case 'mailing-lists':
      return { name: `List ${n}`, description: 'A list used to check access.', audience: 'parents' }
    case 'subscribers':
      return { email: `reader${n}@example.org`, locale: 'en' }
    case 'email-deliveries':
      return { campaign: await existingItem('email-campaigns'), subscriber: await existingItem('subscribers'), status: 'sent', attempts: 1 }
    case 'suppressions':
      return { address: `gone${n}@example.org`, reason: 'added by an admin' }
    case 'site-changes':
      return { tags: [`themes:${n}`] }
    case 'leases':
      return { key: `work:${n}`, owner: 'host/1/abc', expiresAt: new Date(Date.now() + 60_000).toISOString() }
    case 'users':
      return { name: `Person ${n}`, email: `person${n}@example.org`, password: 'a-long-password-1', roles: ['editor'] }
    case 'payload-locked-documents':
      return { document: { relationTo: 'themes', value: await existingItem('themes') }, user: { relationTo: 'users', value: people.admin.id } }
    case 'payload-preferences':
      return { key: `columns-${n}`, value: { open: true } }
    case 'payload-jobs':
      return { taskSlug: 'runPublishingSchedule', input: {}, queue: 'never-run' }
    case 'payload-kv':
      return { key: `key-${n}`, data: { n } }
    case 'payload-migrations':
      return { name: `migration-${n}`, batch: 1 }
  }
  throw new Error(`no fixture for ${collection}`)
}

/** Something the admin made, to read, change or delete as another persona. */
async function existingItem(collection: string): Promise<number> {
  if (collection === 'audit-trail') {
    const entry = await t.payload.create({ collection: 'audit-trail', data: { event: `Entry ${++unique}`, at: new Date().toISOString() } })
    return entry.id
  }
  if (['download-counts', 'qr-visits', 'page-visits', 'helpful-answers', 'email-deliveries', 'webhook-deliveries', 'payload-jobs', 'payload-kv', 'payload-migrations', 'site-changes', 'leases'].includes(collection)) {
    // Nobody creates these over the API; the server writes them itself.
    const count = await t.payload.create({ collection: collection as 'qr-visits', data: (await newItem(collection)) as never })
    return count.id
  }
  const body = await newItem(collection)
  const query = collection === 'messages' ? '?draft=true' : ''
  const response = await call('POST', `/api/${collection}${query}`, 'admin', body)
  expect(response.status, `admin creates ${collection}`).toBe(201)
  return (await response.json()).doc.id
}

const harmlessChange: Record<string, unknown> = {
  messages: { audiences: ['all-parents', 'professionals'] },
  themes: { summary: 'Changed summary.' },
  services: { summary: 'Changed summary.' },
  'awareness-dates': { notes: 'Changed notes.' },
  venues: { sessionTimes: 'Tuesdays 10 to 11:30' },
  media: { alt: 'A differently described square' },
  'audit-trail': { note: 'rewritten history' },
  materials: { summary: 'Changed summary.' },
  kits: { summary: 'Changed summary.' },
  'download-counts': { downloads: 1000 },
  'qr-visits': { visits: 1000 },
  'page-visits': { visits: 1000 },
  'helpful-answers': { yes: 1000 },
  users: { name: 'Renamed' },
  'social-posts': { text: 'Changed words for this platform.' },
  'webhook-deliveries': { status: 'pending' },
  'email-campaigns': { title: 'Renamed send' },
  'mailing-lists': { description: 'Changed description.' },
  subscribers: { locale: 'pl' },
  'email-deliveries': { status: 'failed' },
  suppressions: { reason: 'bounced' },
  'site-changes': { tags: ['everything-changed'] },
  'payload-locked-documents': { globalSlug: 'campaign-settings' },
  'payload-preferences': { value: { open: false } },
  'payload-jobs': { queue: 'elsewhere' },
  'payload-kv': { data: { changed: true } },
  'payload-migrations': { batch: 2 },
  leases: { owner: 'someone-else/2/def', expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
}

const allowed = (verdict: Verdict) => verdict !== 'no'

for (const entry of accessMatrix.filter((item) => item.kind === 'collection')) {
  const { collection } = entry
  const draft = collection === 'messages' ? '?draft=true' : ''
  describe(collection, () => {
    let draftMessageId: number
    let liveMessageId: number
    // A collection Payload gives no addresses at all (its migrations list) answers "not implemented".
    const refused = () => (t.payload.collections[collection as 'users'].config.endpoints === false ? 501 : 403)
    beforeAll(async () => {
      if (collection !== 'messages') return
      draftMessageId = await existingItem('messages')
      liveMessageId = await existingItem('messages')
      await walkMessageTo(t.payload, liveMessageId, 'published')
    })

    for (const persona of personas) {
      const rights = entry.rights[persona]
      it(`${persona}: create ${rights.create}, read ${rights.read}, update ${rights.update}, delete ${rights.delete}`, async () => {
        const created = await call('POST', `/api/${collection}${draft}`, persona, await newItem(collection))
        expect(created.status, 'create').toBe(allowed(rights.create) ? 201 : refused())

        const list = await call('GET', `/api/${collection}?limit=200&depth=0${draft ? '&draft=true' : ''}`, persona)
        if (rights.read === 'no') expect(list.status, 'read').toBe(refused())
        else {
          expect(list.status, 'read').toBe(200)
          const docs = (await list.json()).docs as { id: number; user?: { value: number } }[]
          const ids = docs.map((doc) => doc.id)
          if (rights.read === 'own' && collection === 'users') expect(ids).toEqual([people[persona as keyof People].id])
          if (rights.read === 'own' && collection === 'payload-preferences') expect(docs.every((doc) => doc.user?.value === people[persona as keyof People].id)).toBe(true)
          if (collection === 'messages') {
            expect(ids, 'sees the live message').toContain(liveMessageId)
            expect(ids.includes(draftMessageId), 'sees drafts').toBe(rights.read === 'yes')
          }
        }

        const target = await targetFor(collection, persona, rights.update)
        const updated = await call('PATCH', `/api/${collection}/${target}${draft}`, persona, harmlessChange[collection])
        expect(updated.status, 'update').toBe(allowed(rights.update) ? 200 : refused())
        if (rights.update === 'own') {
          const other = await call('PATCH', `/api/${collection}/${await someoneElses(collection, persona)}`, persona, harmlessChange[collection])
          expect([403, 404], "update someone else's").toContain(other.status)
        }

        const doomed = await targetFor(collection, persona, rights.delete)
        // Payload addresses a preference by its key when deleting (its own address shadows the id).
        const address = collection === 'payload-preferences' && rights.delete === 'own' ? ((await t.payload.findByID({ collection: 'payload-preferences', id: doomed })).key as string) : doomed
        const deleted = await call('DELETE', `/api/${collection}/${address}`, persona)
        expect(deleted.status, 'delete').toBe(allowed(rights.delete) ? 200 : refused())
      })
    }
  })
}

/** Someone else's account or preference: the admin's, or for the admin a colleague's. */
async function someoneElses(collection: string, persona: Persona): Promise<number> {
  const other = persona === 'admin' ? people.editor2 : people.admin
  if (collection === 'users') return other.id
  // Payload's preference takes its owner from who saves it.
  const preference = await t.payload.create({ collection: 'payload-preferences', data: { key: `theirs-${++unique}`, value: {} } as never, user: other })
  return preference.id
}

/** Something to change or delete: one's own account or preference where the right is "own", else the admin's. */
async function targetFor(collection: string, persona: Persona, verdict: Verdict): Promise<number> {
  if (verdict !== 'own') return existingItem(collection)
  if (collection === 'users') return people[persona as keyof People].id
  const mine = await call('POST', `/api/${collection}`, persona, await newItem(collection))
  expect(mine.status, `${persona} makes their own ${collection}`).toBe(201)
  return (await mine.json()).doc.id
}

describe('campaign-settings (global)', () => {
  const entry = accessMatrix.find((item) => item.collection === 'campaign-settings')!
  for (const persona of personas) {
    const rights = entry.rights[persona]
    it(`${persona}: read ${rights.read}, update ${rights.update}; the pause details only for the comms team`, async () => {
      const read = await call('GET', '/api/globals/campaign-settings', persona)
      expect(read.status).toBe(200)
      const settings = await read.json()
      expect(settings.campaignName).toBe('Nurturing Little Hearts and Minds')
      const team = ['editor', 'reviewer', 'publisher', 'admin'].includes(persona)
      expect('pause' in settings, 'sees the pause details').toBe(team)
      const update = await call('POST', '/api/globals/campaign-settings', persona, { tagline: `Help is there (${persona}).` })
      expect(update.status).toBe(rights.update === 'yes' ? 200 : 403)
    })
  }
})

describe('hidden workings', () => {
  it('keeps the job runner from everyone but admins', async () => {
    expect((await call('GET', '/api/payload-jobs/run', 'partner')).status).toBe(401)
  })
})
