import type { Endpoint, PayloadRequest } from 'payload'

import { calendarChannels, calendarWarnings, filterItems, gapsByWeek, happensIn, type CalendarFilters } from '@/calendar/items'
import { buildExport, exportFormats, type ExportFormat } from '@/calendar/exports'
import { gatherCalendar, gatherExportPosts } from '@/calendar/gather'
import { buildICalendar } from '@/calendar/ical'
import { readRange } from '@/calendar/range'
import { addDays, londonDay, londonInstant, mondayOf } from '@/calendar/time'
import { feedPath, isTokenShaped, newCalendarToken } from '@/calendar/token'
import { socialPlatforms, type SocialPlatform } from '@/channels/platforms'
import { isTeamMember } from '@/domain/roles'
import { audiences, type Audience } from '@/domain/vocabulary'

import { queryOf } from './forms'
import { problem } from './problem'

// The campaign calendar's data for the admin view, its iCalendar feed for each team member's own calendar
// app, and the bulk-schedule files for Hootsuite and Buffer. The rules live in src/calendar; these only
// check who is asking and what they asked for.

const DEFAULT_GAP_AUDIENCE: Audience = 'dads-and-co-parents'
/** The feed covers what a calendar app is looked at for: the last month and the next six. */
const FEED_DAYS_BACK = 30
const FEED_DAYS_AHEAD = 180

const noStore = { 'cache-control': 'no-store' }

function refuse(req: PayloadRequest, what: string): Response | undefined {
  if (!req.user) return problem(401, `Sign in to the admin to use ${what}.`)
  if (!isTeamMember(req.user)) return problem(403, `${what[0].toUpperCase()}${what.slice(1)} is for the campaign team.`)
  return undefined
}

function readFilters(params: URLSearchParams): CalendarFilters | { error: string } {
  const theme = params.get('theme')?.trim() || undefined
  const channel = params.get('channel')?.trim() || undefined
  const audience = params.get('audience')?.trim() || undefined
  if (theme && !/^[a-z0-9-]{1,100}$/.test(theme)) return { error: `"theme" must be a theme's slug, such as "intrusive-thoughts".` }
  if (channel && !(calendarChannels as readonly string[]).includes(channel)) return { error: `"channel" must be one of: ${calendarChannels.join(', ')}.` }
  if (audience && !(audiences as readonly string[]).includes(audience)) return { error: `"audience" must be one of: ${audiences.join(', ')}.` }
  return { theme, channel, audience }
}

/**
 * GET /api/calendar/items?from=&to=&theme=&channel=&audience= — everything scheduled or done in the range,
 * the weeks with nothing for an audience (the one filtered on, else dads and co-parents), and safe-messaging
 * warnings. Gaps look at whole weeks; the warnings ignore the filters, so a filter never hides one.
 */
export const calendarItemsEndpoint: Endpoint = {
  path: '/calendar/items',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req, 'the calendar')
    if (refused) return refused
    const query = queryOf(req)
    const range = readRange(query)
    if ('error' in range) return problem(400, range.error)
    const filters = readFilters(query)
    if ('error' in filters) return problem(400, filters.error)

    const weeks = { from: londonInstant(mondayOf(londonDay(range.from))), to: londonInstant(addDays(mondayOf(londonDay(new Date(range.to.getTime() - 1))), 7)) }
    const everything = await gatherCalendar(req.payload, weeks, req)
    const inRange = everything.filter((item) => happensIn(item, range.from, range.to))
    const gaps = gapsByWeek(filterItems(everything, { theme: filters.theme, channel: filters.channel }), range.from, range.to, filters.audience ?? DEFAULT_GAP_AUDIENCE)
    const shown = new Set(inRange.map((item) => item.id))
    const { warnings, clusters } = calendarWarnings(everything)
    const relevant = clusters.map((cluster, index) => ({ cluster, warning: warnings[index] })).filter(({ cluster }) => cluster.ids.some((id) => shown.has(id)))
    return Response.json(
      {
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        items: filterItems(inRange, filters),
        gaps,
        warnings: relevant.map(({ warning }) => warning),
        clusters: relevant.map(({ cluster }) => cluster),
      },
      { headers: noStore },
    )
  },
}

/**
 * POST /api/calendar/feed-url — the signed-in team member's own feed address, made the first time they ask.
 * With ?reset=1 a new secret replaces the old one, so an address that has been shared stops working.
 */
export const calendarFeedUrlEndpoint: Endpoint = {
  path: '/calendar/feed-url',
  method: 'post',
  handler: async (req) => {
    const refused = refuse(req, 'the calendar feed')
    if (refused) return refused
    const reset = ['1', 'true', 'yes'].includes(queryOf(req).get('reset') ?? '')
    const me = await req.payload.findByID({ collection: 'users', id: req.user!.id, depth: 0, overrideAccess: true, req })
    let token = me.calendarToken
    if (!token || reset) {
      token = newCalendarToken()
      await req.payload.update({ collection: 'users', id: me.id, data: { calendarToken: token }, depth: 0, overrideAccess: true, req })
    }
    const url = `${req.payload.config.serverURL}${feedPath(token)}`
    return Response.json(
      { url, webcal: url.replace(/^https?:/, 'webcal:'), reset: Boolean(reset && me.calendarToken) },
      { headers: noStore },
    )
  },
}

/** GET /api/calendar/feed/<token>.ics — no sign-in: calendar apps cannot sign in, so the secret address is the key. */
export const calendarFeedEndpoint: Endpoint = {
  path: '/calendar/feed/:file',
  method: 'get',
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : ''
    // One answer for every address that is not a live feed, so the answers say nothing about tokens.
    const notFound = () => problem(404, 'There is no calendar feed at this address. Ask for a new one in the admin calendar.')
    if (!isTokenShaped(token)) return notFound()
    const { docs } = await req.payload.find({ collection: 'users', where: { calendarToken: { equals: token } }, limit: 1, depth: 0, overrideAccess: true, req })
    const owner = docs[0]
    // Someone who has left the team keeps the address but not the calendar.
    if (!owner || !isTeamMember(owner)) return notFound()
    const now = new Date()
    const range = { from: new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000), to: new Date(now.getTime() + FEED_DAYS_AHEAD * 86_400_000) }
    const items = await gatherCalendar(req.payload, range, req)
    const body = buildICalendar(items, { siteUrl: req.payload.config.serverURL, stamp: now })
    return new Response(body, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'inline; filename="campaign-calendar.ics"',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-robots-tag': 'noindex',
      },
    })
  },
}

/**
 * GET /api/social-posts/export?format=hootsuite|buffer&platform=&from=&to= — a bulk-schedule CSV of the
 * scheduled posts for one platform. Posts the tool would refuse are left out: `x-skipped` counts them, and
 * `&explain=1` answers in JSON with each one's reason. A collection endpoint: Payload routes
 * /api/social-posts/... to the social-posts collection, so it goes in that collection's `endpoints`.
 */
export const socialPostsExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req, 'the social exports')
    if (refused) return refused
    const query = queryOf(req)
    const format = query.get('format') ?? ''
    if (!(exportFormats as readonly string[]).includes(format)) return problem(400, `"format" must be one of: ${exportFormats.join(', ')}.`)
    const platform = query.get('platform') ?? ''
    if (!(socialPlatforms as readonly string[]).includes(platform)) {
      return problem(400, `Choose one platform per file ("platform": ${socialPlatforms.join(', ')}): each file is uploaded to one account.`)
    }
    const range = readRange(query)
    if ('error' in range) return problem(400, range.error)

    const posts = await gatherExportPosts(req.payload, range, platform as SocialPlatform, req.payload.config.serverURL, req)
    const result = buildExport(format as ExportFormat, posts, { platform: platform as SocialPlatform, from: range.from, to: range.to, now: new Date() })
    const counts = { 'x-exported': String(result.exported.length), 'x-skipped': String(result.skipped.length) }
    if (['1', 'true', 'yes'].includes(query.get('explain') ?? '')) {
      const { csv: _csv, ...explained } = result
      return Response.json({ ...explained, from: range.from.toISOString(), to: range.to.toISOString() }, { headers: { ...noStore, ...counts } })
    }
    return new Response(result.csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${result.filename}"`,
        ...noStore,
        ...counts,
      },
    })
  },
}

/** The root endpoints (registered in payload.config.ts). The export belongs to the social-posts collection. */
export const calendarEndpoints: Endpoint[] = [calendarItemsEndpoint, calendarFeedUrlEndpoint, calendarFeedEndpoint]
