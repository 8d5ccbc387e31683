// What a social post is, and when it may be scheduled. Plain data, no framework: the social-posts
// collection gathers the facts and applies these answers; the calendar and the exports read them too.

import { platformRules, type SocialPlatform } from '../channels/platforms'
import { approvedStates, type WorkflowState } from '../workflow/states'
import { socialReference, withReference } from '../insight/references'

export const postStatuses = ['draft', 'scheduled', 'due', 'posted', 'failed', 'cancelled'] as const
export type PostStatus = (typeof postStatuses)[number]

/** The words as they go out: the text, then the link, then the hashtags. */
export function fullText(post: { text: string; link?: string | null; hashtags?: string[] | null }): string {
  const tags = (post.hashtags ?? []).map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)).join(' ')
  return [post.text.trim(), post.link ?? '', tags].filter(Boolean).join('\n\n')
}

/** The length a platform counts: X and Mastodon count every link as 23 characters, whatever its length. */
export function countedLength(platform: SocialPlatform, text: string): number {
  const linkLength = platformRules[platform].linkLength
  if (!linkLength) return [...text].length
  return [...text.replace(/https?:\/\/\S+/g, 'x'.repeat(linkLength))].length
}

/** The campaign reference on a post's link: which platform a visit came from, counted, never who. */
export const campaignLink = (siteUrl: string, path: string, platform: SocialPlatform) => withReference(`${siteUrl}${path}`, socialReference(platform))

export type PostFacts = {
  platform: SocialPlatform
  text: string
  link?: string | null
  hashtags?: string[] | null
  images: { alt?: string | null }[]
  /** The message's workflow state, and whether its social words predate its latest change. */
  message: { state: string; socialStale: boolean } | undefined
  scheduledAt: Date | null
  now: Date
  mayPublish: boolean
}

/** Why this post cannot be scheduled, in words for the person pressing Save. Empty: it can. */
export function postProblems(facts: PostFacts): { path: string; message: string }[] {
  const rule = platformRules[facts.platform]
  const problems: { path: string; message: string }[] = []
  if (!facts.mayPublish) problems.push({ path: 'status', message: 'Only publishers and admins schedule posts.' })
  if (!facts.message) problems.push({ path: 'message', message: 'Choose the message this post comes from.' })
  else if (!approvedStates.includes(facts.message.state as WorkflowState)) {
    problems.push({ path: 'message', message: 'The message is not approved, so its posts cannot be scheduled. It needs review first.' })
  } else if (facts.message.socialStale) {
    problems.push({ path: 'message', message: "The message's social words were written before it last changed. Check them on the message first." })
  }
  if (!facts.scheduledAt) problems.push({ path: 'scheduledAt', message: 'Choose when it goes out.' })
  else if (facts.scheduledAt.getTime() < facts.now.getTime() - 60_000) problems.push({ path: 'scheduledAt', message: 'That time has passed. Choose a time from now on.' })
  const length = countedLength(facts.platform, fullText(facts))
  if (length > rule.maxLength) problems.push({ path: 'text', message: `${rule.label} posts can be ${rule.maxLength} characters; this one is ${length} with its link and hashtags.` })
  if (!facts.text.trim()) problems.push({ path: 'text', message: 'The post has no words.' })
  if (facts.images.length > rule.maxImages) problems.push({ path: 'image', message: `${rule.label} takes at most ${rule.maxImages} image${rule.maxImages === 1 ? '' : 's'}.` })
  if (rule.imageRequired && facts.images.length === 0) problems.push({ path: 'image', message: `${rule.label} posts need an image: choose the message's share card.` })
  if (facts.images.some((image) => !image.alt?.trim())) problems.push({ path: 'imageAlt', message: 'The image needs alt text: say what it shows and every word in it.' })
  return problems
}

/** Safe-messaging guidance: no more than a few posts about suicide or self-harm in any seven days. */
export const SUICIDE_POSTS_PER_WEEK = 3

/**
 * The seven-day windows (starting at a post) that hold more suicide-tagged posts than the guidance allows,
 * with the posts in each. Posts are { id, at } for the suicide-tagged ones only.
 */
export function suicideClusters(posts: { id: string | number; at: Date }[], limit = SUICIDE_POSTS_PER_WEEK): { from: Date; ids: (string | number)[] }[] {
  const sorted = [...posts].sort((a, b) => a.at.getTime() - b.at.getTime())
  const clusters: { from: Date; ids: (string | number)[] }[] = []
  for (let i = 0; i < sorted.length; i++) {
    const end = sorted[i].at.getTime() + 7 * 86_400_000
    const inWindow = sorted.slice(i).filter((post) => post.at.getTime() < end)
    if (inWindow.length > limit && !clusters.some((cluster) => inWindow.every((post) => cluster.ids.includes(post.id)))) {
      clusters.push({ from: sorted[i].at, ids: inWindow.map((post) => post.id) })
    }
  }
  return clusters
}
