// The calendar as an iCalendar feed for Outlook, Google Calendar or Apple Calendar.

import { TZDate } from '@date-fns/tz'
import ical, { ICalEventTransparency } from 'ical-generator'

import { audienceLabels, type Audience } from '../domain/vocabulary'

import { channelLabel, summaryOf, type CalendarItem } from './items'
import { TIME_ZONE } from './time'

/**
 * Europe/London as RFC 5545 describes it: GMT in winter, BST from the last Sunday of March at 01:00 UTC to the
 * last Sunday of October at 01:00 UTC (the rule since 1996). Written out here rather than fetched: it is
 * short, and the feed must not depend on a time-zone service.
 */
export const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZNAME:BST',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:GMT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

/** A timed item with no end shows as a short block, so it can be seen and clicked in a day view. */
const NOMINAL_MINUTES = 15

export type FeedOptions = {
  /** Where the site is reached: event links and UIDs are made from it. */
  siteUrl: string
  name?: string
  /** DTSTAMP for every event; defaults to now. */
  stamp?: Date
}

export function buildICalendar(items: CalendarItem[], options: FeedOptions): string {
  const host = new URL(options.siteUrl).hostname
  const stamp = options.stamp ?? new Date()
  const calendar = ical({
    name: options.name ?? 'Nurturing Little Hearts campaign',
    prodId: { company: 'Nurturing Little Hearts', product: 'Campaign calendar', language: 'EN' },
    ttl: 60 * 60,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP and all-day dates in the server's
    // own zone. Events name Europe/London themselves, and the generator adds its VTIMEZONE once.
    timezone: { name: null, generator: (zone) => (zone === TIME_ZONE ? LONDON_VTIMEZONE : null) },
  })
  for (const item of items) {
    const common = {
      id: `${item.id}@${host}`,
      stamp,
      summary: summaryOf(item),
      url: new URL(item.href, options.siteUrl).toString(),
      description: describe(item, options.siteUrl),
      categories: [{ name: channelLabel(item.channel) }],
      // Campaign items are not meetings: they must not make anyone look busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    }
    if (item.allDay) {
      // Dates are read with UTC getters when no zone is named, so each day is given as its UTC midnight.
      const first = item.start.slice(0, 10)
      calendar.createEvent({ ...common, allDay: true, start: new Date(`${first}T00:00:00Z`), end: item.end ? new Date(`${item.end.slice(0, 10)}T00:00:00Z`) : undefined })
    } else {
      // A TZDate, not a Date: with a zone named, ical-generator reads a plain Date's local (server) clock.
      const start = Date.parse(item.start)
      const end = item.end ? Date.parse(item.end) : start + NOMINAL_MINUTES * 60_000
      calendar.createEvent({ ...common, timezone: TIME_ZONE, start: new TZDate(start, TIME_ZONE), end: new TZDate(end, TIME_ZONE) })
    }
  }
  return endWithCrlf(calendar.toString())
}

/**
 * RFC 5545's grammar ends every content line, END:VCALENDAR included, with CRLF; ical-generator leaves the last
 * one off, and strict readers then drop the last line.
 */
const endWithCrlf = (text: string) => (text.endsWith('\r\n') ? text : `${text}\r\n`)

function describe(item: CalendarItem, siteUrl: string): string {
  const lines = [`Status: ${item.status}`]
  if (item.audiences.length) lines.push(`For: ${item.audiences.map((audience) => audienceLabels[audience as Audience] ?? audience).join(', ')}`)
  if (item.themes.length) lines.push(`Themes: ${item.themes.map((theme) => theme.title).join(', ')}`)
  if (item.suicideTopic) lines.push('About suicide or self-harm: safe-messaging guidance applies.')
  lines.push(`Open: ${new URL(item.href, siteUrl).toString()}`)
  return lines.join('\n')
}
