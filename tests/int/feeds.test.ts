import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readFeedData } from '@/app/feeds/read'
import { walkMessageTo } from '@/collections/Messages/walk'
import { richTextFromParagraphs } from '@/domain/richText'
import { type FeedData, selectFeedItems } from '@/feeds/model'
import type { Message, Service } from '@/payload-types'
import type { WorkflowState } from '@/workflow/states'

import { draftMessage } from '../helpers/messages'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The feeds' data, read from a real Payload as an anonymous visitor: only published, in-date messages, and in
// another language only those translated in full.

let t: TestPayload
const themeIds: Record<string, number> = {}
const serviceIds: Record<string, number> = {}

const service = (name: string, verified: boolean) =>
  ({
    name,
    summary: 'Support for parents.',
    supports: ['perinatal-mental-health'],
    needLevels: ['getting-help'],
    districts: ['thanet'],
    sector: 'nhs',
    delivery: ['phone'],
    contact: { howToContact: 'Phone them.', phone: name === 'Checked line' ? '0300 111 2222' : '0300 999 8888' },
    ...(verified ? { verifiedAt: new Date().toISOString() } : {}),
  }) as unknown as Service

async function messageAt(slug: string, state: WorkflowState, changes: Partial<Message> = {}): Promise<Message> {
  const draft = await draftMessage(t.payload, slug, { themes: [themeIds.feelings], ...changes })
  await walkMessageTo(t.payload, draft.id, state)
  return draft
}

beforeAll(async () => {
  t = await startTestPayload()
  for (const slug of ['feelings', 'dads', 'quiet']) {
    const theme = await t.payload.create({ collection: 'themes', data: { title: `Theme ${slug}`, slug, summary: `About ${slug}.` } })
    themeIds[slug] = theme.id
  }
  await t.payload.update({ collection: 'themes', id: themeIds.feelings, locale: 'pl', data: { title: 'Uczucia', summary: 'O uczuciach.' } })
  serviceIds.checked = (await t.payload.create({ collection: 'services', data: service('Checked line', true) })).id
  serviceIds.unchecked = (await t.payload.create({ collection: 'services', data: service('Unchecked line', false) })).id

  await messageAt('live-feelings', 'published', {
    signposts: [
      { service: serviceIds.unchecked, urgency: 'non-urgent', when: 'Contact them if: you feel low most days.' },
      { service: serviceIds.checked, urgency: 'urgent', when: 'Get help today if: you cannot sleep even when the baby sleeps.' },
    ],
  })
  await messageAt('live-dads', 'published', { themes: [themeIds.dads] })
  for (const state of ['draft', 'in_review', 'approved', 'scheduled', 'expired', 'archived'] as const) await messageAt(`state-${state}`, state)

  // Live, then its review date passed: visitors' access hides it even before the expiry job runs.
  const overdue = await messageAt('past-review-date', 'published')
  // Time passing, not an edit (a live message's words and dates change only through review): written directly.
  await t.payload.db.updateOne({ collection: 'messages', id: overdue.id, data: { reviewBy: new Date(Date.now() - 60_000).toISOString() }, returning: false })

  // Polish: one translated in full, one only in part.
  const polish = await draftMessage(t.payload, 'translated-in-full', { themes: [themeIds.feelings] })
  await t.payload.update({
    collection: 'messages',
    id: polish.id,
    locale: 'pl',
    draft: true,
    data: { title: 'Uczucia po porodzie są częste', keyMessage: 'Wielu rodziców tak ma. Pomoc jest dostępna.', body: richTextFromParagraphs(['Możesz o tym porozmawiać.']) },
  })
  await walkMessageTo(t.payload, polish.id, 'published')
  const partial = await draftMessage(t.payload, 'translated-in-part', { themes: [themeIds.feelings] })
  await t.payload.update({ collection: 'messages', id: partial.id, locale: 'pl', draft: true, data: { title: 'Tylko tytuł' } })
  await walkMessageTo(t.payload, partial.id, 'published')
})
afterAll(async () => t?.close())

const slugs = (data: FeedData, theme?: string) => selectFeedItems(data.messages, { theme, now: new Date() }).map((item) => item.slug).sort()

describe('the English feeds', () => {
  it('carry published, in-date messages only: never a draft, one in review, approved, scheduled, expired, archived or past its review date', async () => {
    const data = await readFeedData(t.payload, 'en')
    expect(slugs(data)).toEqual(['live-dads', 'live-feelings', 'translated-in-full', 'translated-in-part'])
    expect(data.campaignName).toBe('Nurturing Little Hearts and Minds')
    expect(data.themes.map((theme) => theme.slug).sort()).toEqual(['dads', 'feelings', 'quiet'])
  })

  it('narrow to a theme, and a theme with no messages gives no items', async () => {
    const data = await readFeedData(t.payload, 'en')
    expect(slugs(data, 'dads')).toEqual(['live-dads'])
    expect(slugs(data, 'quiet')).toEqual([])
  })

  it('give each message its words, themes, care cards and dates, with a phone number only once checked', async () => {
    const data = await readFeedData(t.payload, 'en')
    const item = data.messages.find((message) => message.slug === 'live-feelings')!
    expect(item).toMatchObject({ title: 'Live feelings', keyMessage: 'Feelings after a baby are common, and help is there.' })
    expect(item.themes).toEqual([{ slug: 'feelings', title: 'Theme feelings', summary: 'About feelings.' }])
    expect(item.signposts).toEqual([
      { urgency: 'non-urgent', service: 'Unchecked line', when: 'Contact them if: you feel low most days.', phone: undefined },
      { urgency: 'urgent', service: 'Checked line', when: 'Get help today if: you cannot sleep even when the baby sleeps.', phone: '0300 111 2222' },
    ])
    // Went live when approved, which is no later than its last live save.
    expect(Date.parse(item.published)).toBeLessThanOrEqual(Date.parse(item.updated))
    // Nothing the team keeps to itself reaches the feed data.
    expect(JSON.stringify(data)).not.toMatch(/translationStatus|approvedBy|wordingPrint|owner/)
  })
})

describe('a feed in another language', () => {
  it('carries only messages translated in full, in that language', async () => {
    const data = await readFeedData(t.payload, 'pl')
    expect(slugs(data)).toEqual(['translated-in-full'])
    const [item] = data.messages
    expect(item.title).toBe('Uczucia po porodzie są częste')
    expect(item.keyMessage).toBe('Wielu rodziców tak ma. Pomoc jest dostępna.')
    expect(item.themes[0].title).toBe('Uczucia')
    expect(data.description).toContain('Kent')
  })

  it('is a valid, empty feed where nothing is translated yet', async () => {
    const data = await readFeedData(t.payload, 'ro')
    expect(data.messages).toEqual([])
    expect(data.themes).toHaveLength(3)
  })
})
