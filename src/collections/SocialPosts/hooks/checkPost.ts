import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import type { SocialPlatform } from '@/channels/platforms'
import { checkText } from '@/content-safety/check'
import { idOf } from '@/domain/ids'
import { hasRole } from '@/domain/roles'
import type { Finding } from '@/content-safety/types'
import { fullText, postProblems, SUICIDE_POSTS_PER_WEEK, suicideClusters } from '@/social/postRules'

const refuse = (errors: { path: string; message: string }[]) => new ValidationError({ collection: 'social-posts', errors })

/**
 * Every save checks the post as it will go out (words, link, hashtags) against the content rules for its
 * platform, and records a warning when it would make too many posts about suicide in a week. Scheduling
 * is refused unless the message is approved and current, the time is to come, and nothing blocks.
 * Reschedules from the calendar come through here too.
 */
export const checkPost: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const message = await messageFacts(req, idOf(merged.message))
  const text = fullText({ text: merged.text ?? '', link: merged.link, hashtags: merged.hashtags })
  // A post with no words yet (no message chosen) has nothing to check; its required fields refuse it.
  const { findings } = text.trim()
    ? await checkText(text, {
        channel: merged.platform,
        audiences: message?.audiences ?? [],
        topicFlags: message?.topicFlags ?? [],
        altTexts: merged.image ? [merged.imageAlt] : [],
      })
    : { findings: [] }
  data.findings = findings
  data.safetyWarning = await clusterWarning(req, merged, message?.topicFlags ?? [])
  if (req.context.system) return data

  const scheduling = merged.status === 'scheduled' && (originalDoc?.status !== 'scheduled' || changesWhat(data, originalDoc))
  if (!scheduling) return data
  const problems = postProblems({
    platform: merged.platform as SocialPlatform,
    text: merged.text ?? '',
    link: merged.link,
    hashtags: merged.hashtags,
    images: merged.image ? [{ alt: merged.imageAlt }] : [],
    message: message && { state: message.state, socialStale: message.socialStale },
    scheduledAt: merged.scheduledAt ? new Date(merged.scheduledAt) : null,
    now: new Date(),
    mayPublish: hasRole(req.user, 'admin', 'publisher'),
  })
  const blocks = (findings as Finding[]).filter((finding) => finding.severity === 'block')
  for (const block of blocks) problems.push({ path: 'text', message: block.message })
  if (problems.length > 0) throw refuse(problems)
  data.note = null
  return data
}

async function messageFacts(req: PayloadRequest, id: number | string | undefined) {
  if (id === undefined) return undefined
  const message = await req.payload.findByID({ collection: 'messages', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!message) return undefined
  return {
    state: message.workflow?.state ?? 'draft',
    socialStale: (message.renditions?.stale ?? []).includes('social'),
    audiences: message.audiences ?? [],
    topicFlags: message.topicFlags ?? [],
  }
}

/** Safe messaging: warn (not refuse) when this post would be one of too many about suicide in seven days. */
async function clusterWarning(req: PayloadRequest, post: Record<string, any>, topicFlags: string[]): Promise<string | null> {
  if (!topicFlags.includes('suicide-or-self-harm') || !post.scheduledAt || !['scheduled', 'posted', 'due'].includes(post.status)) return null
  const at = new Date(post.scheduledAt)
  const { docs } = await req.payload.find({
    collection: 'social-posts',
    where: {
      and: [
        { status: { in: ['scheduled', 'due', 'posted'] } },
        { scheduledAt: { greater_than: new Date(at.getTime() - 7 * 86_400_000).toISOString() } },
        { scheduledAt: { less_than: new Date(at.getTime() + 7 * 86_400_000).toISOString() } },
        ...(post.id ? [{ id: { not_equals: post.id } }] : []),
      ],
    },
    depth: 1,
    limit: 200,
    overrideAccess: true,
    req,
  })
  const tagged = docs
    .filter((other) => typeof other.message === 'object' && other.message?.topicFlags?.includes('suicide-or-self-harm'))
    .map((other) => ({ id: other.id, at: new Date(other.scheduledAt!) }))
  const clusters = suicideClusters([...tagged, { id: post.id ?? 'this', at }])
  if (clusters.length === 0) return null
  return `More than ${SUICIDE_POSTS_PER_WEEK} posts about suicide or self-harm within seven days. Safe-messaging guidance asks us to space them out.`
}

const changesWhat = (data: Record<string, any>, originalDoc?: Record<string, any>) =>
  ['scheduledAt', 'text', 'hashtags', 'link', 'image', 'imageAlt', 'platform', 'message'].some(
    (key) => data[key] !== undefined && JSON.stringify(idOrValue(data[key])) !== JSON.stringify(idOrValue(originalDoc?.[key])),
  )
const idOrValue = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
