import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { publishDuePosts } from '@/jobs/publishSocialPosts'
import type { Message, SocialPost, User } from '@/payload-types'

import { draftMessage } from '../helpers/messages'
import { refusal } from '../helpers/refusal'
import { createPeople, type People } from '../helpers/people'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Social posts on the real Payload: made from a message, checked against its platform and its approval, and
// handed over at their time.

let t: TestPayload
let people: People
let live: Message

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  live = await draftMessage(t.payload, 'intrusive-thoughts-are-common', {
    title: 'Intrusive thoughts are common',
    renditions: { social: [{ platform: 'bluesky', text: 'Scary thoughts about your baby are common. You can talk about them.', hashtags: ['PerinatalMentalHealth'] }] },
  } as never)
  await walkMessageTo(t.payload, live.id, 'published')
})
afterAll(async () => {
  await t?.close()
})

const soon = (minutes = 60) => new Date(Date.now() + minutes * 60_000).toISOString()
const create = (data: Partial<SocialPost>, user: User = people.editor) =>
  t.payload.create({ collection: 'social-posts', data: { status: 'draft', ...data } as never, user, overrideAccess: false })
const schedule = (id: number, data: Partial<SocialPost> = {}, user: User = people.publisher) =>
  t.payload.update({ collection: 'social-posts', id, data: { status: 'scheduled', ...data }, user, overrideAccess: false })
describe('a social post', () => {
  it("starts from the message's words for the platform, its address with a campaign reference, and its hashtags", async () => {
    const post = await create({ message: live.id, platform: 'bluesky', scheduledAt: soon() })
    expect(post.text).toBe('Scary thoughts about your baby are common. You can talk about them.')
    expect(post.hashtags).toEqual(['PerinatalMentalHealth'])
    expect(post.link).toBe(`${t.payload.config.serverURL}/messages/intrusive-thoughts-are-common?ref=social-bluesky`)
    expect((await schedule(post.id)).status).toBe('scheduled')
  })

  it('cannot be scheduled from an unapproved message, in the past, over length, without alt text, or by an editor', async () => {
    const draft = await draftMessage(t.payload, 'still-in-draft')
    const fromDraft = await create({ message: draft.id, platform: 'x', scheduledAt: soon() })
    expect(await refusal(schedule(fromDraft.id))).toMatch(/not approved/)

    const post = await create({ message: live.id, platform: 'x', scheduledAt: soon() })
    expect(await refusal(schedule(post.id, { scheduledAt: new Date(Date.now() - 3_600_000).toISOString() }))).toMatch(/That time has passed/)
    expect(await refusal(schedule(post.id, { text: 'Talk to someone. '.repeat(20) }))).toMatch(/X posts can be 280 characters/)
    const media = await t.payload.create({
      collection: 'materials',
      data: { title: 'Card', type: 'social-image', accessLevel: 'public', language: 'en', accessibleFormat: 'standard' } as never,
    })
    expect(await refusal(schedule(post.id, { image: media.id, imageAlt: '' }))).toMatch(/alt text/)
    expect(await refusal(schedule(post.id, {}, people.editor))).toMatch(/Only publishers and admins/)
    expect(await refusal(schedule(post.id, { text: 'Some mums are a danger to their baby.' }))).toMatch(/Overstates risk|danger/i)
  })

  it('is held back at its time if the message is no longer approved, and is due for a person otherwise', async () => {
    const message = await draftMessage(t.payload, 'will-change')
    await walkMessageTo(t.payload, message.id, 'published')
    const post = await create({ message: message.id, platform: 'mastodon', scheduledAt: soon(1) })
    await schedule(post.id)
    const other = await create({ message: live.id, platform: 'threads', scheduledAt: soon(1) })
    await schedule(other.id)
    // The message is archived before the post's time.
    await t.payload.update({ collection: 'messages', id: message.id, data: { workflow: { state: 'archived', note: 'Replaced.' } } as never, context: { system: true } })

    const result = await publishDuePosts(t.payload, new Date(Date.now() + 2 * 60_000))
    expect(result.held).toBe(1)
    const held = await t.payload.findByID({ collection: 'social-posts', id: post.id, depth: 0, overrideAccess: true })
    expect(held.status).toBe('draft')
    expect(held.note).toMatch(/no longer approved/)
    const due = await t.payload.findByID({ collection: 'social-posts', id: other.id, depth: 0, overrideAccess: true })
    expect(due.status).toBe('due')
  })

  it('holds everything while the campaign is paused', async () => {
    const post = await create({ message: live.id, platform: 'linkedin', scheduledAt: soon(1) })
    await schedule(post.id)
    await t.payload.updateGlobal({ slug: 'campaign-settings', data: { pause: { active: true, reason: 'A sensitive news story.' } }, user: people.admin })
    expect(await publishDuePosts(t.payload, new Date(Date.now() + 2 * 60_000))).toEqual({ due: 0, handedOver: 0, held: 0 })
    await t.payload.updateGlobal({ slug: 'campaign-settings', data: { pause: { active: false } }, user: people.admin })
    expect((await publishDuePosts(t.payload, new Date(Date.now() + 2 * 60_000))).due).toBeGreaterThan(0)
  })

  it('records who posted it and where, once a person marks it posted', async () => {
    const post = await create({ message: live.id, platform: 'facebook', scheduledAt: soon() })
    const posted = await t.payload.update({
      collection: 'social-posts',
      id: post.id,
      data: { status: 'posted', posted: { url: 'https://www.facebook.com/kentcampaign/posts/1' } },
      user: people.publisher,
      overrideAccess: false,
    })
    expect(posted.posted).toMatchObject({ url: 'https://www.facebook.com/kentcampaign/posts/1', via: 'a person' })
    expect(posted.posted?.at).toBeTruthy()
    expect((posted.posted?.by as { id: number } | number | null) && String(typeof posted.posted?.by === 'object' ? posted.posted?.by?.id : posted.posted?.by)).toBe(String(people.publisher.id))
  })

  it('warns when suicide-topic posts cluster in a week, as safe-messaging guidance asks', async () => {
    const sensitive = await draftMessage(t.payload, 'thoughts-of-suicide', { topicFlags: ['suicide-or-self-harm'] } as never)
    const base = Date.now() + 2 * 86_400_000
    const posts = []
    for (let i = 0; i < 4; i++) {
      const made = await t.payload.create({
        collection: 'social-posts',
        data: { message: sensitive.id, platform: 'bluesky', status: 'scheduled', scheduledAt: new Date(base + i * 86_400_000).toISOString() },
        context: { system: true },
      })
      posts.push(made)
    }
    expect(posts.slice(0, 3).every((post) => !post.safetyWarning)).toBe(true)
    expect(posts[3].safetyWarning).toMatch(/More than 3 posts about suicide or self-harm within seven days/)
  })
})
