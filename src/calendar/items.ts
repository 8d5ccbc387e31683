// The calendar's one shape for everything scheduled across channels, and the questions the comms team asks
// of it: what is on, for whom, where the gaps are, and whether suicide-related posts bunch up. Plain data.

import { platformRules, socialPlatforms, type SocialPlatform } from '../channels/platforms'
import { SUICIDE_POSTS_PER_WEEK, suicideClusters } from '../social/postRules'

import { addDays, isoWeek, londonDay, londonInstant, mondayOf, TIME_ZONE } from './time'

export const calendarKinds = ['message', 'social', 'email', 'moment'] as const
export type CalendarKind = (typeof calendarKinds)[number]

export const calendarChannels = ['web', 'email', ...socialPlatforms, 'moment'] as const
export type CalendarChannel = 'web' | 'email' | SocialPlatform | 'moment'

export type CalendarItem = {
  /** Kind and document id, e.g. "social:12": stable, so a feed's UID and the admin's links follow the item. */
  id: string
  kind: CalendarKind
  title: string
  /** An ISO instant; for all-day items (awareness moments) a London day, 'YYYY-MM-DD'. */
  start: string
  /** For all-day items, the day after the last day (as iCalendar counts); timed items may have none. */
  end?: string | null
  allDay: boolean
  channel: CalendarChannel
  themes: { slug: string; title: string }[]
  audiences: string[]
  status: string
  /** The admin address that opens it, relative to the site. */
  href: string
  suicideTopic: boolean
}

export const itemId = (kind: CalendarKind, id: string | number, variant?: string) => `${variant ? `${kind}-${variant}` : kind}:${id}`

export function channelLabel(channel: string): string {
  if (channel === 'web') return 'Website'
  if (channel === 'email') return 'Email'
  if (channel === 'moment') return 'Awareness'
  return platformRules[channel as SocialPlatform]?.label ?? channel
}

/** What a calendar app shows: where it goes out, then what it is. */
export const summaryOf = (item: Pick<CalendarItem, 'channel' | 'title'>) => `${channelLabel(item.channel)}: ${item.title}`

/** The span an item takes, in milliseconds: all-day items cover their London days; a timed item is an instant unless it has an end. */
export function spanOf(item: Pick<CalendarItem, 'start' | 'end' | 'allDay'>): { from: number; to: number } {
  if (item.allDay) {
    const first = item.start.slice(0, 10)
    const after = item.end ? item.end.slice(0, 10) : addDays(first, 1)
    return { from: londonInstant(first).getTime(), to: londonInstant(after).getTime() }
  }
  const from = Date.parse(item.start)
  const to = item.end ? Date.parse(item.end) : from
  return { from, to }
}

/** Whether an item happens in [from, to): an instant inside it, or a span that overlaps it. */
export function happensIn(item: Pick<CalendarItem, 'start' | 'end' | 'allDay'>, from: Date, to: Date): boolean {
  const span = spanOf(item)
  if (span.to === span.from) return span.from >= from.getTime() && span.from < to.getTime()
  return span.from < to.getTime() && span.to > from.getTime()
}

export const byStart = (a: CalendarItem, b: CalendarItem) => spanOf(a).from - spanOf(b).from || a.id.localeCompare(b.id)

export type CalendarFilters = { theme?: string; channel?: string; audience?: string }

/**
 * The items that match every filter given. Awareness moments are the backdrop the team plans around, so a
 * channel or audience filter keeps them (the channel "moment" shows only them); a theme filter applies to
 * them like anything else.
 */
export function filterItems(items: CalendarItem[], filters: CalendarFilters): CalendarItem[] {
  return items.filter((item) => {
    if (filters.theme && !item.themes.some((theme) => theme.slug === filters.theme)) return false
    if (filters.channel && item.channel !== filters.channel && !(item.kind === 'moment' && filters.channel !== 'moment')) return false
    if (filters.audience && item.kind !== 'moment' && !item.audiences.includes(filters.audience)) return false
    return true
  })
}

/** Items that reach people: planned or done, not failed or called off, and not the awareness backdrop. */
const reachesPeople = (item: CalendarItem) => item.kind !== 'moment' && !['failed', 'cancelled'].includes(item.status)

export type Gap = { week: string; weekStart: string; weekEnd: string; audience: string }

/**
 * The weeks (Monday to Sunday, UK time) touching [from, to) in which nothing reaches an audience. Only
 * content tagged for that audience counts: the strategy found dads and co-parents poorly served by
 * content for "all parents", so "all parents" does not fill a dads' week.
 */
export function gapsByWeek(items: CalendarItem[], from: Date, to: Date, audience = 'dads-and-co-parents'): Gap[] {
  const forAudience = items.filter((item) => reachesPeople(item) && item.audiences.includes(audience))
  const last = londonDay(new Date(to.getTime() - 1))
  const gaps: Gap[] = []
  for (let monday = mondayOf(londonDay(from)); monday <= last; monday = addDays(monday, 7)) {
    const start = londonInstant(monday)
    const end = londonInstant(addDays(monday, 7))
    if (!forAudience.some((item) => happensIn(item, start, end))) {
      gaps.push({ week: isoWeek(monday), weekStart: monday, weekEnd: addDays(monday, 6), audience })
    }
  }
  return gaps
}

const whenFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
/** "Mon 16 Mar 2026, 09:00", UK time; put together from parts, as ICU versions punctuate the whole differently. */
const when = {
  format(instant: Date): string {
    const part = Object.fromEntries(whenFormat.formatToParts(instant).map((p) => [p.type, p.value]))
    return `${part.weekday} ${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute}`
  },
}

export type Cluster = { from: string; ids: string[] }

/**
 * Safe-messaging warnings: every seven days holding more suicide-related social posts than the guidance
 * allows, with the posts named, using the same rule the social posts apply when they are saved.
 */
export function calendarWarnings(items: CalendarItem[]): { warnings: string[]; clusters: Cluster[] } {
  const posts = items.filter((item) => item.kind === 'social' && item.suicideTopic && reachesPeople(item))
  const byId = new Map(posts.map((post) => [post.id, post]))
  const clusters = suicideClusters(posts.map((post) => ({ id: post.id, at: new Date(post.start) }))).map((cluster) => ({
    from: cluster.from.toISOString(),
    ids: cluster.ids.map(String),
  }))
  const warnings = clusters.map((cluster) => {
    const named = cluster.ids.map((id) => byId.get(id)!).map((post) => `${summaryOf(post)} (${when.format(new Date(post.start))})`)
    return `${cluster.ids.length} posts about suicide or self-harm within seven days from ${when.format(new Date(cluster.from))}; safe-messaging guidance asks for no more than ${SUICIDE_POSTS_PER_WEEK}. Space them out: ${named.join('; ')}.`
  })
  return { warnings, clusters }
}
