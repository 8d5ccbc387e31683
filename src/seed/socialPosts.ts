import type { Payload } from 'payload'

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
  const date = new Date(now)
  let added = 0
  while (added < days) {
    date.setUTCDate(date.getUTCDate() + 1)
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) added++
  }
  const utc = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 9, 30))
  // 09:30 UK is 09:30 UTC in winter and 08:30 UTC in summer.
  const ukHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' }).format(utc))
  return new Date(utc.getTime() - (ukHour - 9) * 3_600_000)
}
