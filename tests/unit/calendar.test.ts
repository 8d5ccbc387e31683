import { parse } from 'csv-parse/sync'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'

import { buildExport, BUFFER_COLUMNS, type ExportPost, HOOTSUITE_MAX_ROWS } from '@/calendar/exports'
import { buildICalendar, LONDON_VTIMEZONE } from '@/calendar/ical'
import { calendarWarnings, type CalendarItem, filterItems, gapsByWeek, happensIn, summaryOf } from '@/calendar/items'
import { momentItems } from '@/calendar/moments'
import { readRange } from '@/calendar/range'
import { isoWeek, londonDay, londonInstant, londonStamp } from '@/calendar/time'
import { isTokenShaped, newCalendarToken } from '@/calendar/token'

// The calendar's rules on plain data: UK time across the clock changes, filters, gaps, warnings, the
// iCalendar feed read back by a real parser, and the Hootsuite and Buffer files read back by a CSV parser.

const item = (changes: Partial<CalendarItem> & Pick<CalendarItem, 'id' | 'start'>): CalendarItem => ({
  kind: 'social',
  title: 'Intrusive thoughts are common',
  allDay: false,
  channel: 'bluesky',
  themes: [{ slug: 'intrusive-thoughts', title: 'Intrusive thoughts' }],
  audiences: ['dads-and-co-parents'],
  status: 'scheduled',
  href: `/admin/collections/social-posts/${changes.id.split(':')[1]}`,
  suicideTopic: false,
  ...changes,
})

const originalTz = process.env.TZ
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

describe('UK time', () => {
  it('reads wall-clock times on both sides of the March and October 2026 clock changes', () => {
    expect(londonInstant('2026-03-20', 9).toISOString()).toBe('2026-03-20T09:00:00.000Z')
    expect(londonInstant('2026-03-30', 9).toISOString()).toBe('2026-03-30T08:00:00.000Z')
    expect(londonInstant('2026-10-24', 9).toISOString()).toBe('2026-10-24T08:00:00.000Z')
    expect(londonInstant('2026-10-26', 9).toISOString()).toBe('2026-10-26T09:00:00.000Z')
    // 01:30 on 29 March 2026 does not exist in London; the clock reads 02:30 BST an hour after 00:30 GMT.
    expect(londonInstant('2026-03-29', 1, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(londonDay('2026-06-30T23:30:00Z')).toBe('2026-07-01')
    expect(londonStamp(new Date('2026-03-30T08:00:00Z'), 'dd/mm/yyyy HH:mm')).toBe('30/03/2026 09:00')
  })

  it('names ISO weeks by the year their Thursday is in', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01')
    expect(isoWeek('2026-03-30')).toBe('2026-W14')
    expect(isoWeek('2027-01-01')).toBe('2026-W53')
    expect(isoWeek('2024-12-30')).toBe('2025-W01')
  })
})

describe('calendar items', () => {
  const moment = item({ id: 'moment-2026:3', kind: 'moment', channel: 'moment', start: '2026-05-04', end: '2026-05-11', allDay: true, audiences: [], themes: [] })
  const items = [
    item({ id: 'social:1', start: '2026-05-05T08:00:00.000Z' }),
    item({ id: 'email:2', kind: 'email', channel: 'email', start: '2026-05-06T08:00:00.000Z', audiences: ['all-parents'], themes: [{ slug: 'baby-blues', title: 'Baby blues' }] }),
    item({ id: 'message:3', kind: 'message', channel: 'web', start: '2026-05-07T08:00:00.000Z', audiences: ['mums', 'dads-and-co-parents'] }),
    moment,
  ]

  it('filters by theme, channel and audience, keeping awareness moments as the backdrop', () => {
    expect(filterItems(items, { theme: 'baby-blues' }).map((i) => i.id)).toEqual(['email:2'])
    expect(filterItems(items, { channel: 'bluesky' }).map((i) => i.id)).toEqual(['social:1', 'moment-2026:3'])
    expect(filterItems(items, { channel: 'moment' }).map((i) => i.id)).toEqual(['moment-2026:3'])
    expect(filterItems(items, { audience: 'dads-and-co-parents' }).map((i) => i.id)).toEqual(['social:1', 'message:3', 'moment-2026:3'])
    expect(filterItems(items, { audience: 'mums', channel: 'web' }).map((i) => i.id)).toEqual(['message:3', 'moment-2026:3'])
  })

  it('says where an item goes out in its summary', () => {
    expect(summaryOf(items[0])).toBe('Bluesky: Intrusive thoughts are common')
    expect(summaryOf(moment)).toBe('Awareness: Intrusive thoughts are common')
  })

  it('places all-day moments on their UK days', () => {
    expect(happensIn(moment, new Date('2026-05-10T22:59:00Z'), new Date('2026-05-11T00:00:00Z'))).toBe(true)
    expect(happensIn(moment, new Date('2026-05-10T23:00:00Z'), new Date('2026-05-12T00:00:00Z'))).toBe(false)
  })
})

describe('gaps for an audience', () => {
  const from = londonInstant('2026-03-16')
  const to = londonInstant('2026-04-13')

  it('finds the Monday-to-Sunday UK weeks with nothing for dads and co-parents', () => {
    const items = [
      item({ id: 'social:1', start: '2026-03-17T10:00:00Z' }),
      // All parents, a failed post and an awareness moment do not fill a dads' week.
      item({ id: 'social:2', start: '2026-03-24T10:00:00Z', audiences: ['all-parents'] }),
      item({ id: 'social:3', start: '2026-03-25T10:00:00Z', status: 'failed' }),
      item({ id: 'moment:4', kind: 'moment', channel: 'moment', start: '2026-03-23', end: '2026-03-30', allDay: true, audiences: ['dads-and-co-parents'] }),
      // Sunday 5 April, 23:30 BST is still in the week of 30 March.
      item({ id: 'social:5', start: '2026-04-05T22:30:00Z' }),
    ]
    expect(gapsByWeek(items, from, to)).toEqual([
      { week: '2026-W13', weekStart: '2026-03-23', weekEnd: '2026-03-29', audience: 'dads-and-co-parents' },
      { week: '2026-W15', weekStart: '2026-04-06', weekEnd: '2026-04-12', audience: 'dads-and-co-parents' },
    ])
  })

  it('counts a post at 00:30 on a Monday in summer in that Monday\'s week, not the Sunday before (UTC)', () => {
    const mondayLate = item({ id: 'social:6', start: '2026-04-05T23:30:00Z' })
    expect(gapsByWeek([mondayLate], londonInstant('2026-03-30'), londonInstant('2026-04-13')).map((gap) => gap.weekStart)).toEqual(['2026-03-30'])
  })

  it('looks at any audience asked for', () => {
    expect(gapsByWeek([item({ id: 'social:1', start: '2026-03-17T10:00:00Z', audiences: ['mums'] })], from, londonInstant('2026-03-23'), 'mums')).toEqual([])
  })
})

describe('safe-messaging warnings', () => {
  const sensitive = (id: number, day: number) => item({ id: `social:${id}`, start: `2026-03-${String(day).padStart(2, '0')}T09:00:00Z`, suicideTopic: true })

  it('warns when more than three suicide-related posts fall within seven days, naming them', () => {
    const { warnings, clusters } = calendarWarnings([sensitive(1, 16), sensitive(2, 17), sensitive(3, 19), sensitive(4, 21), item({ id: 'social:9', start: '2026-03-18T09:00:00Z' })])
    expect(clusters).toEqual([{ from: '2026-03-16T09:00:00.000Z', ids: ['social:1', 'social:2', 'social:3', 'social:4'] }])
    expect(warnings[0]).toMatch(/^4 posts about suicide or self-harm within seven days from Mon 16 Mar 2026, 09:00; .*no more than 3/)
    expect(warnings[0]).toContain('Bluesky: Intrusive thoughts are common (Sat 21 Mar 2026, 09:00)')
  })

  it('says nothing for three, or for four spread over more than a week', () => {
    expect(calendarWarnings([sensitive(1, 16), sensitive(2, 17), sensitive(3, 19)]).warnings).toEqual([])
    expect(calendarWarnings([sensitive(1, 2), sensitive(2, 6), sensitive(3, 10), sensitive(4, 14)]).warnings).toEqual([])
  })
})

describe('awareness moments', () => {
  const week = { id: 3, name: 'Maternal Mental Health Awareness Week', rule: 'first Monday of May', durationDays: 7, themes: [] }

  it('happen each year a rule falls in the range, lasting their duration', () => {
    const found = momentItems(week, londonInstant('2026-04-01'), londonInstant('2027-05-10'))
    expect(found.map((m) => [m.id, m.start, m.end])).toEqual([
      ['moment-2026:3', '2026-05-04', '2026-05-11'],
      ['moment-2027:3', '2027-05-03', '2027-05-10'],
    ])
    expect(found[0]).toMatchObject({ allDay: true, channel: 'moment', href: '/admin/collections/awareness-dates/3' })
  })

  it('include one still running from the year before', () => {
    const found = momentItems({ id: 4, name: 'Winter week', rule: '28 December', durationDays: 7, themes: [] }, londonInstant('2027-01-01'), londonInstant('2027-01-31'))
    expect(found.map((m) => [m.start, m.end])).toEqual([['2026-12-28', '2027-01-04']])
  })

  it('put a fixed date on the UK day it was picked, even when stored as 23:00 UTC the day before', () => {
    const found = momentItems({ id: 5, name: 'Launch', date: '2026-05-03T23:00:00.000Z', themes: [] }, londonInstant('2026-05-01'), londonInstant('2026-06-01'))
    expect(found.map((m) => [m.id, m.start, m.end, m.status])).toEqual([['moment:5', '2026-05-04', '2026-05-05', 'once']])
  })
})

describe('reading a range', () => {
  const read = (query: string) => readRange(new URLSearchParams(query))

  it('takes UK days (the "to" day included) and instants', () => {
    expect(read('from=2026-03-30&to=2026-04-05')).toEqual({ from: new Date('2026-03-29T23:00:00Z'), to: new Date('2026-04-05T23:00:00Z') })
    expect(read('from=2026-03-30T09:00:00Z&to=2026-03-30T11:00:00%2B01:00')).toEqual({ from: new Date('2026-03-30T09:00:00Z'), to: new Date('2026-03-30T10:00:00Z') })
    expect(read('from=2026-03-30T09:00:00Z&to=2026-03-30T10:00:00%2B01:00')).toEqual({ error: '"to" must come after "from".' })
    expect(read('from=2026-01-01&to=2026-04-30')).toHaveProperty('from')
  })

  it('gives a reason for anything it cannot use', () => {
    expect(read('to=2026-04-05')).toEqual({ error: expect.stringMatching(/Give "from"/) })
    expect(read('from=2026-02-30&to=2026-04-05')).toEqual({ error: expect.stringMatching(/"from" is not a date: "2026-02-30"/) })
    expect(read('from=yesterday&to=2026-04-05')).toEqual({ error: expect.stringMatching(/not a date/) })
    expect(read('from=2026-04-05&to=2026-03-30')).toEqual({ error: '"to" must come after "from".' })
    expect(read('from=2026-01-01&to=2026-06-30')).toEqual({ error: expect.stringMatching(/longer than 120 days/) })
  })
})

describe('calendar feed tokens', () => {
  it('are 24 random bytes in base64url, different each time', () => {
    const [a, b] = [newCalendarToken(), newCalendarToken()]
    expect(isTokenShaped(a)).toBe(true)
    expect(a).not.toBe(b)
    expect(isTokenShaped('../../etc/passwd')).toBe(false)
  })
})

describe('the iCalendar feed', () => {
  const items = [
    item({ id: 'social:12', start: '2026-03-20T09:00:00.000Z' }),
    item({ id: 'social:13', start: '2026-03-30T08:00:00.000Z' }),
    item({ id: 'email:14', kind: 'email', channel: 'email', title: 'Message of the week', start: '2026-10-24T08:00:00.000Z', end: '2026-10-24T09:00:00.000Z' }),
    item({ id: 'message:15', kind: 'message', channel: 'web', start: '2026-10-26T09:00:00.000Z', suicideTopic: true }),
    item({ id: 'moment-2026:3', kind: 'moment', channel: 'moment', title: 'Maternal Mental Health Awareness Week', start: '2026-05-04', end: '2026-05-11', allDay: true, audiences: [] }),
  ]

  function readBack(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text))
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
    return { calendar, events: calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event)) }
  }

  it('keeps UK times right across both clock changes, whatever zone the server runs in', () => {
    for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = zone
      const text = buildICalendar(items, { siteUrl: 'https://campaign.example.org', stamp: new Date('2026-03-01T12:00:00Z') })
      const { events } = readBack(text)
      const timed = events.filter((event) => !event.startDate.isDate)
      expect(timed.map((event) => [event.startDate.toString(), event.startDate.zone?.tzid, event.startDate.toJSDate().toISOString()])).toEqual([
        ['2026-03-20T09:00:00', 'Europe/London', '2026-03-20T09:00:00.000Z'],
        ['2026-03-30T09:00:00', 'Europe/London', '2026-03-30T08:00:00.000Z'],
        ['2026-10-24T09:00:00', 'Europe/London', '2026-10-24T08:00:00.000Z'],
        ['2026-10-26T09:00:00', 'Europe/London', '2026-10-26T09:00:00.000Z'],
      ])
      expect(text).toContain('DTSTART;TZID=Europe/London:20260330T090000')
      expect(text).toContain('DTSTAMP:20260301T120000Z')
    }
  })

  it('writes awareness moments as all-day events over their days', () => {
    const text = buildICalendar(items, { siteUrl: 'https://campaign.example.org' })
    const moment = readBack(text).events.find((event) => event.uid.startsWith('moment'))!
    expect(moment.startDate.isDate).toBe(true)
    expect([moment.startDate.toString(), moment.endDate.toString()]).toEqual(['2026-05-04', '2026-05-11'])
    expect(text).toContain('DTSTART;VALUE=DATE:20260504')
  })

  it('gives stable UIDs, the channel in the summary, a link to open it, and one London time zone', () => {
    const text = buildICalendar(items, { siteUrl: 'https://campaign.example.org' })
    const again = buildICalendar(items, { siteUrl: 'https://campaign.example.org' })
    const { calendar, events } = readBack(text)
    expect(events.map((event) => event.uid)).toEqual(readBack(again).events.map((event) => event.uid))
    expect(events.map((event) => event.uid)).toEqual(['social:12@campaign.example.org', 'social:13@campaign.example.org', 'email:14@campaign.example.org', 'message:15@campaign.example.org', 'moment-2026:3@campaign.example.org'])
    expect(events[0].summary).toBe('Bluesky: Intrusive thoughts are common')
    expect(events[2].summary).toBe('Email: Message of the week')
    expect(events[4].summary).toBe('Awareness: Maternal Mental Health Awareness Week')
    expect(events[0].component.getFirstPropertyValue('url')).toBe('https://campaign.example.org/admin/collections/social-posts/12')
    expect(events[3].description).toMatch(/safe-messaging guidance applies/)
    expect(events[0].component.getFirstPropertyValue('transp')).toBe('TRANSPARENT')
    // A post has no end: it shows as a short block. An email's own end is kept.
    expect(events[0].endDate.toJSDate().getTime() - events[0].startDate.toJSDate().getTime()).toBe(15 * 60_000)
    expect(events[2].endDate.toJSDate().toISOString()).toBe('2026-10-24T09:00:00.000Z')
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1)
    expect(text).toContain(LONDON_VTIMEZONE)
  })

  it('ends every line with CRLF, the last one too, as RFC 5545 requires', () => {
    const bytes = Buffer.from(buildICalendar(items, { siteUrl: 'https://campaign.example.org' }), 'utf8')
    expect(bytes.subarray(-15).toString('latin1')).toBe('END:VCALENDAR\r\n')
    for (let index = 0; index < bytes.length; index++) {
      if (bytes[index] === 0x0a) expect(bytes[index - 1], `byte ${index}`).toBe(0x0d)
      if (bytes[index] === 0x0d) expect(bytes[index + 1], `byte ${index}`).toBe(0x0a)
    }
    // No line longer than 75 octets before its CRLF (longer ones are folded).
    expect(bytes.toString('utf8').split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([])
  })
})

describe('bulk-schedule files', () => {
  const now = new Date('2026-03-10T12:00:00Z')
  const range = { from: londonInstant('2026-03-10'), to: londonInstant('2026-04-10') }
  const post = (id: number, at: string, changes: Partial<ExportPost> = {}): ExportPost => ({
    id,
    platform: 'bluesky',
    status: 'scheduled',
    scheduledAt: at,
    text: `Scary thoughts about your baby are common (${id}).`,
    link: 'https://campaign.example.org/messages/intrusive-thoughts-are-common?ref=social-bluesky',
    hashtags: ['PerinatalMentalHealth', '#KentDads'],
    imageUrl: `https://campaign.example.org/api/materials/file/card-${id}.png`,
    href: `/admin/collections/social-posts/${id}`,
    ...changes,
  })
  const build = (format: 'hootsuite' | 'buffer', posts: ExportPost[], platform: ExportPost['platform'] = 'bluesky') => buildExport(format, posts, { platform, ...range, now })
  const rows = (csv: string) => parse(csv, { relax_column_count: false }) as string[][]

  it("Hootsuite: date, words and an empty link column, no header row, UK day/month/year times across the clock change", () => {
    const result = build('hootsuite', [post(2, '2026-03-30T08:00:00.000Z'), post(1, '2026-03-20T09:00:00.000Z')])
    expect(rows(result.csv)).toEqual([
      ['20/03/2026 09:00', 'Scary thoughts about your baby are common (1).\n\nhttps://campaign.example.org/messages/intrusive-thoughts-are-common?ref=social-bluesky\n\n#PerinatalMentalHealth #KentDads', ''],
      ['30/03/2026 09:00', 'Scary thoughts about your baby are common (2).\n\nhttps://campaign.example.org/messages/intrusive-thoughts-are-common?ref=social-bluesky\n\n#PerinatalMentalHealth #KentDads', ''],
    ])
    expect(result.csv).toMatch(/^"20\/03\/2026 09:00",/)
    // Records end in CRLF; the blank lines inside the words stay inside their quoted field.
    expect(result.csv.split('\r\n')).toHaveLength(3)
    expect(result.filename).toBe('hootsuite-bluesky-2026-03-10-to-2026-04-09.csv')
    expect(result.skipped).toEqual([])
  })

  it('Hootsuite: leaves out what it would refuse, each with a reason', () => {
    const result = build('hootsuite', [
      post(1, '2026-03-10T11:00:00.000Z'), // passed
      post(2, '2026-03-10T12:05:00.000Z'), // five minutes ahead
      post(3, '2026-03-20T09:03:00.000Z'), // not on a five-minute mark
      post(4, '2026-03-21T09:00:00.000Z'),
      post(5, '2026-03-21T09:00:00.000Z', { text: 'Other words.' }), // same slot
      post(6, '2026-03-22T09:00:00.000Z', { text: 'Scary thoughts about your baby are common (4).' }), // same words as 4
      post(7, '2026-03-23T09:10:00.000Z', { status: 'draft' }), // not scheduled: not in the file at all
      post(8, '2026-03-24T09:10:00.000Z', { platform: 'x' }), // another platform: not in this file
    ])
    expect(result.exported.map((row) => row.id)).toEqual(['4'])
    expect(result.skipped.map((row) => [row.id, row.reason])).toEqual([
      ['1', expect.stringMatching(/time has passed/)],
      ['2', expect.stringMatching(/at least 10 minutes ahead/)],
      ['3', expect.stringMatching(/times ending in 0 or 5 .* this one is at 09:03/)],
      ['5', expect.stringMatching(/one post per time slot, and post 4 is already at 21\/03\/2026 09:00/)],
      ['6', expect.stringMatching(/same words twice .* post 4/)],
    ])
    expect(result.skipped[0]).toMatchObject({ time: '10/03/2026 11:00', href: '/admin/collections/social-posts/1' })
  })

  it(`Hootsuite: at most ${HOOTSUITE_MAX_ROWS} rows in a file`, () => {
    const many = Array.from({ length: HOOTSUITE_MAX_ROWS + 2 }, (_, index) => post(index + 1, new Date(Date.parse('2026-03-11T08:00:00Z') + index * 5 * 60_000).toISOString()))
    const result = build('hootsuite', many)
    expect(rows(result.csv)).toHaveLength(HOOTSUITE_MAX_ROWS)
    expect(result.skipped.map((row) => row.id)).toEqual(['351', '352'])
    expect(result.skipped[0].reason).toMatch(/at most 350 posts/)
  })

  it("Buffer: its four columns with their header, yyyy-mm-dd UK times, the image's address and no tags", () => {
    const result = build('buffer', [post(1, '2026-03-30T08:00:00.000Z'), post(2, '2026-03-20T09:07:00.000Z', { imageUrl: null, link: null, hashtags: [] })])
    const [header, ...body] = rows(result.csv)
    expect(header).toEqual([...BUFFER_COLUMNS])
    expect(header).toEqual(['Text', 'Image URL', 'Tags', 'Posting Time'])
    expect(body).toEqual([
      ['Scary thoughts about your baby are common (2).', '', '', '2026-03-20 09:07'],
      [expect.stringContaining('#PerinatalMentalHealth #KentDads'), 'https://campaign.example.org/api/materials/file/card-1.png', '', '2026-03-30 09:00'],
    ])
    expect(result.notes.join(' ')).toMatch(/alt text/)
  })

  it("Buffer: leaves out past times, images it cannot fetch, and Instagram posts without an image", () => {
    const result = build('buffer', [post(1, '2026-03-10T11:59:00.000Z'), post(2, '2026-03-12T09:00:00.000Z', { imageUrl: null, imageNotPublic: true })])
    expect(result.skipped.map((row) => row.reason)).toEqual([expect.stringMatching(/time has passed/), expect.stringMatching(/image is not public/)])
    const instagram = build('buffer', [post(3, '2026-03-12T09:00:00.000Z', { platform: 'instagram', imageUrl: null })], 'instagram')
    expect(instagram.skipped[0].reason).toMatch(/Instagram posts need an image/)
  })

  it('an empty range gives a clearly empty file: the header row only for Buffer, nothing for Hootsuite (whose files have no header)', () => {
    expect(rows(build('buffer', []).csv)).toEqual([['Text', 'Image URL', 'Tags', 'Posting Time']])
    expect(build('hootsuite', []).csv).toBe('')
  })
})
