import { createHash } from 'node:crypto'

import config from '@payload-config'
import { getPayload } from 'payload'

import { buildFeed } from '@/feeds/build'
import { type FeedData, type FeedFormat, feedFiles, findTheme, isRefusal, matchesETag, readFeedQuery, selectFeedItems } from '@/feeds/model'
import type { SiteLocale } from '@/i18n/siteWords'
import { rememberRead } from '@/site/siteData'
import { listTag, SETTINGS_TAG } from '@/site/tags'

import { readFeedData } from './read'

// The three feed routes share this handler. The data is kept per language until a change touches what a feed
// shows (src/site/siteData.ts), so a publication reaches the feeds within seconds on every server process and
// a poll costs no database read. Building the feed from it is cheap and done per request.

/** Feed readers and posting tools poll; five minutes is fresh enough and keeps them off the server. */
const CACHE_CONTROL = 'public, max-age=300'

/** Messages with their themes and help cards, the theme list, and the campaign's name. */
const FEED_TAGS = [listTag('messages'), listTag('themes'), listTag('services'), SETTINGS_TAG]

const feedData = (locale: SiteLocale): Promise<FeedData> =>
  rememberRead(`feeds:${locale}`, FEED_TAGS, async () => readFeedData(await getPayload({ config }), locale))

export function feedRoute(format: FeedFormat) {
  return async function GET(request: Request): Promise<Response> {
    const query = readFeedQuery(new URL(request.url).searchParams)
    if (isRefusal(query)) return refuse(query.reason)
    const data = await feedData(query.locale)
    const theme = query.theme === undefined ? undefined : findTheme(data.themes, query.theme)
    if (theme && isRefusal(theme)) return refuse(theme.reason)

    const body = buildFeed(format, {
      campaignName: data.campaignName,
      siteURL: data.siteURL,
      locale: query.locale,
      description: data.description,
      theme,
      items: selectFeedItems(data.messages, { theme: theme?.slug, now: new Date() }),
      emptyUpdated: data.readAt,
    })
    // Weak: the Express shell may compress the body, which a strong ETag would have to change with.
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`
    const headers = { 'Cache-Control': CACHE_CONTROL, ETag: etag }
    if (matchesETag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
    return new Response(body, { headers: { ...headers, 'Content-Type': feedFiles[format].contentType } })
  }
}

/** A reason a person can read in their feed reader; not cached, so a theme added a moment later works at once. */
function refuse(reason: string): Response {
  return new Response(`${reason}\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}
