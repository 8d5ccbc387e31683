import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '@/domain/richText'
import { runPublishingSchedule } from '@/jobs/publishingSchedule'
import type { Message, User } from '@/payload-types'

import { createPeople, type People } from '../helpers/people'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let people: People

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
})
afterAll(async () => t?.close())

const as = (user: User) => ({ overrideAccess: false, user })
let counter = 0

async function newDraft(author: User, extra: Partial<Message> = {}): Promise<Message> {
  counter += 1
  return t.payload.create({
    collection: 'messages',
    draft: true,
    depth: 0,
    ...as(author),
    data: {
      title: `Scary thoughts are common ${counter}`,
      keyMessage: 'Unwanted thoughts are common for new parents, and they are not your fault.',
      body: richTextFromParagraphs(['Many parents have sudden thoughts they do not want.', 'You can talk about them.']),
      audiences: ['all-parents'],
      owner: author.id,
      ...extra,
    } as Message,
  })
}

/** A save through the workflow: a draft save unless `publish` (a full save, as the Publish button does). */
function move(user: User, id: number, data: Record<string, unknown>, { publish = false, locale }: { publish?: boolean; locale?: 'en' | 'pl' } = {}) {
  return t.payload.update({
    collection: 'messages',
    id,
    draft: !publish,
    depth: 0,
    locale,
    data: (publish ? { _status: 'published', ...data } : data) as Partial<Message>,
    ...as(user),
  })
}

const refusal = (field: string, message: RegExp) => ({
  status: 400,
  data: { errors: [expect.objectContaining({ path: field, message: expect.stringMatching(message) })] },
})

async function history(id: number) {
  const { docs } = await t.payload.find({ collection: 'audit-trail', where: { message: { equals: id } }, sort: 'at', limit: 50, depth: 0 })
  return docs
}

const visibleToVisitors = async (id: number) =>
  (await t.payload.find({ collection: 'messages', overrideAccess: false, where: { id: { equals: id } } })).docs[0]

async function approved(extra: Partial<Message> = {}): Promise<Message> {
  const draft = await newDraft(people.editor, extra)
  await move(people.editor, draft.id, { workflow: { state: 'in_review' } })
  return move(people.reviewer, draft.id, { workflow: { state: 'approved' } })
}

describe('from draft to review to approval', () => {
  it('records who created the draft and who sent it for review, with derived renditions for every channel', async () => {
    const draft = await newDraft(people.editor)
    expect(draft.workflow?.state).toBe('draft')
    expect(draft.renditions?.poster?.headline).toBe(draft.title)
    expect(draft.renditions?.social?.map((post) => post.platform)).toContain('bluesky')
    const inReview = await move(people.editor, draft.id, { workflow: { state: 'in_review' } })
    expect(inReview.workflow?.state).toBe('in_review')
    const entries = await history(draft.id)
    expect(entries.map((entry) => [entry.event, entry.by])).toEqual([
      ['Created as draft', people.editor.id],
      ['Draft → In review', people.editor.id],
    ])
  })

  it('lets only reviewers approve', async () => {
    const draft = await newDraft(people.editor)
    await move(people.editor, draft.id, { workflow: { state: 'in_review' } })
    for (const user of [people.editor2, people.publisher, people.admin]) {
      await expect(move(user, draft.id, { workflow: { state: 'approved' } })).rejects.toMatchObject(
        refusal('workflow.state', /Only reviewers can move a message from "In review" to "Approved"/),
      )
    }
  })

  it('never lets a reviewer approve their own work: as owner, or after changing the words', async () => {
    // A message belongs to whoever made it; only the server itself (as here) names another owner.
    const owned = await t.payload.create({
      collection: 'messages',
      draft: true,
      depth: 0,
      data: { title: 'Owned by a reviewer', keyMessage: 'Help is there.', body: richTextFromParagraphs(['Help is there.']), audiences: ['all-parents'], owner: people.reviewer.id } as Message,
    })
    expect(owned.owner).toBe(people.reviewer.id)
    await move(people.editor, owned.id, { workflow: { state: 'in_review' } })
    await expect(move(people.reviewer, owned.id, { workflow: { state: 'approved' } })).rejects.toMatchObject(
      refusal('workflow.state', /You wrote or own this message/),
    )

    const draft = await newDraft(people.editor)
    await move(people.editor, draft.id, { workflow: { state: 'in_review' } })
    await move(people.reviewer2, draft.id, { keyMessage: 'Unwanted, scary thoughts are common and not your fault.' })
    await expect(move(people.reviewer2, draft.id, { workflow: { state: 'approved' } })).rejects.toMatchObject(
      refusal('workflow.state', /You wrote or own this message/),
    )
    const ok = await move(people.reviewer, draft.id, { workflow: { state: 'approved' } })
    expect(ok.workflow?.state).toBe('approved')
  })

  it('needs a clinical or safeguarding reviewer for a message about suicide or self-harm', async () => {
    const draft = await newDraft(people.editor, { topicFlags: ['suicide-or-self-harm'] })
    await move(people.editor, draft.id, { workflow: { state: 'in_review' } })
    await expect(move(people.reviewer2, draft.id, { workflow: { state: 'approved' } })).rejects.toMatchObject(
      refusal('workflow.state', /clinical or safeguarding reviewer/),
    )
  })

  it('needs comments to return a message, and keeps them in the audit trail', async () => {
    const draft = await newDraft(people.editor)
    await move(people.editor, draft.id, { workflow: { state: 'in_review' } })
    await expect(move(people.reviewer, draft.id, { workflow: { state: 'draft' } })).rejects.toMatchObject(
      refusal('workflow.note', /Say what needs to change/),
    )
    const returned = await move(people.reviewer, draft.id, {
      workflow: { state: 'draft', note: 'Please name the helpline in the second paragraph.' },
    })
    expect(returned.workflow?.state).toBe('draft')
    expect(returned.workflow?.note).toBeNull()
    const last = (await history(draft.id)).at(-1)
    expect(last).toMatchObject({ event: 'In review → Draft', by: people.reviewer.id, note: 'Please name the helpline in the second paragraph.' })
  })

  it('records who approved, when, and exactly which wording', async () => {
    const message = await approved()
    expect(message.workflow).toMatchObject({ state: 'approved', approvedBy: people.reviewer.id })
    expect(message.workflow?.approvedVersion).toMatch(/^[0-9a-f]{16}$/)
    const last = (await history(message.id)).at(-1)
    expect(last).toMatchObject({ event: 'In review → Approved', version: message.workflow?.approvedVersion })
  })
})

describe('changing approved words', () => {
  const written = {
    renditions: {
      webSummary: 'Scary thoughts are common. You can talk about them.',
      poster: { headline: 'Scary thoughts?', strapline: 'They are common. Talk to your health visitor.' },
    },
  }

  it('sends the message back to review, clears the approval and marks renditions a person wrote stale', async () => {
    const message = await approved(written)
    const edited = await move(people.editor, message.id, { keyMessage: 'Scary, unwanted thoughts are common. They are not your fault.' })
    expect(edited.workflow).toMatchObject({ state: 'in_review', approvedBy: null, approvedVersion: null })
    expect(edited.renditions?.stale).toEqual(expect.arrayContaining(['webSummary', 'poster']))
    expect((await history(message.id)).at(-1)).toMatchObject({ event: 'Sent back to review after an edit', from: 'approved', to: 'in_review' })
  })

  it('re-derives renditions nobody wrote by hand, so they follow the new words', async () => {
    const message = await approved(written)
    const newWords = 'Unwanted thoughts are very common for new parents.'
    const edited = await move(people.editor, message.id, { keyMessage: newWords })
    expect(edited.renditions?.stale).not.toContain('social')
    expect(edited.renditions?.social?.[0]?.text).toBe(newWords)
    expect(edited.renditions?.webSummary).toBe(written.renditions.webSummary)
  })

  it('clears a stale mark when the rendition is rewritten or confirmed', async () => {
    const message = await approved(written)
    const edited = await move(people.editor, message.id, { title: 'Unwanted thoughts are common' })
    expect(edited.renditions?.stale).toEqual(expect.arrayContaining(['poster', 'webSummary']))
    const rewritten = await move(people.editor, message.id, {
      renditions: { ...edited.renditions, poster: { headline: 'Unwanted thoughts are common', strapline: 'You can talk about them.' } },
    })
    expect(rewritten.renditions?.stale).not.toContain('poster')
    expect(rewritten.renditions?.stale).toContain('webSummary')
    const confirmed = await move(people.editor, message.id, { renditions: { ...rewritten.renditions, confirmCurrent: true } })
    expect(confirmed.renditions?.stale ?? []).toEqual([])
  })

  it('does not count a change readers never see, such as who is asked to review, as a change of words', async () => {
    const message = await approved()
    const reassigned = await move(people.editor, message.id, { reviewer: people.reviewer2.id })
    expect(reassigned.workflow?.state).toBe('approved')
  })

  it('counts a change of where it is shown (its audiences or themes) as a change to review', async () => {
    const message = await approved()
    const retagged = await move(people.editor, message.id, { audiences: ['all-parents', 'dads-and-co-parents'] })
    expect(retagged.workflow?.state).toBe('in_review')
  })
})

describe('publishing', () => {
  it('refuses to publish anything not approved, and lets only publishers publish', async () => {
    const draft = await newDraft(people.editor)
    await expect(move(people.publisher, draft.id, { workflow: { state: 'published' } }, { publish: true })).rejects.toMatchObject(
      refusal('workflow.state', /cannot move from "Draft" to "Published"/),
    )
    await move(people.editor, draft.id, { workflow: { state: 'in_review' } })
    await expect(move(people.publisher, draft.id, {}, { publish: true })).rejects.toMatchObject(refusal('workflow.state', /./))
    expect(await visibleToVisitors(draft.id)).toBeUndefined()

    const message = await approved()
    await expect(move(people.editor, message.id, {}, { publish: true })).rejects.toMatchObject(
      refusal('workflow.state', /Only admins or publishers can move a message from "Approved" to "Published"/),
    )
    const live = await move(people.publisher, message.id, {}, { publish: true })
    expect(live.workflow?.state).toBe('published')
    expect((await visibleToVisitors(message.id))?.keyMessage).toBe(message.keyMessage)
  })

  it('keeps the live words on the site while an edit waits for review', async () => {
    const message = await approved()
    await move(people.publisher, message.id, {}, { publish: true })
    await expect(move(people.editor, message.id, { keyMessage: 'New words, not yet reviewed.' }, { publish: true })).rejects.toMatchObject(
      refusal('workflow.state', /./),
    )
    const pending = await t.payload.update({
      collection: 'messages',
      id: message.id,
      data: { keyMessage: 'New words, not yet reviewed.' },
      ...as(people.editor),
    }).catch((error: unknown) => error)
    expect(pending).toMatchObject(refusal('workflow.state', /This message is live. Save your changes as a draft/))
    const draft = await move(people.editor, message.id, { keyMessage: 'New words, not yet reviewed.' })
    expect(draft.workflow?.state).toBe('in_review')
    expect((await visibleToVisitors(message.id))?.keyMessage).toBe(message.keyMessage)
  })

  it('refuses a publication time in the past, naming the field', async () => {
    const message = await approved()
    await expect(
      move(people.publisher, message.id, { workflow: { state: 'scheduled', publishAt: new Date(Date.now() - 60_000).toISOString() } }),
    ).rejects.toMatchObject(refusal('workflow.publishAt', /in the past/))
  })

  it('publishes a scheduled message at its time through the jobs queue', async () => {
    const message = await approved()
    const publishAt = new Date(Date.now() + 1500)
    const scheduled = await move(people.publisher, message.id, { workflow: { state: 'scheduled', publishAt: publishAt.toISOString() } })
    expect(scheduled.workflow?.state).toBe('scheduled')
    const queued = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'runPublishingSchedule' } } })
    expect(queued.docs.some((job) => job.waitUntil && new Date(job.waitUntil).getTime() === publishAt.getTime())).toBe(true)

    await t.payload.jobs.run({ queue: 'publishing' })
    expect(await visibleToVisitors(message.id)).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'publishing' })
    expect(await visibleToVisitors(message.id)).toBeDefined()
    expect((await history(message.id)).at(-1)).toMatchObject({ event: 'Scheduled → Published', by: null })
  })
})

describe('the pause switch', () => {
  it('needs a reason, holds due publications, and releases them when lifted', async () => {
    await expect(
      t.payload.updateGlobal({ slug: 'campaign-settings', data: { pause: { active: true } }, ...as(people.publisher) }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'pause.reason' })] } })
    await expect(
      t.payload.updateGlobal({ slug: 'campaign-settings', data: { pause: { active: true, reason: 'x' } }, ...as(people.editor) }),
    ).rejects.toMatchObject({ status: 403 })

    const message = await approved()
    const publishAt = new Date(Date.now() + 1000)
    await move(people.publisher, message.id, { workflow: { state: 'scheduled', publishAt: publishAt.toISOString() } })
    const paused = await t.payload.updateGlobal({
      slug: 'campaign-settings',
      data: { pause: { active: true, reason: 'A major news story about a mother and baby; holding all posts.' } },
      ...as(people.publisher),
    })
    expect(paused.pause).toMatchObject({ active: true, pausedBy: expect.objectContaining({ id: people.publisher.id }) })

    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'publishing' })
    expect(await visibleToVisitors(message.id)).toBeUndefined()
    await expect(move(people.publisher, (await approved()).id, {}, { publish: true })).rejects.toMatchObject(
      refusal('workflow.state', /The campaign is paused/),
    )

    await t.payload.updateGlobal({ slug: 'campaign-settings', data: { pause: { active: false } }, ...as(people.publisher) })
    await t.payload.jobs.run({ queue: 'publishing' })
    expect(await visibleToVisitors(message.id)).toBeDefined()
    const events = (await t.payload.find({ collection: 'audit-trail', where: { message: { exists: false } } })).docs.map((entry) => entry.event)
    expect(events).toEqual(expect.arrayContaining(['Campaign paused', 'Campaign resumed']))
  })
})

describe('review dates', () => {
  it('takes a message off the site once its review date passes, and marks it expired', async () => {
    // Published with its review date already gone (changing the date of a live message would need review again).
    const message = await approved({ reviewBy: new Date(Date.now() - 1000).toISOString() })
    await move(people.publisher, message.id, {}, { publish: true })
    expect(await visibleToVisitors(message.id)).toBeUndefined()
    const listed = await t.payload.findByID({ collection: 'messages', id: message.id, ...as(people.editor) })
    expect(listed.attention).toContain('Review overdue')

    const req = { payload: t.payload, context: {} } as never
    const result = await runPublishingSchedule(req)
    expect(result.expired).toBeGreaterThanOrEqual(1)
    const after = await t.payload.findByID({ collection: 'messages', id: message.id, draft: true, ...as(people.editor) })
    expect(after.workflow?.state).toBe('expired')
    expect(after._status).toBe('draft')
  })
})

describe('translations', () => {
  it('shows which languages are complete, and which went stale when the English changed', async () => {
    const message = await newDraft(people.editor)
    expect(message.translationStatus).toEqual({ pl: 'missing', ro: 'missing' })
    const polish = await move(
      people.editor,
      message.id,
      {
        title: 'Straszne myśli są częste',
        keyMessage: 'Niechciane myśli są częste u młodych rodziców.',
        body: richTextFromParagraphs(['Wielu rodziców ma nagłe, niechciane myśli.']),
      },
      { locale: 'pl' },
    )
    expect(polish.translationStatus).toEqual({ pl: 'complete', ro: 'missing' })
    const english = await move(people.editor, message.id, { keyMessage: 'Unwanted thoughts are very common for new parents.' }, { locale: 'en' })
    expect(english.translationStatus).toEqual({ pl: 'stale', ro: 'missing' })
  })

  it('sends an approved message back to review when a translation changes', async () => {
    const message = await approved()
    const translated = await move(people.editor, message.id, { title: 'Straszne myśli są częste' }, { locale: 'pl' })
    expect(translated.workflow?.state).toBe('in_review')
  })
})

describe('bad input', () => {
  it('refuses a slug another message already uses, and a move that does not exist', async () => {
    const first = await newDraft(people.editor)
    await expect(newDraft(people.editor, { slug: first.slug })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'slug' })] },
    })
    await expect(
      move(people.editor, first.id, { keyMessage: 'Changed in a refused save.', workflow: { state: 'approved' } }),
    ).rejects.toMatchObject(refusal('workflow.state', /cannot move from "Draft" to "Approved"/))
    const unchanged = await t.payload.findByID({ collection: 'messages', id: first.id, draft: true, depth: 0 })
    expect(unchanged.workflow?.state).toBe('draft')
    expect(unchanged.keyMessage).toBe(first.keyMessage)
    expect((await history(first.id)).map((entry) => entry.event)).toEqual(['Created as draft'])
  })
})
