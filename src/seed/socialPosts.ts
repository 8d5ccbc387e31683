import type { Payload } from 'payload'

import { addDays, londonDay, londonInstant } from '../calendar/time'
import type { SocialPlatform } from '../channels/platforms'

/**
 * A first week of planned posts, so the calendar is not empty on day one: the core messages on three
 * platforms, at 09:30 UK time on the coming weekdays. They come from the live messages' own social words.
 * (No Dads post is planned, so the calendar shows that gap straight away.)
 */
const plan: { slug: string; platform: SocialPlatform; day: number }[] = [
  { slug: 'intrusive-thoughts-are-common', platform: 'bluesky', day: 1 },
  { slug: 'intrusive-thoughts-are-common', platform: 'facebook', day: 1 },
  { slug: 'asking-for-help-is-safe', platform: 'linkedin', day: 2 },
  { slug: 'baby-blues-or-something-more', platform: 'whatsapp', day: 3 },
  { slug: 'postpartum-psychosis-is-an-emergency', platform: 'facebook', day: 4 },
]

export async function seedSocialPosts(payload: Payload, context: Record<string, unknown>, now = new Date()): Promise<number> {
  if ((await payload.count({ collection: 'social-posts' })).totalDocs > 0) return 0
  let made = 0
  for (const { slug, platform, day } of plan) {
    const { docs } = await payload.find({ collection: 'messages', where: { slug: { equals: slug } }, depth: 0, limit: 1 })
    if (!docs[0]) continue
    await payload.create({
      collection: 'social-posts',
      data: { message: docs[0].id, platform, status: 'scheduled', scheduledAt: ukMorning(now, day).toISOString() },
      // The seed acts as the system: the message is live and approved, so the rules would agree.
      context: { ...context, system: true },
    })
    made++
  }
  return made
}

/** 09:30 in the UK, `days` weekdays from now. */
function ukMorning(now: Date, days: number): Date {
  let day = londonDay(now)
  for (let added = 0; added < days; ) {
    day = addDays(day, 1)
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
    if (weekday !== 0 && weekday !== 6) added++
  }
  return londonInstant(day, 9, 30)
}
