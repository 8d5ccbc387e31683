import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { richTextFromParagraphs } from '@/domain/richText'
import type { Message } from '@/payload-types'

import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The record of who wrote, owns and approved something, and of which words were approved, is written by the
// server from its own view, never taken from the request: a client sending those fields changes nothing. And
// an approval covers everything a reader sees, so changing a link, a picture, a source or a date on a live
// message sends it back to review like changing its words does.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People
const tokens: Partial<Record<keyof People, string>> = {}
let unique = 0

type Who = keyof People | 'anonymous'

async function call(method: string, path: string, who: Who, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (who !== 'anonymous') headers.authorization = `JWT ${tokens[who]}`
  const response = await fetch(api.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const json = await response.json().catch(() => ({}))
  return { status: response.status, json, reason: (json.errors?.[0]?.message as string | undefined) ?? '' }
}

const saveDraft = (who: Who, id: number, data: unknown) => call('PATCH', `/api/messages/${id}?draft=true&depth=0`, who, data)
const latest = async (id: number) => t.payload.findByID({ collection: 'messages', id, draft: true, depth: 0 })

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  for (const who of ['admin', 'editor', 'editor2', 'reviewer', 'reviewer2', 'publisher'] as const) {
    const response = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${who}@example.org`, password: passwordOf(who) }),
    })
    tokens[who] = (await response.json()).token
  }
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

function messageData(extra: Record<string, unknown> = {}) {
  unique += 1
  return {
    title: `Feelings after a baby ${unique}`,
    keyMessage: 'Feelings after a baby are common, and help is there.',
    body: richTextFromParagraphs(['Many parents have feelings they did not expect.', 'You can talk about them.']),
    audiences: ['all-parents'],
    ...extra,
  }
}

async function draftByEditor(extra: Record<string, unknown> = {}): Promise<Message> {
  const created = await call('POST', '/api/messages?draft=true&depth=0', 'editor', messageData(extra))
  expect(created.status, created.reason).toBe(201)
  return created.json.doc
}

/** A message written by the editor and walked (as the server's own walk does it) to approved or live. */
async function messageIn(state: 'approved' | 'published', extra: Record<string, unknown> = {}): Promise<Message> {
  const message = await draftByEditor(extra)
  await walkMessageTo(t.payload, message.id, state)
  return latest(message.id)
}
const liveMessage = (extra: Record<string, unknown> = {}) => messageIn('published', extra)

async function image(colour: string) {
  const data = await sharp({ create: { width: 32, height: 32, channels: 3, background: colour } }).png().toBuffer()
  return t.payload.create({
    collection: 'media',
    data: { alt: `A ${colour} square` },
    file: { data, mimetype: 'image/png', name: `square-${++unique}.png`, size: data.length },
  })
}

/** Payload gives array rows ids of their own; what matters here is what the rows say. */
const withoutRowIds = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((row) => (row && typeof row === 'object' ? Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'id')) : row)) : value

describe('who wrote, owns and approved a message', () => {
  it('cannot be cleared by a reviewer who changed the words, to approve them anyway', async () => {
    const message = await draftByEditor()
    expect((await saveDraft('editor', message.id, { workflow: { state: 'in_review' } })).status).toBe(200)
    const edited = await saveDraft('reviewer', message.id, { keyMessage: 'Feelings after a baby are common. Help is there for you.' })
    expect(edited.status, edited.reason).toBe(200)
    const forged = await saveDraft('reviewer', message.id, { workflow: { state: 'approved', authors: [] } })
    expect(forged.status).toBe(400)
    expect(forged.reason).toMatch(/wrote or own/)
    expect((await latest(message.id)).workflow?.authors).toEqual(expect.arrayContaining([people.editor.id, people.reviewer.id]))
    const other = await saveDraft('reviewer2', message.id, { workflow: { state: 'approved' } })
    expect(other.status, other.reason).toBe(200)
  })

  it('is taken from who is signed in, never from the request, when a message is made', async () => {
    const created = await call('POST', '/api/messages?draft=true&depth=0', 'editor', {
      ...messageData(),
      owner: people.reviewer.id,
      workflow: {
        state: 'draft',
        authors: [people.reviewer2.id],
        approvedBy: people.reviewer.id,
        approvedAt: '2026-01-01T00:00:00.000Z',
        approvedVersion: 'forged',
        approvalPrints: { en: 'forged' },
      },
    })
    expect(created.status, created.reason).toBe(201)
    const stored = await latest(created.json.doc.id)
    expect(stored.owner).toBe(people.editor.id)
    expect(stored.workflow).toMatchObject({ state: 'draft', authors: [people.editor.id], approvedBy: null, approvedVersion: null })
    expect(stored.workflow?.approvalPrints ?? null).toBeNull()
  })

  it('cannot be rewritten afterwards by anyone, admins included', async () => {
    const message = await messageIn('approved')
    const before = await latest(message.id)
    for (const who of ['editor', 'reviewer', 'publisher', 'admin'] as const) {
      const forged = await saveDraft(who, message.id, {
        owner: people[who].id,
        workflow: { authors: [], approvedBy: people[who].id, approvedAt: '2020-01-01T00:00:00.000Z', approvedVersion: 'forged', approvalPrints: { en: 'forged' } },
      })
      expect(forged.status, `${who}: ${forged.reason}`).toBe(200)
      const after = await latest(message.id)
      expect(after.owner, who).toBe(before.owner)
      expect(after.workflow?.approvedBy, who).toBe(before.workflow?.approvedBy)
      expect(after.workflow?.approvedAt, who).toBe(before.workflow?.approvedAt)
      expect(after.workflow?.approvedVersion, who).toBe(before.workflow?.approvedVersion)
      expect(after.workflow?.approvalPrints, who).toEqual(before.workflow?.approvalPrints)
      expect(after.workflow?.authors, who).toEqual(before.workflow?.authors)
    }
  })
})

describe('an approval covers everything a reader sees', () => {
  const withLink = (url: string) => ({
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          direction: 'ltr',
          format: '',
          indent: 0,
          version: 1,
          children: [
            { type: 'text', text: 'The NHS explains ', detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
            {
              type: 'link',
              direction: 'ltr',
              format: '',
              indent: 0,
              version: 3,
              fields: { linkType: 'custom', url, newTab: false },
              children: [{ type: 'text', text: 'feelings after having a baby', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
            },
          ],
        },
      ],
    },
  })
  const withPicture = (mediaId: number) => ({
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        { type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, children: [{ type: 'text', text: 'A picture of support.', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] },
        { type: 'upload', relationTo: 'media', value: mediaId, fields: null, format: '', version: 3 },
      ],
    },
  })

  const changes: [string, () => Promise<{ start: Record<string, unknown>; change: Record<string, unknown> }>][] = [
    ['a link address in the body', async () => ({ start: { body: withLink('https://www.nhs.uk/mental-health/') }, change: { body: withLink('https://example.com/somewhere-else') } })],
    ['a picture in the body', async () => ({ start: { body: withPicture((await image('#c8967a')).id) }, change: { body: withPicture((await image('#000000')).id) } })],
    ['a source', async () => ({ start: { sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }] }, change: { sources: [{ title: 'NHS', url: 'https://example.com/' }] } })],
    ['the review date', async () => ({ start: { reviewBy: '2030-01-01T00:00:00.000Z' }, change: { reviewBy: '2099-01-01T00:00:00.000Z' } })],
    ['the themes', async () => {
      const theme = await t.payload.create({ collection: 'themes', data: { title: `Theme ${++unique}`, summary: 'A theme.' } as never })
      return { start: {}, change: { themes: [theme.id] } }
    }],
    ['the sensitive topics', async () => ({ start: {}, change: { topicFlags: ['birth-trauma'] } })],
    ['who it is for', async () => ({ start: {}, change: { audiences: ['all-parents', 'dads-and-co-parents'] } })],
    ['a signpost', async () => {
      const service = await t.payload.create({
        collection: 'services',
        data: { name: `Service ${++unique}`, summary: 'Support.', supports: ['perinatal-mental-health'], needLevels: ['coping'], districts: ['dover'], sector: 'nhs', delivery: ['online'], contact: { howToContact: 'Ask your health visitor.' } } as never,
      })
      return { start: { signposts: [{ service: service.id, urgency: 'urgent', when: 'You feel low most days.' }] }, change: { signposts: [{ service: service.id, urgency: 'non-urgent', when: 'You feel low most days.' }] } }
    }],
    ['a social post’s picture', async () => ({ start: {}, change: { renditions: { social: [{ platform: 'bluesky', text: 'Feelings after a baby are common. Help is there.', image: (await image('#336699')).id, imageAlt: 'A blue square' }] } } })],
  ]

  for (const [what, setUp] of changes) {
    it(`takes an approved message back to review when only ${what} changes, so it cannot be published unreviewed`, async () => {
      const { start, change } = await setUp()
      const approved = await messageIn('approved', start)
      expect(approved.workflow?.state).toBe('approved')
      const saved = await saveDraft('editor', approved.id, change)
      expect(saved.status, saved.reason).toBe(200)
      expect((await latest(approved.id)).workflow?.state).toBe('in_review')
      const publish = await call('PATCH', `/api/messages/${approved.id}?depth=0`, 'publisher', { _status: 'published', workflow: { state: 'published' } })
      expect(publish.status).toBe(400)
    })

    it(`takes a live message back to review when only ${what} changes, and the live page keeps the approved version`, async () => {
      const { start, change } = await setUp()
      const live = await liveMessage(start)
      expect(live.workflow?.state).toBe('published')
      const saved = await saveDraft('editor', live.id, change)
      expect(saved.status, saved.reason).toBe(200)
      expect((await latest(live.id)).workflow?.state).toBe('in_review')
      const publicView = await call('GET', `/api/messages/${live.id}?depth=0`, 'anonymous')
      expect(publicView.status).toBe(200)
      for (const [field, value] of Object.entries(start)) expect(withoutRowIds(publicView.json[field]), field).toMatchObject(value as object)
    })
  }

  it('does not send an approved message back to review when it is saved again unchanged, as the admin sends it', async () => {
    const approved = await messageIn('approved', { body: withLink('https://www.nhs.uk/'), sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }], themes: [] })
    const asStored = await call('GET', `/api/messages/${approved.id}?draft=true&depth=1`, 'editor')
    const { id: _id, createdAt: _created, updatedAt: _updated, ...everything } = asStored.json
    const saved = await saveDraft('editor', approved.id, everything)
    expect(saved.status, saved.reason).toBe(200)
    expect((await latest(approved.id)).workflow?.state).toBe('approved')
  })
})

describe('who wrote and approved an email bulletin', () => {
  async function bulletinBy(who: 'admin' | 'editor') {
    const created = await call('POST', '/api/email-campaigns?depth=0', who, {
      title: `Bulletin ${++unique}`,
      template: 'community-bulletin',
      locale: 'en',
      status: 'draft',
      author: people.reviewer2.id,
      bulletin: { heading: 'News from the community of practice', body: 'A short update for professionals.' },
    })
    expect(created.status, created.reason).toBe(201)
    return created.json.doc as { id: number; author: number }
  }

  it('is the person who made it, whatever the request says, and stays so', async () => {
    const bulletin = await bulletinBy('editor')
    expect(bulletin.author).toBe(people.editor.id)
    await call('PATCH', `/api/email-campaigns/${bulletin.id}`, 'admin', { author: people.reviewer2.id })
    expect((await t.payload.findByID({ collection: 'email-campaigns', id: bulletin.id, depth: 0 })).author).toBe(people.editor.id)
  })

  it('cannot be rewritten so its author approves it', async () => {
    const bulletin = await bulletinBy('admin')
    await call('PATCH', `/api/email-campaigns/${bulletin.id}`, 'admin', { author: people.editor.id, bulletin: { review: { state: 'in-review' } } })
    const approve = await call('PATCH', `/api/email-campaigns/${bulletin.id}`, 'admin', { bulletin: { review: { state: 'approved' } } })
    expect(approve.status).toBe(400)
    expect((await t.payload.findByID({ collection: 'email-campaigns', id: bulletin.id, depth: 0 })).bulletin?.review?.state).not.toBe('approved')
  })

  it('keeps the sender’s progress and the reviewer’s record out of clients’ hands', async () => {
    const bulletin = await bulletinBy('editor')
    await call('PATCH', `/api/email-campaigns/${bulletin.id}`, 'editor', {
      progress: { sent: 999, recipients: 999, note: 'forged' },
      cursor: 'forged',
      lease: { by: 'me' },
      bulletin: { review: { by: people.reviewer.id, at: '2020-01-01T00:00:00.000Z' }, findings: [], wordsPrint: 'forged' },
    })
    const stored = await t.payload.findByID({ collection: 'email-campaigns', id: bulletin.id, depth: 0 })
    expect(stored.progress?.sent ?? null).toBeNull()
    expect(stored.progress?.note ?? null).toBeNull()
    expect(stored.cursor ?? null).toBeNull()
    expect(stored.lease ?? null).toBeNull()
    expect(stored.bulletin?.review?.by ?? null).toBeNull()
    expect(stored.bulletin?.wordsPrint).not.toBe('forged')
  })
})

describe('other records the server keeps', () => {
  it('a social post records who marked it posted, not who the request names', async () => {
    const message = await liveMessage()
    const post = await call('POST', '/api/social-posts?depth=0', 'editor', { message: message.id, platform: 'bluesky', status: 'draft' })
    expect(post.status, post.reason).toBe(201)
    const posted = await call('PATCH', `/api/social-posts/${post.json.doc.id}?depth=0`, 'editor', {
      status: 'posted',
      posted: { url: 'https://bsky.app/profile/x/post/1', by: people.reviewer.id, via: 'webhook' },
      note: 'forged',
      safetyWarning: null,
      findings: [],
    })
    expect(posted.status, posted.reason).toBe(200)
    const stored = await t.payload.findByID({ collection: 'social-posts', id: post.json.doc.id, depth: 0 })
    expect(stored.posted).toMatchObject({ url: 'https://bsky.app/profile/x/post/1', by: people.editor.id, via: 'a person' })
    expect(stored.note ?? null).not.toBe('forged')
  })

  it('a generated material’s origin and access follow its message, not an editor', async () => {
    const message = await liveMessage()
    const generated = await t.payload.create({
      collection: 'materials',
      data: {
        title: 'Share card',
        type: 'social-image',
        language: 'en',
        accessibleFormat: 'standard',
        accessLevel: 'restricted',
        generatedFrom: { message: message.id, variant: 'card-square', fingerprint: 'abc', stale: true },
      } as never,
    })
    const forged = await call('PATCH', `/api/materials/${generated.id}?depth=0`, 'editor', {
      accessLevel: 'public',
      generatedFrom: { stale: false, fingerprint: 'forged', message: null },
    })
    expect([200, 400]).toContain(forged.status)
    const stored = await t.payload.findByID({ collection: 'materials', id: generated.id, depth: 0 })
    expect(stored.accessLevel).toBe('restricted')
    expect(stored.generatedFrom).toMatchObject({ message: message.id, fingerprint: 'abc', stale: true })
  })

  it('a service records who verified it as the person who did', async () => {
    const service = await t.payload.create({
      collection: 'services',
      data: { name: `Checked service ${++unique}`, summary: 'Support.', supports: ['perinatal-mental-health'], needLevels: ['coping'], districts: ['dover'], sector: 'nhs', delivery: ['online'], contact: { howToContact: 'Ask.' } } as never,
    })
    const now = new Date().toISOString()
    const saved = await call('PATCH', `/api/services/${service.id}?depth=0`, 'editor', { verifiedAt: now, verifiedBy: people.reviewer.id })
    expect(saved.status, saved.reason).toBe(200)
    expect((await t.payload.findByID({ collection: 'services', id: service.id, depth: 0 })).verifiedBy).toBe(people.editor.id)
  })

  it('a subscriber’s consent record is written by the server only', async () => {
    const list = await t.payload.create({ collection: 'mailing-lists', data: { name: `List ${++unique}`, description: 'A list.', audience: 'parents' } as never })
    const created = await call('POST', '/api/subscribers?depth=0', 'admin', {
      email: `reader${unique}@example.org`,
      locale: 'en',
      subscribedLists: [list.id],
      confirmedAt: '2020-01-01T00:00:00.000Z',
      consentLog: [{ list: list.id, event: 'confirmed', method: 'website form', wording: 'forged', at: '2020-01-01T00:00:00.000Z' }],
    })
    expect(created.status, created.reason).toBe(201)
    const stored = await t.payload.findByID({ collection: 'subscribers', id: created.json.doc.id, depth: 0 })
    expect(stored.consentLog?.map((entry) => [entry.event, entry.method])).toEqual([['confirmed', 'admin']])
    expect(stored.consentLog?.[0]?.wording).not.toBe('forged')
    expect(stored.confirmedAt).not.toBe('2020-01-01T00:00:00.000Z')
  })
})
