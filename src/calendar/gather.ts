// The one part of the calendar that reads Payload: what is planned or done across channels in a range,
// turned into calendar items. It reads as the system; the endpoints decide who may see the answer.

import type { Payload, PayloadRequest, Where } from 'payload'

import type { SocialPlatform } from '@/channels/platforms'
import { idOf } from '@/domain/ids'
import { wentLive } from '@/feeds/model'
import type { EmailCampaign, Material, Message } from '@/payload-types'

import type { ExportPost } from './exports'
import { byStart, happensIn, itemId, type CalendarItem } from './items'
import { momentItems } from './moments'
import type { Range } from './range'

type ThemeRef = { slug: string; title: string }
type MessageFacts = { title: string; themes: ThemeRef[]; audiences: string[]; suicideTopic: boolean }

/** Social posts and email sends that are planned or have happened; drafts and called-off ones are not on the calendar. */
export const calendarPostStatuses = ['scheduled', 'due', 'posted', 'failed'] as const
export const calendarEmailStatuses = ['scheduled', 'sending', 'sent'] as const
/** Messages that went live stay publications on the calendar, whatever happened to them since. */
const wentLiveStates = ['published', 'expired', 'archived']

const SUICIDE = 'suicide-or-self-harm'
const inRange = (field: string, { from, to }: Range): Where[] => [{ [field]: { greater_than_equal: from.toISOString() } }, { [field]: { less_than: to.toISOString() } }]
const adminHref = (collection: string, id: string | number) => `/admin/collections/${collection}/${id}`

export async function gatherCalendar(payload: Payload, range: Range, req?: PayloadRequest): Promise<CalendarItem[]> {
  const read = { depth: 0, overrideAccess: true, pagination: false, req } as const
  const themes = await themeIndex(payload, req)
  const themesOf = (ids: unknown[] | null | undefined) => (ids ?? []).map((value) => themes.get(String(idOf(value)))).filter((theme): theme is ThemeRef => Boolean(theme))
  const factsOf = (message: Pick<Message, 'title' | 'themes' | 'audiences' | 'topicFlags'>): MessageFacts => ({
    title: message.title,
    themes: themesOf(message.themes),
    audiences: message.audiences ?? [],
    suicideTopic: (message.topicFlags ?? []).includes(SUICIDE),
  })
  const items: CalendarItem[] = []

  // Publications to come: the latest version of each message is where "Scheduled" and its time live.
  const scheduled = await payload.find({
    ...read,
    collection: 'messages',
    draft: true,
    where: { and: [{ 'workflow.state': { equals: 'scheduled' } }, ...inRange('workflow.publishAt', range)] },
  })
  const scheduledIds = new Set(scheduled.docs.map((message) => String(message.id)))
  for (const message of scheduled.docs) {
    items.push(messageItem(message, factsOf(message), message.workflow!.publishAt!, 'scheduled'))
  }

  // Publications that happened: the live version, placed when its words went live (as the feeds date them).
  // A message goes live no later than its last live save, so older saves cannot have gone live in the range.
  const live = await payload.find({
    ...read,
    collection: 'messages',
    where: { and: [{ _status: { equals: 'published' } }, { 'workflow.state': { in: wentLiveStates } }, { updatedAt: { greater_than_equal: range.from.toISOString() } }] },
  })
  for (const message of live.docs) {
    const at = wentLive({ publishAt: message.workflow?.publishAt, approvedAt: message.workflow?.approvedAt, updatedAt: message.updatedAt })
    if (Date.parse(at) < range.from.getTime() || Date.parse(at) >= range.to.getTime()) continue
    // Published once and now scheduled again with new words: both are on the calendar, as two items.
    const variant = scheduledIds.has(String(message.id)) ? 'published' : undefined
    items.push(messageItem(message, factsOf(message), at, message.workflow?.state ?? 'published', variant))
  }

  const posts = await payload.find({
    ...read,
    collection: 'social-posts',
    where: { and: [{ status: { in: [...calendarPostStatuses] } }, ...inRange('scheduledAt', range)] },
  })
  const postMessages = await messageFacts(payload, posts.docs.map((post) => idOf(post.message)), factsOf, req)
  for (const post of posts.docs) {
    const facts = postMessages.get(String(idOf(post.message)))
    items.push({
      id: itemId('social', post.id),
      kind: 'social',
      title: facts?.title ?? (post.text ?? '').slice(0, 80),
      start: new Date(post.scheduledAt!).toISOString(),
      allDay: false,
      channel: post.platform,
      themes: facts?.themes ?? [],
      audiences: facts?.audiences ?? [],
      status: post.status,
      href: adminHref('social-posts', post.id),
      suicideTopic: facts?.suicideTopic ?? false,
    })
  }

  // A send with no time was "send now": it sits where it started.
  const emails = await payload.find({
    ...read,
    collection: 'email-campaigns',
    where: {
      and: [
        { status: { in: [...calendarEmailStatuses] } },
        { or: [{ and: inRange('sendAt', range) }, { and: [{ sendAt: { exists: false } }, ...inRange('progress.startedAt', range)] }] },
      ],
    },
  })
  const emailMessages = await messageFacts(payload, emails.docs.map((email) => idOf(email.message)), factsOf, req)
  const listAudiences = await mailingListAudiences(payload, emails.docs, req)
  for (const email of emails.docs) {
    const facts = email.template === 'message-of-the-week' ? emailMessages.get(String(idOf(email.message))) : undefined
    const fromLists = (email.lists ?? []).flatMap((list) => listAudiences.get(String(idOf(list))) ?? [])
    items.push({
      id: itemId('email', email.id),
      kind: 'email',
      title: email.title,
      start: new Date((email.sendAt ?? email.progress?.startedAt)!).toISOString(),
      allDay: false,
      channel: 'email',
      themes: facts?.themes ?? [],
      audiences: [...new Set([...(facts?.audiences ?? []), ...fromLists])],
      status: email.status,
      href: adminHref('email-campaigns', email.id),
      suicideTopic: facts?.suicideTopic ?? false,
    })
  }

  const moments = await payload.find({ ...read, collection: 'awareness-dates' })
  for (const moment of moments.docs) {
    items.push(...momentItems({ id: moment.id, name: moment.name, date: moment.date, rule: moment.rule, durationDays: moment.durationDays, themes: themesOf(moment.themes) }, range.from, range.to))
  }

  return items.filter((item) => happensIn(item, range.from, range.to)).sort(byStart)
}

function messageItem(message: Message, facts: MessageFacts, at: string, status: string, variant?: string): CalendarItem {
  return {
    id: itemId('message', message.id, variant),
    kind: 'message',
    title: facts.title,
    start: new Date(at).toISOString(),
    allDay: false,
    channel: 'web',
    themes: facts.themes,
    audiences: facts.audiences,
    status,
    href: adminHref('messages', message.id),
    suicideTopic: facts.suicideTopic,
  }
}

async function themeIndex(payload: Payload, req?: PayloadRequest): Promise<Map<string, ThemeRef>> {
  const { docs } = await payload.find({ collection: 'themes', depth: 0, overrideAccess: true, pagination: false, req })
  return new Map(docs.map((theme) => [String(theme.id), { slug: theme.slug ?? String(theme.id), title: theme.title }]))
}

/** Each message's calendar facts, from its latest version (what the team is working with). */
async function messageFacts(
  payload: Payload,
  ids: (string | number | undefined)[],
  factsOf: (message: Message) => MessageFacts,
  req?: PayloadRequest,
): Promise<Map<string, MessageFacts>> {
  const wanted = [...new Set(ids.filter((id) => id !== undefined).map(String))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'messages', draft: true, depth: 0, overrideAccess: true, pagination: false, req, where: { id: { in: wanted } } })
  return new Map(docs.map((message) => [String(message.id), factsOf(message)]))
}

/** A list for parents reaches all parents; one for professionals reaches professionals. */
async function mailingListAudiences(payload: Payload, emails: EmailCampaign[], req?: PayloadRequest): Promise<Map<string, string[]>> {
  const wanted = [...new Set(emails.flatMap((email) => (email.lists ?? []).map((list) => String(idOf(list)))))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'mailing-lists', depth: 0, overrideAccess: true, pagination: false, req, where: { id: { in: wanted } } })
  return new Map(docs.map((list) => [String(list.id), [list.audience === 'professionals' ? 'professionals' : 'all-parents']]))
}

/**
 * The scheduled posts for one platform in a range, with what the export needs: the words and, when the
 * post has an image, its public address (or that it has none a scheduling tool could fetch).
 */
export async function gatherExportPosts(payload: Payload, range: Range, platform: SocialPlatform, siteUrl: string, req?: PayloadRequest): Promise<ExportPost[]> {
  const { docs } = await payload.find({
    collection: 'social-posts',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ status: { equals: 'scheduled' } }, { platform: { equals: platform } }, ...inRange('scheduledAt', range)] },
  })
  const imageIds = [...new Set(docs.map((post) => idOf(post.image)).filter((id) => id !== undefined).map(String))]
  const images = new Map<string, Material>()
  if (imageIds.length > 0) {
    const found = await payload.find({ collection: 'materials', depth: 0, overrideAccess: true, pagination: false, req, where: { id: { in: imageIds } } })
    for (const material of found.docs) images.set(String(material.id), material)
  }
  return docs.map((post) => {
    const imageId = idOf(post.image)
    const image = imageId === undefined ? undefined : images.get(String(imageId))
    const imageUrl = image ? publicFileUrl(image, siteUrl) : undefined
    return {
      id: post.id,
      platform: post.platform,
      status: post.status,
      scheduledAt: post.scheduledAt,
      text: post.text ?? '',
      link: post.link,
      hashtags: post.hashtags,
      imageUrl,
      imageNotPublic: imageId !== undefined && !imageUrl,
      href: adminHref('social-posts', post.id),
    }
  })
}

/** A material's file address, if anyone may fetch it: public, current, and with a file. */
function publicFileUrl(material: Material, siteUrl: string): string | undefined {
  if (material.accessLevel !== 'public' || material.generatedFrom?.stale || !material.url) return undefined
  return new URL(material.url, siteUrl).toString()
}
