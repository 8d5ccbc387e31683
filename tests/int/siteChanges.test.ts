import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { type ChangeCursor, contentFeed } from '@/site/changeLog'

import { draftMessage } from '../helpers/messages'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The content version every server process follows: which saves record a change, what each change names, and
// how a process reads the changes since it last looked. Real Payload on a real SQLite file.

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.close()
})

let cursor: ChangeCursor
const feed = () => contentFeed(t.payload)

beforeEach(async () => {
  cursor = await feed().start()
})

/** What was recorded since the test began, and moves the cursor on. */
async function changesSince(): Promise<{ tags: string[] | 'everything' | undefined; rows: number }> {
  const read = await feed().since(cursor)
  cursor = read.cursor
  return { tags: read.change === undefined || read.change === 'everything' ? read.change : [...read.change].sort(), rows: read.rows }
}

async function newTheme(slug: string) {
  return t.payload.create({ collection: 'themes', data: { title: slug, slug, summary: 'A theme for this test.' } })
}

describe('what a save records', () => {
  it('names a changed service and the lists of services', async () => {
    const service = await t.payload.create({
      collection: 'services',
      data: {
        name: 'Test helpline',
        slug: 'test-helpline',
        summary: 'A service for this test.',
        supports: ['perinatal-mental-health'],
        needLevels: ['getting-help'],
        districts: ['thanet'],
        sector: 'nhs',
        cost: 'free',
        delivery: ['phone'],
        contact: { howToContact: 'Ask your midwife.' },
      },
    })
    await changesSince()
    await t.payload.update({ collection: 'services', id: service.id, data: { summary: 'A service for this test, changed.' } })
    expect(await changesSince()).toEqual({ tags: [`services:${service.id}`, 'services'].sort(), rows: 1 })
  })

  it('records nothing for drafts nobody outside the team has seen, nor for a draft save of a live message', async () => {
    const draft = await draftMessage(t.payload, 'change-draft')
    await t.payload.update({ collection: 'messages', id: draft.id, draft: true, data: { keyMessage: 'Being very tired makes low mood worse. Support helps.' } })
    expect(await changesSince()).toEqual({ tags: undefined, rows: 0 })

    await walkMessageTo(t.payload, draft.id, 'published')
    expect((await changesSince()).tags).toContain(`messages:${draft.id}`)

    // A draft save writes a new version only: the live page is unchanged, so nothing is refreshed.
    await t.payload.update({ collection: 'messages', id: draft.id, draft: true, data: { keyMessage: 'New words for review.' } })
    expect(await changesSince()).toEqual({ tags: undefined, rows: 0 })
  })

  it('names a published message, the message lists, its themes and the page for dads when it is for them', async () => {
    const [sleep, partners] = [await newTheme('change-sleep'), await newTheme('change-partners')]
    const draft = await draftMessage(t.payload, 'change-dads', { themes: [sleep.id, partners.id], audiences: ['dads-and-co-parents'] })
    await changesSince()
    await walkMessageTo(t.payload, draft.id, 'published')
    const { tags } = await changesSince()
    expect(tags).toEqual(expect.arrayContaining([`messages:${draft.id}`, 'messages', `messages@theme:${sleep.id}`, `messages@theme:${partners.id}`, 'messages@dads']))
    // Materials are withdrawn and queued on publication: they are changes of their own, to the library.
    expect((tags as string[]).filter((tag) => !tag.startsWith('messages') && !tag.startsWith('materials'))).toEqual([])
  })

  it('records a message coming down, so every page that showed it is refreshed', async () => {
    const draft = await draftMessage(t.payload, 'change-archived')
    await walkMessageTo(t.payload, draft.id, 'published')
    await changesSince()
    await t.payload.update({ collection: 'messages', id: draft.id, data: { workflow: { state: 'archived', note: 'Replaced.' } }, context: { system: true } })
    expect((await changesSince()).tags).toContain(`messages:${draft.id}`)
  })

  it('names the campaign settings when they change', async () => {
    await t.payload.updateGlobal({ slug: 'campaign-settings', data: { tagline: 'Changed for this test.' } })
    expect(await changesSince()).toEqual({ tags: ['campaign-settings'], rows: 1 })
  })

  it('records nothing while seeding, which starts with nothing cached', async () => {
    const draft = await draftMessage(t.payload, 'change-seeded')
    await walkMessageTo(t.payload, draft.id, 'published', { context: { disableRevalidate: true } })
    expect(await changesSince()).toEqual({ tags: undefined, rows: 0 })
  })
})

describe('reading the changes since a process last looked', () => {
  it('folds several changes into one set of tags and reads each once', async () => {
    const theme = await newTheme('change-fold')
    await t.payload.update({ collection: 'themes', id: theme.id, data: { summary: 'Changed once.' } })
    await t.payload.update({ collection: 'themes', id: theme.id, data: { summary: 'Changed twice.' } })
    expect(await changesSince()).toEqual({ tags: [`themes:${theme.id}`, 'themes'].sort(), rows: 3 })
    expect(await changesSince()).toEqual({ tags: undefined, rows: 0 })
  })

  // SQLite reads by id (ids come in commit order); MongoDB ids do not, so it reads a recent window instead
  // (the last test here), where falling behind cannot be told apart and the newest row need not stay.
  const bySqliteId = () => t.payload.db.name === 'sqlite'

  it('tells a process that fell behind the kept changes, or whose changes were emptied, to refresh everything (SQLite)', async () => {
    if (!bySqliteId()) return expect(contentFeed(t.payload)).toMatchObject({ watch: expect.any(Function) })
    const theme = await newTheme('change-behind')
    const behind = cursor
    for (const summary of ['One.', 'Two.', 'Three.']) await t.payload.update({ collection: 'themes', id: theme.id, data: { summary } })
    // Rows this process never read are gone (as pruning does after ten minutes): it cannot know what changed.
    const { docs } = await t.payload.find({ collection: 'site-changes', sort: 'id', limit: 2, overrideAccess: true, where: { id: { greater_than: (behind as { lastId: number }).lastId } } })
    await t.payload.delete({ collection: 'site-changes', where: { id: { in: docs.map((doc) => doc.id) } }, overrideAccess: true })
    expect((await feed().since(behind)).change).toBe('everything')

    await t.payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })
    expect((await feed().since(cursor)).change).toBe('everything')
  })

  it('prunes old changes but keeps the newest, so ids only grow (SQLite)', async () => {
    if (!bySqliteId()) return expect(contentFeed(t.payload)).toMatchObject({ watch: expect.any(Function) })
    const theme = await newTheme('change-prune')
    await t.payload.update({ collection: 'themes', id: theme.id, data: { summary: 'Pruned soon.' } })
    const old = new Date(Date.now() - 60 * 60 * 1000).toISOString()
    await t.payload.db.updateMany({ collection: 'site-changes', where: { id: { exists: true } }, data: { createdAt: old } })
    const newest = (await t.payload.find({ collection: 'site-changes', sort: '-id', limit: 1, overrideAccess: true })).docs[0]
    await feed().prune()
    const left = await t.payload.find({ collection: 'site-changes', limit: 10, overrideAccess: true })
    expect(left.docs.map((doc) => doc.id)).toEqual([newest.id])
    await t.payload.update({ collection: 'themes', id: theme.id, data: { summary: 'After the prune.' } })
    const next = (await t.payload.find({ collection: 'site-changes', sort: '-id', limit: 1, overrideAccess: true })).docs[0]
    expect(next.id).toBeGreaterThan(newest.id)
  })

  it("reads by a recent window, as on MongoDB, applying each change once", async () => {
    const windowed = contentFeed(t.payload, 'by-window')
    let at = await windowed.start()
    const theme = await newTheme('change-window')
    const first = await windowed.since(at)
    at = first.cursor
    expect(first.change).toEqual(expect.arrayContaining([`themes:${theme.id}`, 'themes']))
    expect(first.rows).toBe(1)
    expect((await windowed.since(at)).change).toBeUndefined()
    await t.payload.update({ collection: 'themes', id: theme.id, data: { summary: 'Seen once.' } })
    expect((await windowed.since(at)).rows).toBe(1)
  })
})
