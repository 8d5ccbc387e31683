import type { Payload, TaskConfig } from 'payload'

import { withLease } from '@/leases/lease'
import type { Material, Message, SocialPost } from '@/payload-types'
import { publishingAdapters } from '@/publishing/adapters'
import type { OutgoingPost, PublishingAdapter } from '@/social/adapter'
import { fullText } from '@/social/postRules'
import { approvedStates, type WorkflowState } from '@/workflow/states'

import { campaignIsPaused } from './pause'
import { PUBLISHING_QUEUE } from './publishingSchedule'
import { ownRequest } from './task'

/**
 * At its time, each scheduled post goes to the publishing adapters for its platform. A post whose message is
 * no longer approved and current is held back instead (it is set back to draft with a note). While the
 * campaign is paused nothing goes out. With no adapter for a platform, the post becomes "Due" for a person.
 * Each post is claimed with a lease and looked at afresh once claimed, so however many processes run this,
 * a post is handed over once.
 */
export async function publishDuePosts(payload: Payload, now = new Date()): Promise<{ due: number; handedOver: number; held: number }> {
  if (await campaignIsPaused(payload)) return { due: 0, handedOver: 0, held: 0 }
  const { docs } = await duePosts(payload, now)
  const adapters = publishingAdapters(payload)
  let handedOver = 0
  let held = 0
  for (const { id } of docs) {
    const run = await withLease(payload, `social-post:${id}`, async () => {
      const [post] = (await duePosts(payload, now, id)).docs
      return post ? handOver(payload, post, adapters) : undefined
    })
    if (!run.held || !run.result) continue
    handedOver += run.result.handedOver
    held += run.result.held
  }
  return { due: docs.length, handedOver, held }
}

const duePosts = (payload: Payload, now: Date, id?: SocialPost['id']) =>
  payload.find({
    collection: 'social-posts',
    where: { and: [{ status: { equals: 'scheduled' } }, { scheduledAt: { less_than_equal: now.toISOString() } }, ...(id === undefined ? [] : [{ id: { equals: id } }])] },
    depth: 1,
    limit: 50,
    overrideAccess: true,
  })

async function handOver(payload: Payload, post: SocialPost, adapters: PublishingAdapter[]): Promise<{ handedOver: number; held: number }> {
  const message = post.message as Message
  const stillApproved = approvedStates.includes(message?.workflow?.state as WorkflowState) && !(message?.renditions?.stale ?? []).includes('social')
  if (!stillApproved) {
    await update(payload, post.id, { status: 'draft', note: 'Held back at its time: the message is no longer approved and current. Check it, then schedule again.' })
    return { handedOver: 0, held: 1 }
  }
  const outgoing = outgoingPost(payload, post, message)
  const forPlatform = adapters.filter((adapter) => adapter.handles(post.platform))
  let posted: string | undefined
  for (const adapter of forPlatform) {
    const handover = await adapter.publish(outgoing)
    if (handover.outcome === 'posted') posted = handover.url
  }
  await update(payload, post.id, posted ? { status: 'posted', posted: { url: posted } } : { status: 'due' }, forPlatform.map((adapter) => adapter.name).join(', '))
  return { handedOver: forPlatform.length, held: 0 }
}

function outgoingPost(payload: Payload, post: SocialPost, message: Message): OutgoingPost {
  const image = post.image && typeof post.image === 'object' ? (post.image as Material) : null
  return {
    id: post.id,
    platform: post.platform,
    text: fullText({ text: post.text ?? '', link: post.link, hashtags: post.hashtags }),
    link: post.link ?? null,
    image: image?.url ? { url: new URL(image.url, payload.config.serverURL).toString(), alt: post.imageAlt ?? '' } : null,
    scheduledAt: post.scheduledAt!,
    message: { slug: message.slug, title: message.title },
  }
}

const update = (payload: Payload, id: SocialPost['id'], data: Partial<SocialPost>, adapter?: string) =>
  payload.update({ collection: 'social-posts', id, data, depth: 0, overrideAccess: true, context: { system: true, adapter: adapter || undefined } })

export const publishSocialPostsTask: TaskConfig<'publishSocialPosts'> = {
  slug: 'publishSocialPosts',
  label: 'Hand due social posts to the publishing adapters',
  schedule: [{ cron: '*/10 * * * * *', queue: PUBLISHING_QUEUE }],
  retries: 2,
  outputSchema: [
    { name: 'due', type: 'number' },
    { name: 'handedOver', type: 'number' },
    { name: 'held', type: 'number' },
  ],
  handler: ownRequest(
    (req) => publishDuePosts(req.payload),
    () => ({ due: 0, handedOver: 0, held: 0 }),
  ),
}

