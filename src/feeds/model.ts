// The public feeds' plain data and rules: which messages a feed carries, in what order, and how a request's
// query is read. No framework and no Payload, so the rules are unit-tested on their own (tests/unit/feeds.test.ts).

import { type Urgency, urgencies } from '../domain/vocabulary'
import { defaultSiteLocale, isSiteLocale, type SiteLocale, siteLocales } from '../i18n/siteWords'

export const feedFormats = ['rss', 'atom', 'json'] as const
export type FeedFormat = (typeof feedFormats)[number]

/** Where each feed lives and what it says it is. */
export const feedFiles: Record<FeedFormat, { path: string; contentType: string }> = {
  rss: { path: '/feeds/rss.xml', contentType: 'application/rss+xml; charset=utf-8' },
  atom: { path: '/feeds/atom.xml', contentType: 'application/atom+xml; charset=utf-8' },
  json: { path: '/feeds/feed.json', contentType: 'application/feed+json; charset=utf-8' },
}

/**
 * The campaign's icon, served by the site itself at addresses that never change, so feed readers show it
 * beside the feed's name: a large one for JSON Feed's `icon`, a small one for Atom's `icon`, RSS's `image`
 * (at most 144 px wide there) and JSON Feed's `favicon`.
 */
export const feedIcons = {
  large: { path: '/feeds/icon.png', size: 512 },
  small: { path: '/feeds/favicon.png', size: 64 },
} as const
export type FeedIconSize = keyof typeof feedIcons

/** At most this many items: feed readers only look at the top, and a long feed costs every poll. */
export const FEED_LIMIT = 50

export type FeedTheme = { slug: string; title: string; summary?: string }

/** A "when to get help" card, as the message page shows it. `phone` only when a person has verified it. */
export type FeedSignpost = { urgency: Urgency; service: string; when: string; phone?: string }

/** One published message in one language, as a visitor may read it. */
export type FeedMessage = {
  /** The message's database id: with the locale, it makes the item's id, which never changes. */
  id: string
  slug: string
  title: string
  keyMessage: string
  webSummary?: string
  themes: FeedTheme[]
  signposts: FeedSignpost[]
  /** When these words went live (ISO). */
  published: string
  /** The last change to the live message (ISO). */
  updated: string
  /** After this the message leaves the site (ISO); checked again per request because the data is cached. */
  reviewBy?: string
}

/** Everything one language's feeds are made from; plain JSON so Next can cache it. */
export type FeedData = {
  campaignName: string
  siteURL: string
  description: string
  themes: FeedTheme[]
  messages: FeedMessage[]
  /** When the data was read (ISO): the `updated` of a feed with no items, so it stays the same while cached. */
  readAt: string
}

export type FeedQuery = { locale: SiteLocale; theme?: string }
export type Refusal = { reason: string }

/** The query a feed understands; anything else (tracking parameters a tool adds) is ignored. */
export function readFeedQuery(params: URLSearchParams): FeedQuery | Refusal {
  const locales = params.getAll('locale')
  const themes = params.getAll('theme')
  if (locales.length > 1 || themes.length > 1) return { reason: 'Give at most one locale and one theme.' }
  const locale = locales[0] ?? defaultSiteLocale
  if (!isSiteLocale(locale)) return { reason: `Unknown locale "${shorten(locale)}". Use one of: ${siteLocales.join(', ')}.` }
  const theme = themes[0]
  if (theme === undefined) return { locale }
  if (!theme.trim()) return { reason: 'The theme is empty. Give a theme slug, or leave the theme out for every message.' }
  return { locale, theme }
}

/** The theme a query names, or a plain reason a feed reader can show: an empty-looking feed would hide the typo. */
export function findTheme(themes: FeedTheme[], slug: string): FeedTheme | Refusal {
  const theme = themes.find((candidate) => candidate.slug === slug)
  if (theme) return theme
  return { reason: `Unknown theme "${shorten(slug)}". Themes: ${themes.map((known) => known.slug).join(', ') || 'none yet'}.` }
}

export const isRefusal = (value: object): value is Refusal => 'reason' in value

/**
 * The items of one feed: in date at `now` (the data may be older than a review date that has since passed),
 * in the theme if one is given, newest first, at most `limit`.
 */
export function selectFeedItems(messages: FeedMessage[], { theme, now, limit = FEED_LIMIT }: { theme?: string; now: Date; limit?: number }): FeedMessage[] {
  return messages
    .filter((message) => !message.reviewBy || Date.parse(message.reviewBy) > now.getTime())
    .filter((message) => !theme || message.themes.some((candidate) => candidate.slug === theme))
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.id.localeCompare(b.id))
    .slice(0, limit)
}

/**
 * When a message's words went live: the scheduled time if it was scheduled, else when these words were
 * approved, never later than its last live save. Not the last save alone: extending a review date is a save,
 * and it would bring an old message back to the top of every feed as if it were new.
 */
export function wentLive({ publishAt, approvedAt, updatedAt }: { publishAt?: string | null; approvedAt?: string | null; updatedAt: string }): string {
  const updated = Date.parse(updatedAt)
  const recorded = [publishAt, approvedAt].map((value) => (value ? Date.parse(value) : NaN)).find((time) => !Number.isNaN(time))
  return new Date(recorded === undefined ? updated : Math.min(recorded, updated)).toISOString()
}

/** Emergency first, as on the message page. */
export const byUrgency = (a: FeedSignpost, b: FeedSignpost) => urgencies.indexOf(b.urgency) - urgencies.indexOf(a.urgency)

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/** Echoed values are cut short: a reason is for a person, not a mirror for whatever was sent. */
const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value)
