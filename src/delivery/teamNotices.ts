// Emails to the campaign team about their own work: a review request, and reminders of review dates.
import type { Payload } from 'payload'

import type { Message, User } from '@/payload-types'

import { idOf } from '@/domain/ids'
import { sendOne } from './sendOne'

const adminUrlOf = (payload: Payload, message: Pick<Message, 'id'>) => `${payload.config.serverURL}/admin/collections/messages/${message.id}`

const teamFooter = (reason: string) => ({
  reason,
  howToStop: 'To stop these emails, ask a campaign admin to change your role or the messages you own.',
})

export async function reviewRequestFor(payload: Payload, message: Message, requestedBy: string, note?: string) {
  const reviewer = await payload.findByID({ collection: 'users', id: idOf(message.reviewer)!, depth: 0, overrideAccess: true, disableErrors: true })
  if (!reviewer?.email) return
  await sendOne(payload, reviewer.email, 'review-request', {
    locale: 'en',
    siteUrl: payload.config.serverURL,
    reviewerName: reviewer.name,
    message: { title: message.title, keyMessage: message.keyMessage, adminUrl: adminUrlOf(payload, message) },
    requestedBy,
    note: note || undefined,
    footer: teamFooter('You get this because you were named as the reviewer of this message.'),
  })
}

/** How far ahead owners are reminded, and how often at most for the same message. */
const AHEAD_DAYS = 14
const AGAIN_AFTER_DAYS = 7

/** One email per owner, listing their live messages due for review in the next two weeks. */
export async function remindOwners(payload: Payload, now = new Date()): Promise<{ owners: number; messages: number }> {
  const { docs } = await payload.find({
    collection: 'messages',
    where: {
      and: [
        { 'workflow.state': { in: ['published', 'scheduled'] } },
        { reviewBy: { less_than_equal: new Date(now.getTime() + AHEAD_DAYS * 86_400_000).toISOString() } },
        { owner: { exists: true } },
        { or: [{ reviewRemindedAt: { exists: false } }, { reviewRemindedAt: { less_than: new Date(now.getTime() - AGAIN_AFTER_DAYS * 86_400_000).toISOString() } }] },
      ],
    },
    depth: 1,
    limit: 200,
    overrideAccess: true,
  })
  const byOwner = new Map<string, { owner: User; messages: Message[] }>()
  for (const message of docs) {
    const owner = message.owner as User | null
    if (!owner || typeof owner !== 'object' || !owner.email) continue
    const entry = byOwner.get(String(owner.id)) ?? { owner, messages: [] }
    entry.messages.push(message)
    byOwner.set(String(owner.id), entry)
  }
  for (const { owner, messages } of byOwner.values()) {
    await sendOne(payload, owner.email, 'review-reminder', {
      locale: 'en',
      siteUrl: payload.config.serverURL,
      ownerName: owner.name,
      messages: messages.map((message) => ({ title: message.title, reviewBy: message.reviewBy!, adminUrl: adminUrlOf(payload, message) })),
      footer: teamFooter('You get this because you own these messages on the campaign team.'),
    })
    for (const message of messages) {
      await payload.db.updateOne({ collection: 'messages', id: message.id, data: { reviewRemindedAt: now.toISOString() }, returning: false })
    }
  }
  return { owners: byOwner.size, messages: [...byOwner.values()].reduce((sum, entry) => sum + entry.messages.length, 0) }
}
