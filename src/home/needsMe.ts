// "What needs me": the work waiting for one person, each item saying why it is theirs and where it is done.
// Reads as the system and decides by role itself, so every role gets only what it can act on.

import type { Payload, PayloadRequest } from 'payload'

import { platformRules, type SocialPlatform } from '@/channels/platforms'
import { openFindings, type StoredFinding } from '@/collections/Messages/hooks/checkContent'
import { idOf } from '@/domain/ids'
import { hasRole, type Role } from '@/domain/roles'
import { languageNames } from '@/i18n/siteWords'
import type { Message } from '@/payload-types'

export type NeedKind = 'review' | 'warnings' | 'publish' | 'post' | 'review-date' | 'translation' | 'webhook' | 'email'

export type Need = {
  kind: NeedKind
  title: string
  /** Why this is the signed-in person's to do, in plain words. */
  why: string
  /** Where it is done, in the admin. */
  href: string
  /** When it is due, if it has a date (an ISO instant). */
  due?: string | null
  urgent: boolean
}

export type Person = { id: string | number; roles?: Role[] | null; reviewerFor?: string[] | null }

/** Review dates this close count as "coming up". */
export const REVIEW_SOON_DAYS = 30
/** Failed sends and deliveries this recent still need someone to look. */
export const FAILURES_WITHIN_DAYS = 14
const DAY = 86_400_000
const SUICIDE = 'suicide-or-self-harm'

const messageHref = (id: string | number) => `/admin/collections/messages/${id}`
const dayOf = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' })

type Read = { payload: Payload; req?: PayloadRequest; person: Person; now: Date }

/** Everything waiting for this person, most urgent first, then by date. */
export async function whatNeedsMe(payload: Payload, person: Person, options: { now?: Date; req?: PayloadRequest } = {}): Promise<Need[]> {
  const read: Read = { payload, person, req: options.req, now: options.now ?? new Date() }
  const messages = await latestMessages(read)
  const needs = [
    ...toReview(read, messages),
    ...toPublish(read, messages),
    ...reviewDates(read, messages),
    ...staleTranslations(read, messages),
    ...(await postsDue(read)),
    ...(await failedSends(read)),
    ...(await failedWebhooks(read)),
  ]
  return needs.sort((a, b) => Number(b.urgent) - Number(a.urgent) || (a.due ?? '9').localeCompare(b.due ?? '9'))
}

type MessageFacts = Pick<Message, 'id' | 'title' | 'owner' | 'reviewer' | 'reviewBy' | 'topicFlags' | 'translationStatus' | 'workflow' | 'safety'>

/** The latest version of every message that is not archived: what the team is working with. */
async function latestMessages({ payload, req }: Read): Promise<MessageFacts[]> {
  const { docs } = await payload.find({
    collection: 'messages',
    draft: true,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { 'workflow.state': { not_equals: 'archived' } },
    select: { title: true, owner: true, reviewer: true, reviewBy: true, topicFlags: true, translationStatus: true, workflow: true, safety: true },
  })
  return docs as MessageFacts[]
}

const sameId = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b)
const wroteIt = (message: MessageFacts, person: Person) =>
  sameId(idOf(message.owner), person.id) || (message.workflow?.authors ?? []).some((author) => sameId(idOf(author), person.id))

/**
 * For reviewers: messages in review that they may approve (never their own), and among them the warnings
 * waiting for their justification. A message about suicide or self-harm needs a clinical or safeguarding reviewer.
 */
function toReview({ person }: Read, messages: MessageFacts[]): Need[] {
  if (!hasRole(person, 'reviewer')) return []
  const specialist = (person.reviewerFor ?? []).some((area) => area === 'clinical' || area === 'safeguarding')
  const needs: Need[] = []
  for (const message of messages) {
    if (message.workflow?.state !== 'in_review' || wroteIt(message, person)) continue
    const sensitive = (message.topicFlags ?? []).includes(SUICIDE)
    if (sensitive && !specialist) continue
    const askedForYou = sameId(idOf(message.reviewer), person.id)
    needs.push({
      kind: 'review',
      title: message.title,
      why: askedForYou
        ? 'You were asked to review it.'
        : sensitive
          ? 'Waiting for review; it is about suicide or self-harm, so it needs a clinical or safeguarding reviewer like you.'
          : 'Waiting for a reviewer, and you did not write it.',
      href: messageHref(message.id),
      urgent: askedForYou,
    })
    const { unjustifiedWarnings } = openFindings(message.safety as { findings?: StoredFinding[] | null })
    if (unjustifiedWarnings.length > 0) {
      const count = unjustifiedWarnings.length
      needs.push({
        kind: 'warnings',
        title: message.title,
        why: `${count} content-check warning${count > 1 ? 's wait' : ' waits'} for a reviewer's justification before it can be approved.`,
        href: `${messageHref(message.id)}#content-checks`,
        urgent: false,
      })
    }
  }
  return needs
}

/** For publishers and admins: approved messages nobody has published or scheduled yet. */
function toPublish({ person }: Read, messages: MessageFacts[]): Need[] {
  if (!hasRole(person, 'publisher', 'admin')) return []
  return messages
    .filter((message) => message.workflow?.state === 'approved')
    .map((message) => ({
      kind: 'publish' as const,
      title: message.title,
      why: 'Approved and waiting for a publisher: publish it now or schedule it.',
      href: messageHref(message.id),
      due: message.workflow?.approvedAt ?? null,
      urgent: false,
    }))
}

/** For owners: their messages whose review-by date has passed or comes within a month. */
function reviewDates({ person, now }: Read, messages: MessageFacts[]): Need[] {
  const soon = now.getTime() + REVIEW_SOON_DAYS * DAY
  return messages
    .filter((message) => sameId(idOf(message.owner), person.id) && message.reviewBy && Date.parse(message.reviewBy) < soon)
    .map((message) => {
      const overdue = Date.parse(message.reviewBy!) < now.getTime()
      return {
        kind: 'review-date' as const,
        title: message.title,
        why: overdue
          ? `You own it, and its review date (${dayOf(message.reviewBy!)}) has passed: check it is still right.`
          : `You own it, and it is due for review by ${dayOf(message.reviewBy!)}.`,
        href: messageHref(message.id),
        due: message.reviewBy,
        urgent: overdue,
      }
    })
}

/** For writers: translations made from English words that have since changed; owners first. */
function staleTranslations({ person }: Read, messages: MessageFacts[]): Need[] {
  if (!hasRole(person, 'editor', 'admin')) return []
  const needs: Need[] = []
  for (const message of messages) {
    const status = (message.translationStatus ?? {}) as Record<string, string>
    const stale = Object.entries(status).filter(([, state]) => state === 'stale').map(([code]) => languageNames[code as keyof typeof languageNames] ?? code)
    if (stale.length === 0) continue
    const owner = sameId(idOf(message.owner), person.id)
    needs.push({
      kind: 'translation',
      title: message.title,
      why: `${owner ? 'You own it. ' : ''}The ${stale.join(' and ')} translation${stale.length > 1 ? 's were' : ' was'} made from older English words: update ${stale.length > 1 ? 'them' : 'it'} to match.`,
      href: messageHref(message.id),
      urgent: false,
    })
  }
  return needs
}

/** For the people who post: posts on platforms nothing posts to automatically, now due. */
async function postsDue({ payload, req, person }: Read): Promise<Need[]> {
  if (!hasRole(person, 'admin', 'editor', 'publisher')) return []
  const { docs } = await payload.find({ collection: 'social-posts', depth: 0, overrideAccess: true, pagination: false, req, where: { status: { equals: 'due' } }, sort: 'scheduledAt' })
  return docs.map((post) => {
    const platform = platformRules[post.platform as SocialPlatform]?.label ?? post.platform
    return {
      kind: 'post' as const,
      title: `${platform}: ${(post.text ?? '').slice(0, 70)}`,
      why: `Due to go out on ${platform}, which a person posts to: post it, then record the link to the live post.`,
      href: `/admin/collections/social-posts/${post.id}`,
      due: post.scheduledAt ?? null,
      urgent: true,
    }
  })
}

/** For publishers and admins: email sends in the last fortnight where some emails failed. */
async function failedSends({ payload, req, person, now }: Read): Promise<Need[]> {
  if (!hasRole(person, 'admin', 'publisher')) return []
  const since = new Date(now.getTime() - FAILURES_WITHIN_DAYS * DAY).toISOString()
  const { docs } = await payload.find({
    collection: 'email-campaigns',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ 'progress.failed': { greater_than: 0 } }, { or: [{ status: { equals: 'sending' } }, { 'progress.finishedAt': { greater_than_equal: since } }] }] },
  })
  return docs.map((email) => {
    const failed = email.progress?.failed ?? 0
    return {
      kind: 'email' as const,
      title: email.title,
      why: `${failed} email${failed > 1 ? 's' : ''} in this send could not be delivered; you decide what goes out, so check why.`,
      href: `/admin/collections/email-campaigns/${email.id}`,
      due: email.progress?.finishedAt ?? null,
      urgent: true,
    }
  })
}

/** For admins (only they may see and retry deliveries): webhook deliveries that gave up. */
async function failedWebhooks({ payload, req, person, now }: Read): Promise<Need[]> {
  if (!hasRole(person, 'admin')) return []
  const since = new Date(now.getTime() - FAILURES_WITHIN_DAYS * DAY).toISOString()
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ status: { equals: 'failed' } }, { updatedAt: { greater_than_equal: since } }] },
    select: { event: true, lastError: true, updatedAt: true },
  })
  return docs.map((delivery) => ({
    kind: 'webhook' as const,
    title: `Webhook "${delivery.event}" was not delivered`,
    why: `${delivery.lastError ? `${delivery.lastError}. ` : ''}Only admins can send it again: set it back to Pending once the receiver works.`,
    href: `/admin/collections/webhook-deliveries/${delivery.id}`,
    due: delivery.updatedAt,
    urgent: true,
  }))
}
