import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { addDays, londonDay, londonInstant } from '@/calendar/time'
import { whatNeedsMe, type Need } from '@/home/needsMe'
import { weekAhead } from '@/home/weekAhead'
import { richTextFromParagraphs } from '@/domain/richText'
import type { Message, User } from '@/payload-types'

import { draftMessage } from '../helpers/messages'
import { createPeople, type People } from '../helpers/people'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The data behind the campaign home, on a real Payload with seeded content: what each role is asked to do,
// and why; and the two weeks ahead from the calendar's own data.

let t: TestPayload
let people: People
const messages: Record<string, Message> = {}
const system = { system: true }
const as = (user: User) => ({ user, overrideAccess: false })

const titlesOf = (needs: Need[], kind?: Need['kind']) => needs.filter((need) => !kind || need.kind === kind).map((need) => need.title)
const needsOf = (who: keyof People) => whatNeedsMe(t.payload, people[who] as never)

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  const write = (slug: string, title: string, changes: Partial<Message> & { paragraphs?: string[] } = {}) =>
    t.payload.create({
      collection: 'messages',
      draft: true,
      depth: 0,
      ...as(people.editor),
      data: { ...draftShape(slug, title, changes.paragraphs), ...changes, paragraphs: undefined } as Message,
    })

  // Written by the editor, waiting for review.
  messages.byEditor = await write('waiting-for-review', 'Waiting for review')
  await t.payload.update({ collection: 'messages', id: messages.byEditor.id, draft: true, ...as(people.editor), data: { workflow: { state: 'in_review' } } })

  // The first reviewer changed its words before it went to review, so they cannot approve it.
  messages.reviewerWrote = await write('reviewer-helped-write', 'Reviewer helped write this')
  await t.payload.update({ collection: 'messages', id: messages.reviewerWrote.id, draft: true, ...as(people.reviewer), data: { keyMessage: 'Talking helps, and help is near.' } })
  await t.payload.update({ collection: 'messages', id: messages.reviewerWrote.id, draft: true, ...as(people.editor), data: { workflow: { state: 'in_review' } } })

  // In review, with warnings no reviewer has justified, and the second reviewer asked by name.
  messages.withWarnings = await write('warnings-waiting', 'Warnings waiting', { paragraphs: ['Some new mums suffer from anxiety.'] })
  await t.payload.update({
    collection: 'messages',
    id: messages.withWarnings.id,
    draft: true,
    ...as(people.editor),
    data: { reviewer: people.reviewer2.id, workflow: { state: 'in_review' } },
  })

  // About suicide: only a clinical or safeguarding reviewer is asked.
  messages.sensitive = await write('sensitive-in-review', 'Sensitive in review', { topicFlags: ['suicide-or-self-harm'] } as Partial<Message>)
  await walkMessageTo(t.payload, messages.sensitive.id, 'in_review')

  // Approved and waiting for a publisher.
  messages.approved = await write('approved-waiting', 'Approved and waiting')
  await walkMessageTo(t.payload, messages.approved.id, 'approved')

  // Published, owned by the editor, due for review in five days; another due in a year.
  messages.reviewSoon = await write('review-soon', 'Review soon', { reviewBy: new Date(Date.now() + 5 * 86_400_000).toISOString() })
  await walkMessageTo(t.payload, messages.reviewSoon.id, 'published')
  messages.reviewLater = await write('review-later', 'Review next year', { reviewBy: new Date(Date.now() + 365 * 86_400_000).toISOString() })
  // Owned by the second editor, overdue.
  messages.overdue = await t.payload.create({
    collection: 'messages',
    draft: true,
    depth: 0,
    ...as(people.editor2),
    data: { ...draftShape('overdue-review', 'Overdue review'), reviewBy: new Date(Date.now() - 86_400_000).toISOString() } as Message,
  })

  // A Polish translation, then the English changed under it.
  messages.translated = await write('translated-then-changed', 'Translated then changed')
  await t.payload.update({
    collection: 'messages',
    id: messages.translated.id,
    draft: true,
    locale: 'pl',
    ...as(people.editor),
    data: { title: 'Przetłumaczone', keyMessage: 'Pomoc jest blisko.', body: messages.translated.body } as Partial<Message>,
  })
  await t.payload.update({ collection: 'messages', id: messages.translated.id, draft: true, ...as(people.editor), data: { keyMessage: 'New English words after the translation.' } })

  // Archived: nothing about it needs anyone.
  messages.archived = await write('archived-one', 'Archived one', { reviewBy: new Date(Date.now() - 86_400_000).toISOString() })
  await walkMessageTo(t.payload, messages.archived.id, 'archived')

  // A post due for a person to post, a send with failures, a webhook that gave up.
  await t.payload.create({
    collection: 'social-posts',
    data: { message: messages.reviewSoon.id, platform: 'instagram', status: 'due', scheduledAt: new Date(Date.now() - 600_000).toISOString(), text: 'Talk to someone today.' } as never,
    context: system,
  })
  const list = await t.payload.create({ collection: 'mailing-lists', data: { name: 'Parents', slug: 'parents', description: 'Updates.', audience: 'parents' } as never })
  await t.payload.create({
    collection: 'email-campaigns',
    data: {
      title: 'Week 3 email',
      template: 'partner-digest',
      lists: [list.id],
      locale: 'all',
      status: 'sent',
      progress: { startedAt: new Date(Date.now() - 7_200_000).toISOString(), finishedAt: new Date(Date.now() - 3_600_000).toISOString(), failed: 3, sent: 40 },
    } as never,
    context: system,
  })
  await t.payload.create({
    collection: 'webhook-deliveries',
    data: { deliveryId: 'delivery-1', event: 'post.due', status: 'failed', body: '{}', lastError: 'The receiver answered 500' } as never,
    context: system,
  })

  // Scheduled to go live in two days: on the home's week ahead.
  messages.scheduled = await write('scheduled-soon', 'Scheduled soon')
  await walkMessageTo(t.payload, messages.scheduled.id, 'scheduled', { publishAt: new Date(Date.now() + 2 * 86_400_000) })
  await t.payload.create({ collection: 'awareness-dates', data: { name: 'Home test awareness day', date: londonDay(new Date(Date.now() + 3 * 86_400_000)) } as never })
}, 240_000)

afterAll(async () => {
  await t?.close()
})

function draftShape(slug: string, title: string, paragraphs = ['You can talk about how you feel.']) {
  return { title, slug, keyMessage: 'Feelings after a baby are common, and help is there.', body: richTextFromParagraphs(paragraphs), audiences: ['all-parents'] }
}

describe('what needs a reviewer', () => {
  it('lists messages in review they may approve, never one they wrote or changed, and says why', async () => {
    const needs = await needsOf('reviewer')
    const toReview = titlesOf(needs, 'review')
    expect(toReview).toContain('Waiting for review')
    expect(toReview).toContain('Warnings waiting')
    expect(toReview).not.toContain('Reviewer helped write this')
    // Not a clinical or safeguarding reviewer.
    expect(toReview).not.toContain('Sensitive in review')
    expect(needs.find((need) => need.title === 'Waiting for review')).toMatchObject({
      why: 'Waiting for a reviewer, and you did not write it.',
      href: `/admin/collections/messages/${messages.byEditor.id}`,
    })
    expect(titlesOf(needs, 'publish')).toEqual([])
    expect(titlesOf(needs, 'translation')).toEqual([])
    expect(titlesOf(needs, 'webhook')).toEqual([])
  })

  it('gives the other reviewer the message a colleague changed, and names who was asked', async () => {
    const needs = await needsOf('reviewer2')
    expect(titlesOf(needs, 'review')).toContain('Reviewer helped write this')
    const asked = needs.find((need) => need.kind === 'review' && need.title === 'Warnings waiting')!
    expect(asked).toMatchObject({ why: 'You were asked to review it.', urgent: true })
  })

  it('lists warnings waiting for a justification, linking to the checks', async () => {
    const warnings = (await needsOf('reviewer')).filter((need) => need.kind === 'warnings')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ title: 'Warnings waiting', href: `/admin/collections/messages/${messages.withWarnings.id}#content-checks` })
    expect(warnings[0].why).toMatch(/^2 content-check warnings wait for a reviewer's justification/)
  })

  it('asks a clinical reviewer about a message on suicide or self-harm', async () => {
    const clinical = await t.payload.update({ collection: 'users', id: people.reviewer2.id, data: { reviewerFor: ['clinical'] } as never })
    const needs = await whatNeedsMe(t.payload, clinical as never)
    expect(titlesOf(needs, 'review')).toContain('Sensitive in review')
    await t.payload.update({ collection: 'users', id: people.reviewer2.id, data: { reviewerFor: [] } as never })
  })
})

describe('what needs an editor', () => {
  it('lists their own review dates coming up and stale translations, not their colleague\'s dates', async () => {
    const needs = await needsOf('editor')
    expect(titlesOf(needs, 'review-date')).toEqual(['Review soon'])
    expect(needs.find((need) => need.kind === 'review-date')!.why).toMatch(/^You own it, and it is due for review by /)
    const translation = needs.find((need) => need.kind === 'translation')!
    expect(translation).toMatchObject({ title: 'Translated then changed', href: `/admin/collections/messages/${messages.translated.id}` })
    expect(translation.why).toBe('You own it. The Polski translation was made from older English words: update it to match.')
    expect(titlesOf(needs, 'post')).toEqual(['Instagram: Talk to someone today.'])
    // Not theirs to do: reviewing, publishing, failed sends, webhooks; and nothing about an archived message.
    for (const kind of ['review', 'warnings', 'publish', 'email', 'webhook'] as const) expect(titlesOf(needs, kind)).toEqual([])
    expect(titlesOf(needs)).not.toContain('Archived one')
  })

  it('puts an overdue review date first for its owner', async () => {
    const needs = await needsOf('editor2')
    expect(needs[0]).toMatchObject({ kind: 'review-date', title: 'Overdue review', urgent: true })
    expect(needs[0].why).toMatch(/has passed/)
  })
})

describe('what needs a publisher and an admin', () => {
  it('gives a publisher approved messages to publish, due posts and failed sends, but not webhooks or reviews', async () => {
    const needs = await needsOf('publisher')
    expect(titlesOf(needs, 'publish')).toEqual(['Approved and waiting'])
    expect(needs.find((need) => need.kind === 'publish')!.href).toBe(`/admin/collections/messages/${messages.approved.id}`)
    expect(titlesOf(needs, 'email')).toEqual(['Week 3 email'])
    expect(needs.find((need) => need.kind === 'email')!.why).toMatch(/^3 emails in this send could not be delivered/)
    expect(titlesOf(needs, 'post')).toHaveLength(1)
    expect(titlesOf(needs, 'webhook')).toEqual([])
    expect(titlesOf(needs, 'review')).toEqual([])
  })

  it('gives an admin failed webhook deliveries, with the reason', async () => {
    const needs = await needsOf('admin')
    const webhook = needs.find((need) => need.kind === 'webhook')!
    expect(webhook.title).toBe('Webhook "post.due" was not delivered')
    expect(webhook.why).toMatch(/^The receiver answered 500\. Only admins can send it again/)
    expect(webhook.href).toMatch(/^\/admin\/collections\/webhook-deliveries\/\d+$/)
    expect(titlesOf(needs, 'publish')).toEqual(['Approved and waiting'])
  })

  it('gives a partner nothing', async () => {
    expect(await needsOf('partner')).toEqual([])
  })
})

describe('this week and next', () => {
  it('shows what goes live and the awareness dates from the calendar, split at Monday', async () => {
    const weeks = await weekAhead(t.payload)
    expect(weeks.map((week) => week.label)).toEqual(['This week', 'Next week'])
    const monday = weeks[0].from
    expect(new Date(`${monday}T12:00:00Z`).getUTCDay()).toBe(1)
    expect(weeks[1].from).toBe(addDays(monday, 7))
    const all = weeks.flatMap((week) => week.items)
    const scheduled = all.find((item) => item.title === 'Scheduled soon')!
    expect(scheduled).toMatchObject({ kind: 'message', status: 'scheduled', href: `/admin/collections/messages/${messages.scheduled.id}` })
    // It sits in the week its day falls in.
    const day = londonDay(new Date(scheduled.start))
    const week = weeks.find((candidate) => candidate.items.includes(scheduled))!
    expect(day >= week.from && day <= week.to).toBe(true)
    expect(all.some((item) => item.kind === 'moment' && item.title === 'Home test awareness day')).toBe(true)
  })

  it('leaves out what is beyond next week', async () => {
    const later = await draftMessage(t.payload, 'much-later')
    await walkMessageTo(t.payload, later.id, 'scheduled', { publishAt: londonInstant(addDays(londonDay(new Date()), 20), 9) })
    const titles = (await weekAhead(t.payload)).flatMap((week) => week.items.map((item) => item.title))
    expect(titles).not.toContain('Much later')
  })
})
