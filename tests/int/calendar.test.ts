import { parse } from 'csv-parse/sync'
import ICAL from 'ical.js'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { gatherCalendar } from '@/calendar/gather'
import { addDays, londonDay, londonInstant, londonStamp } from '@/calendar/time'
import type { EmailCampaign, Material, Message, SocialPost } from '@/payload-types'

import { draftMessage } from '../helpers/messages'
import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The calendar on a real Payload: what it gathers across channels, who may see it, the secret feed address
// and its reset, the .ics a calendar app reads, and the Hootsuite and Buffer files over HTTP.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People
const tokens: Record<string, string> = {}

const now = new Date()
const today = londonDay(now)
const from = addDays(today, -1)
const to = addDays(today, 60)
/** 09:00 (or another time) UK time, some days from today. */
const ukAt = (days: number, hour = 9, minute = 0) => londonInstant(addDays(today, days), hour, minute)

let forDads: Message
let forMums: Message
let sensitive: Message
const posts: Record<string, SocialPost> = {}
const emails: Record<string, EmailCampaign> = {}
let cardUrl: string

const system = { system: true }
const post = (message: Message, data: Partial<SocialPost>) =>
  t.payload.create({ collection: 'social-posts', data: { message: message.id, status: 'scheduled', ...data } as never, context: system })

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  for (const role of ['editor', 'editor2', 'partner', 'admin', 'publisher'] as const) {
    const response = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${role}@example.org`, password: passwordOf(role) }),
    })
    tokens[role] = (await response.json()).token
  }


  const theme = await t.payload.create({ collection: 'themes', data: { title: 'Intrusive thoughts', slug: 'intrusive-thoughts', summary: 'Unwanted thoughts are common.' } })
  forDads = await draftMessage(t.payload, 'intrusive-thoughts-are-common', {
    title: 'Intrusive thoughts are common',
    audiences: ['dads-and-co-parents'],
    themes: [theme.id],
  })
  await walkMessageTo(t.payload, forDads.id, 'published')
  forMums = await draftMessage(t.payload, 'baby-blues-or-something-more', { title: 'Baby blues or something more?', audiences: ['mums'] })
  await walkMessageTo(t.payload, forMums.id, 'scheduled', { publishAt: ukAt(10, 10) })
  sensitive = await draftMessage(t.payload, 'thoughts-of-suicide', { title: 'Thoughts of suicide', audiences: ['mums'], topicFlags: ['suicide-or-self-harm'] } as Partial<Message>)

  // A public share card with a file, as the materials job leaves one.
  const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#2a6f97' } }).png().toBuffer()
  const card = (await t.payload.create({
    collection: 'materials',
    data: { title: 'Intrusive thoughts card', type: 'social-image', accessLevel: 'public', language: 'en', accessibleFormat: 'standard' },
    file: { data: png, mimetype: 'image/png', name: 'intrusive-thoughts-card.png', size: png.length },
  } as never)) as Material
  cardUrl = new URL(card.url!, t.payload.config.serverURL).toString()
  const partnersOnly = await t.payload.create({
    collection: 'materials',
    data: { title: 'Partners card', type: 'social-image', accessLevel: 'partners', language: 'en', accessibleFormat: 'standard' },
    file: { data: png, mimetype: 'image/png', name: 'partners-card.png', size: png.length },
  } as never)

  posts.bluesky = await post(forDads, { platform: 'bluesky', scheduledAt: ukAt(3).toISOString(), image: card.id, imageAlt: 'A card saying: scary thoughts are common.' })
  posts.oddMinute = await post(forDads, { platform: 'bluesky', scheduledAt: ukAt(4, 9, 3).toISOString(), text: 'Thoughts are not wishes.' })
  posts.hiddenImage = await post(forDads, { platform: 'bluesky', scheduledAt: ukAt(5).toISOString(), text: 'You are not alone.', image: partnersOnly.id, imageAlt: 'A card.' })
  posts.posted = await post(forDads, { platform: 'x', status: 'posted', scheduledAt: new Date(now.getTime() - 2 * 3_600_000).toISOString() })
  posts.draft = await post(forDads, { platform: 'linkedin', status: 'draft', scheduledAt: ukAt(6).toISOString() })
  for (let i = 0; i < 4; i++) {
    posts[`sensitive${i}`] = await post(sensitive, { platform: 'facebook', scheduledAt: ukAt(20 + i, 19).toISOString(), text: `Help is there, day ${i}.` })
  }

  const list = await t.payload.create({ collection: 'mailing-lists', data: { name: 'Community of practice', slug: 'cop', description: 'Training.', audience: 'professionals' } })
  emails.scheduled = await t.payload.create({
    collection: 'email-campaigns',
    data: { title: 'Week 2: intrusive thoughts', template: 'message-of-the-week', message: forDads.id, lists: [list.id], locale: 'all', status: 'scheduled', sendAt: ukAt(8, 7).toISOString() },
    context: system,
  })
  emails.sentNow = await t.payload.create({
    collection: 'email-campaigns',
    data: { title: 'Partner digest', template: 'partner-digest', lists: [list.id], locale: 'all', status: 'sent', progress: { startedAt: new Date(now.getTime() - 3_600_000).toISOString() } },
    context: system,
  })
  emails.draft = await t.payload.create({
    collection: 'email-campaigns',
    data: { title: 'Not ready', template: 'message-of-the-week', message: forDads.id, lists: [list.id], locale: 'all', status: 'draft', sendAt: ukAt(9).toISOString() },
    context: system,
  })

  const inTwoWeeks = ukAt(14)
  const monthName = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', month: 'long' }).format(inTwoWeeks)
  const dayOfMonth = Number(londonDay(inTwoWeeks).slice(8))
  await t.payload.create({ collection: 'awareness-dates', data: { name: 'Fathers in focus week', rule: `${dayOfMonth} ${monthName}`, durationDays: 7, themes: [theme.id] } })
}, 180_000)

afterAll(async () => {
  await api?.close()
  await t?.close()
})

const get = (path: string, role?: string) => fetch(`${api.url}${path}`, { headers: role ? { authorization: `JWT ${tokens[role]}` } : {} })
const postTo = (path: string, role?: string) => fetch(`${api.url}${path}`, { method: 'POST', headers: role ? { authorization: `JWT ${tokens[role]}` } : {} })

describe('gathering the calendar', () => {
  it('brings publications, posts, email sends and awareness moments together, each with a link to open it', async () => {
    const items = await gatherCalendar(t.payload, { from: londonInstant(from), to: londonInstant(to) })
    const byId = new Map(items.map((item) => [item.id, item]))
    expect(byId.get(`message:${forDads.id}`)).toMatchObject({
      kind: 'message',
      channel: 'web',
      status: 'published',
      title: 'Intrusive thoughts are common',
      themes: [{ slug: 'intrusive-thoughts', title: 'Intrusive thoughts' }],
      audiences: ['dads-and-co-parents'],
      href: `/admin/collections/messages/${forDads.id}`,
    })
    expect(byId.get(`message:${forMums.id}`)).toMatchObject({ status: 'scheduled', start: ukAt(10, 10).toISOString() })
    expect(byId.get(`social:${posts.bluesky.id}`)).toMatchObject({ channel: 'bluesky', title: 'Intrusive thoughts are common', start: ukAt(3).toISOString(), audiences: ['dads-and-co-parents'] })
    expect(byId.get(`social:${posts.posted.id}`)).toMatchObject({ status: 'posted', channel: 'x' })
    expect(byId.has(`social:${posts.draft.id}`)).toBe(false)
    expect(byId.get(`social:${posts.sensitive0.id}`)).toMatchObject({ suicideTopic: true })
    expect(byId.get(`email:${emails.scheduled.id}`)).toMatchObject({ channel: 'email', start: ukAt(8, 7).toISOString(), audiences: ['dads-and-co-parents', 'professionals'] })
    expect(byId.get(`email:${emails.sentNow.id}`)).toMatchObject({ status: 'sent', audiences: ['professionals'] })
    expect(byId.has(`email:${emails.draft.id}`)).toBe(false)
    const moment = items.find((item) => item.kind === 'moment')!
    expect(moment).toMatchObject({ title: 'Fathers in focus week', allDay: true, start: addDays(today, 14), end: addDays(today, 21) })
    expect(items.map((item) => Date.parse(item.start.length === 10 ? `${item.start}T12:00:00Z` : item.start))).toEqual(
      [...items.map((item) => Date.parse(item.start.length === 10 ? `${item.start}T12:00:00Z` : item.start))].sort((a, b) => a - b),
    )
  })
})

describe('GET /api/calendar/items', () => {
  const query = `/api/calendar/items?from=${from}&to=${to}`

  it('is for the comms team only', async () => {
    expect((await get(query)).status).toBe(401)
    expect((await get(query, 'partner')).status).toBe(403)
    const response = await get(query, 'editor')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('answers with items, the weeks with nothing for dads and co-parents, and safe-messaging warnings', async () => {
    const body = await (await get(query, 'editor')).json()
    expect(body.items.map((item: { id: string }) => item.id)).toContain(`social:${posts.bluesky.id}`)
    const weekOf = (days: number) => {
      const day = addDays(today, days)
      const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7
      return addDays(day, -weekday)
    }
    const gapWeeks = body.gaps.map((gap: { weekStart: string }) => gap.weekStart)
    expect(gapWeeks).not.toContain(weekOf(3))
    expect(gapWeeks).toContain(weekOf(35))
    expect(body.gaps[0]).toMatchObject({ audience: 'dads-and-co-parents', week: expect.stringMatching(/^\d{4}-W\d{2}$/) })
    expect(body.warnings).toHaveLength(1)
    expect(body.warnings[0]).toMatch(/4 posts about suicide or self-harm within seven days/)
    expect(body.clusters[0].ids).toEqual([0, 1, 2, 3].map((i) => `social:${posts[`sensitive${i}`].id}`))
  })

  it('filters by theme, channel and audience', async () => {
    const ids = async (filters: string) => (await (await get(`${query}&${filters}`, 'editor')).json()).items.map((item: { id: string }) => item.id) as string[]
    const bluesky = await ids('channel=bluesky')
    expect(bluesky.filter((id) => !id.startsWith('moment'))).toEqual([posts.bluesky.id, posts.oddMinute.id, posts.hiddenImage.id].map((id) => `social:${id}`))
    expect(bluesky.some((id) => id.startsWith('moment'))).toBe(true)
    const forMumsOnly = await ids('audience=mums&channel=web')
    expect(forMumsOnly.filter((id) => !id.startsWith('moment'))).toEqual([`message:${forMums.id}`])
    const themed = await ids('theme=intrusive-thoughts')
    expect(themed).toContain(`message:${forDads.id}`)
    expect(themed).not.toContain(`message:${forMums.id}`)
    // Gaps follow the audience asked about.
    const mumsGaps = (await (await get(`${query}&audience=mums`, 'editor')).json()).gaps
    expect(mumsGaps.every((gap: { audience: string }) => gap.audience === 'mums')).toBe(true)
  })

  it('refuses dates and filters it cannot use, with the reason', async () => {
    const reason = async (path: string) => {
      const response = await get(path, 'editor')
      expect(response.status).toBe(400)
      return (await response.json()).errors[0].message as string
    }
    expect(await reason(`/api/calendar/items?from=soon&to=${to}`)).toMatch(/"from" is not a date/)
    expect(await reason(`/api/calendar/items?to=${to}`)).toMatch(/Give "from"/)
    expect(await reason(`/api/calendar/items?from=${today}&to=${addDays(today, 200)}`)).toMatch(/longer than 120 days/)
    expect(await reason(`${query}&channel=tiktok`)).toMatch(/"channel" must be one of/)
    expect(await reason(`${query}&audience=grandparents`)).toMatch(/"audience" must be one of/)
  })
})

describe('the calendar feed', () => {
  it('gives each team member their own secret address, the same each time until they ask for a new one', async () => {
    expect((await postTo('/api/calendar/feed-url')).status).toBe(401)
    expect((await postTo('/api/calendar/feed-url', 'partner')).status).toBe(403)
    const first = await (await postTo('/api/calendar/feed-url', 'editor')).json()
    expect(first.url).toMatch(new RegExp(`^${t.payload.config.serverURL}/api/calendar/feed/[A-Za-z0-9_-]{32}\\.ics$`))
    expect(first.webcal).toMatch(/^webcal:\/\//)
    expect((await (await postTo('/api/calendar/feed-url', 'editor')).json()).url).toBe(first.url)
    const other = await (await postTo('/api/calendar/feed-url', 'publisher')).json()
    expect(other.url).not.toBe(first.url)
  })

  it('serves the calendar as iCalendar without a sign-in, and stops serving an address once it is reset', async () => {
    const { url: old } = await (await postTo('/api/calendar/feed-url', 'editor')).json()
    const feed = await fetch(`${api.url}${new URL(old).pathname}`)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(feed.headers.get('cache-control')).toBe('no-store')
    const bytes = Buffer.from(await feed.arrayBuffer())
    // CRLF after every line, the last included, as sent over HTTP.
    expect(bytes.subarray(-15).toString('latin1')).toBe('END:VCALENDAR\r\n')
    expect(bytes.toString('latin1').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const text = bytes.toString('utf8')
    const calendar = new ICAL.Component(ICAL.parse(text))
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))
    const host = new URL(t.payload.config.serverURL).hostname
    const bluesky = events.find((event) => event.uid === `social:${posts.bluesky.id}@${host}`)!
    expect(bluesky.summary).toBe('Bluesky: Intrusive thoughts are common')
    expect(bluesky.startDate.zone?.tzid).toBe('Europe/London')
    expect(bluesky.startDate.toJSDate().toISOString()).toBe(ukAt(3).toISOString())
    expect(bluesky.component.getFirstPropertyValue('url')).toBe(`${t.payload.config.serverURL}/admin/collections/social-posts/${posts.bluesky.id}`)
    const moment = events.find((event) => event.summary === 'Awareness: Fathers in focus week')!
    expect(moment.startDate.isDate).toBe(true)
    expect(moment.startDate.toString()).toBe(addDays(today, 14))

    const reset = await (await postTo('/api/calendar/feed-url?reset=1', 'editor')).json()
    expect(reset.url).not.toBe(old)
    expect(reset.reset).toBe(true)
    expect((await fetch(`${api.url}${new URL(old).pathname}`)).status).toBe(404)
    expect((await fetch(`${api.url}${new URL(reset.url).pathname}`)).status).toBe(200)
  })

  it('answers 404 for addresses that are not a live feed, including a member who has left the team', async () => {
    expect((await fetch(`${api.url}/api/calendar/feed/${'A'.repeat(32)}.ics`)).status).toBe(404)
    expect((await fetch(`${api.url}/api/calendar/feed/not-a-token.ics`)).status).toBe(404)
    const { url } = await (await postTo('/api/calendar/feed-url', 'editor2')).json()
    expect((await fetch(`${api.url}${new URL(url).pathname}`)).status).toBe(200)
    await t.payload.update({ collection: 'users', id: people.editor2.id, data: { roles: ['partner'] } })
    expect((await fetch(`${api.url}${new URL(url).pathname}`)).status).toBe(404)
  })

  it('keeps the secret from everyone but its owner and admins', async () => {
    await postTo('/api/calendar/feed-url', 'editor')
    const own = await (await get(`/api/users/${people.editor.id}`, 'editor')).json()
    expect(own.calendarToken).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect((await (await get(`/api/users/${people.editor.id}`, 'admin')).json()).calendarToken).toBe(own.calendarToken)
    expect((await get(`/api/users/${people.editor.id}`, 'publisher')).status).toBe(404)
    const probe = await get(`/api/users?where[calendarToken][equals]=${own.calendarToken}`, 'publisher')
    // Nobody can go looking for a token by asking which account has it.
    expect(probe.status).toBe(400)
    expect((await probe.json()).errors[0].message).toMatch(/cannot be queried: calendarToken/)
    // Nobody sets it by hand, not even its owner.
    await fetch(`${api.url}/api/users/${people.editor.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` },
      body: JSON.stringify({ calendarToken: 'B'.repeat(32) }),
    })
    expect((await (await get(`/api/users/${people.editor.id}`, 'editor')).json()).calendarToken).toBe(own.calendarToken)
  })
})

describe('GET /api/social-posts/export', () => {
  const range = `from=${from}&to=${to}`

  it('is for the comms team only', async () => {
    expect((await get(`/api/social-posts/export?format=buffer&platform=bluesky&${range}`)).status).toBe(401)
    expect((await get(`/api/social-posts/export?format=buffer&platform=bluesky&${range}`, 'partner')).status).toBe(403)
  })

  it("gives Hootsuite its file: the future scheduled posts on five-minute marks, UK times, the rest counted as skipped", async () => {
    const response = await get(`/api/social-posts/export?format=hootsuite&platform=bluesky&${range}`, 'editor')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="hootsuite-bluesky-${from}-to-${to}.csv"`)
    expect(response.headers.get('x-exported')).toBe('2')
    expect(response.headers.get('x-skipped')).toBe('1')
    const rows = parse(await response.text()) as string[][]
    expect(rows.map((row) => row[0])).toEqual([londonStamp(ukAt(3), 'dd/mm/yyyy HH:mm'), londonStamp(ukAt(5), 'dd/mm/yyyy HH:mm')])
    expect(rows[0][1]).toBe(`${posts.bluesky.text}\n\n${posts.bluesky.link}`)
    expect(rows[0][1]).toContain('?ref=social-bluesky')
  })

  it('explains what it left out, in JSON', async () => {
    const body = await (await get(`/api/social-posts/export?format=hootsuite&platform=bluesky&${range}&explain=1`, 'editor')).json()
    expect(body.skipped).toEqual([expect.objectContaining({ id: String(posts.oddMinute.id), reason: expect.stringMatching(/times ending in 0 or 5/), href: `/admin/collections/social-posts/${posts.oddMinute.id}` })])
    expect(body.exported).toHaveLength(2)
    expect(body.notes.join(' ')).toMatch(/time zone/)
  })

  it("gives Buffer its file, with the share card's public address, leaving out an image Buffer cannot fetch", async () => {
    const response = await get(`/api/social-posts/export?format=buffer&platform=bluesky&${range}`, 'editor')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-skipped')).toBe('1')
    const [header, ...rows] = parse(await response.text()) as string[][]
    expect(header).toEqual(['Text', 'Image URL', 'Tags', 'Posting Time'])
    expect(rows).toEqual([
      [`${posts.bluesky.text}\n\n${posts.bluesky.link}`, cardUrl, '', londonStamp(ukAt(3), 'yyyy-mm-dd HH:mm')],
      [`Thoughts are not wishes.\n\n${posts.oddMinute.link}`, '', '', londonStamp(ukAt(4, 9, 3), 'yyyy-mm-dd HH:mm')],
    ])
    const explained = await (await get(`/api/social-posts/export?format=buffer&platform=bluesky&${range}&explain=1`, 'editor')).json()
    expect(explained.skipped[0]).toMatchObject({ id: String(posts.hiddenImage.id), reason: expect.stringMatching(/image is not public/) })
  })

  it('gives a clearly empty file for a range with nothing scheduled', async () => {
    const empty = `from=${addDays(today, 100)}&to=${addDays(today, 110)}`
    const buffer = await get(`/api/social-posts/export?format=buffer&platform=bluesky&${empty}`, 'editor')
    expect(buffer.status).toBe(200)
    expect(parse(await buffer.text())).toEqual([['Text', 'Image URL', 'Tags', 'Posting Time']])
    const hootsuite = await get(`/api/social-posts/export?format=hootsuite&platform=bluesky&${empty}`, 'editor')
    expect(hootsuite.status).toBe(200)
    expect(hootsuite.headers.get('x-exported')).toBe('0')
    expect(await hootsuite.text()).toBe('')
  })

  it('refuses a format, platform or range it cannot use, with the reason', async () => {
    const reason = async (query: string) => {
      const response = await get(`/api/social-posts/export?${query}`, 'editor')
      expect(response.status).toBe(400)
      return (await response.json()).errors[0].message as string
    }
    expect(await reason(`format=sprout&platform=bluesky&${range}`)).toMatch(/"format" must be one of: hootsuite, buffer/)
    expect(await reason(`format=buffer&${range}`)).toMatch(/Choose one platform per file/)
    expect(await reason(`format=buffer&platform=bluesky&from=${to}&to=${from}`)).toMatch(/"to" must come after "from"/)
    expect(await reason(`format=buffer&platform=bluesky&from=tomorrow&to=${to}`)).toMatch(/not a date/)
  })
})
