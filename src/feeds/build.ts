// Builds the public feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) from plain data. RSS and Atom come from the
// `feed` package; JSON Feed is written here because that package only writes version 1.0.
//
// Everything in a feed is the CMS's text, so it is treated as untrusted: HTML parts are escaped here, and
// characters XML cannot carry are dropped, because `feed`'s XML writer does not do either fully (it escapes
// only & and " in attributes, and splits only the first "]]>" in CDATA).

import { Feed, type Item } from 'feed'

import { localePath, type SiteLocale, wordsFor } from '../i18n/siteWords'

import { byUrgency, type FeedFormat, feedFiles, feedIcons, type FeedMessage, type FeedSignpost, type FeedTheme } from './model'

export type FeedInput = {
  campaignName: string
  /** The public address of the site, no trailing slash. */
  siteURL: string
  locale: SiteLocale
  description: string
  /** The theme the feed is narrowed to, if any. */
  theme?: FeedTheme
  /** Already selected and ordered (selectFeedItems). */
  items: FeedMessage[]
  /** The feed's `updated` when it has no items. */
  emptyUpdated: string
}

export function buildFeeds(input: FeedInput): Record<FeedFormat, string> {
  return { rss: buildFeed('rss', input), atom: buildFeed('atom', input), json: buildFeed('json', input) }
}

export function buildFeed(format: FeedFormat, input: FeedInput): string {
  const feed = describe(input)
  if (format === 'json') return jsonFeed(feed)
  // Atom and RSS read titles differently: Atom's are marked as HTML, RSS readers mostly show them as text.
  const xml = new Feed({
    id: feed.selfURL.atom,
    title: feed.title,
    description: feed.description,
    link: feed.homeURL,
    language: feed.language,
    updated: new Date(feed.updated),
    generator: false,
    // Minutes, as the Cache-Control max-age: readers that honour it poll no more often than that.
    ttl: 5,
    feedLinks: { rss: feed.selfURL.rss, atom: feed.selfURL.atom },
    author: { name: feed.campaignName, link: feed.siteHome },
    // RSS's <image>, which the writer also puts in Atom as <logo> (a wide banner there): so RSS only.
    image: format === 'rss' ? feed.icons.small : undefined,
    // Atom's <icon>: small and square.
    favicon: feed.icons.small,
  })
  for (const item of feed.items) {
    xml.addItem({
      id: item.id,
      title: format === 'atom' ? escapeHtml(item.title) : rssTitle(item.title),
      link: item.url,
      date: new Date(item.updated),
      published: new Date(item.published),
      // RSS descriptions and Atom summaries are read as HTML, so the plain key message is escaped.
      description: escapeHtml(item.summary),
      content: item.html,
      category: item.themes.map((theme) =>
        format === 'atom' ? { term: theme.slug, name: attributeSafe(theme.title) } : { name: theme.title },
      ) satisfies Item['category'],
    })
  }
  return format === 'atom' ? xml.atom1() : withImageSize(xml.rss2())
}

/**
 * RSS 2.0 takes an image as 88 × 31 unless told its size; ours is square. The channel's <image> comes before
 * any item, so the first </image> is its end.
 */
const withImageSize = (rss: string) => {
  const { size } = feedIcons.small
  return rss.replace('</image>', `    <width>${size}</width>\n            <height>${size}</height>\n        </image>`)
}

type Described = {
  campaignName: string
  language: SiteLocale
  title: string
  description: string
  siteHome: string
  homeURL: string
  selfURL: Record<FeedFormat, string>
  icons: { large: string; small: string }
  updated: string
  items: {
    id: string
    url: string
    title: string
    summary: string
    html: string
    text: string
    themes: FeedTheme[]
    published: string
    updated: string
  }[]
}

/** What every format says, worked out once: cleaned text, addresses, ids and the item bodies. */
function describe(input: FeedInput): Described {
  const { siteURL, locale, theme } = input
  const words = wordsFor(locale)
  const query = new URLSearchParams({ ...(theme ? { theme: theme.slug } : {}), ...(locale !== 'en' ? { locale } : {}) }).toString()
  const selfURL = Object.fromEntries(
    Object.entries(feedFiles).map(([format, { path }]) => [format, `${siteURL}${path}${query ? `?${query}` : ''}`]),
  ) as Record<FeedFormat, string>
  const campaignName = clean(input.campaignName)
  const items = input.items.map((message) => {
    const title = clean(message.title)
    const summary = clean(message.keyMessage)
    const lead = clean(message.webSummary?.trim() || message.keyMessage)
    const cards = [...message.signposts].sort(byUrgency).map((signpost) => careCard(signpost, locale))
    // Simple HTML with every piece of text escaped, and the same words as plain text for tools that post it.
    const html = [`<p>${escapeHtml(lead)}</p>`]
    const text = [lead]
    if (cards.length) {
      html.push(`<h2>${escapeHtml(words.message.whenToGetHelp)}</h2>`)
      text.push(words.message.whenToGetHelp)
      for (const { heading, lines } of cards) {
        html.push(`<h3>${escapeHtml(heading)}</h3>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}`)
        text.push([heading, ...lines].join('\n'))
      }
    }
    return {
      id: itemId(siteURL, message.id, locale),
      url: siteURL + localePath(locale, `/messages/${encodeURIComponent(message.slug)}`),
      title,
      summary,
      html: html.join('\n'),
      text: text.join('\n\n'),
      themes: message.themes.map((itemTheme) => ({ slug: itemTheme.slug, title: clean(itemTheme.title) })),
      published: isoOr(message.published, input.emptyUpdated),
      updated: isoOr(message.updated, input.emptyUpdated),
    }
  })
  const newest = items.reduce<string | undefined>((latest, item) => (!latest || item.updated > latest ? item.updated : latest), undefined)
  return {
    campaignName,
    language: locale,
    title: theme ? `${campaignName}: ${clean(theme.title)}` : campaignName,
    description: clean(theme?.summary?.trim() || input.description),
    siteHome: siteURL + localePath(locale, '/'),
    homeURL: siteURL + localePath(locale, theme ? `/themes/${encodeURIComponent(theme.slug)}` : '/'),
    selfURL,
    icons: { large: siteURL + feedIcons.large.path, small: siteURL + feedIcons.small.path },
    updated: newest ?? isoOr(input.emptyUpdated, new Date(0).toISOString()),
    items,
  }
}

/** The care card's words: who to contact and when, and the number once a person has checked it. */
function careCard({ urgency, service, when, phone }: FeedSignpost, locale: SiteLocale) {
  const { careCard: words } = wordsFor(locale)
  const name = clean(service)
  // "Your GP" reads as "your GP" in the middle of an English sentence, as on the message page.
  const inSentence = locale === 'en' ? name.replace(/^Your\b/, 'your') : name
  const heading = urgency === 'emergency' ? words.emergency : urgency === 'urgent' ? words.urgentFrom(inSentence) : words.contactIf(inSentence)
  const number = phone?.trim()
  const call = number ? (name.includes(number) ? words.callNumber(number) : words.call(name, number)) : undefined
  // The situations are often written "Contact them if: ..."; the heading already says that.
  const situations = clean(when).replace(/^[^:]*:\s*/, '')
  return { heading, lines: [situations, ...(call ? [call] : [])].filter(Boolean) }
}

function jsonFeed(feed: Described): string {
  const { language } = feed
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.homeURL,
      feed_url: feed.selfURL.json,
      description: feed.description,
      icon: feed.icons.large,
      favicon: feed.icons.small,
      language,
      authors: [{ name: feed.campaignName, url: feed.siteHome }],
      items: feed.items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        summary: item.summary,
        content_html: item.html,
        content_text: item.text,
        date_published: item.published,
        date_modified: item.updated,
        tags: item.themes.map((theme) => theme.title),
        language,
      })),
    },
    null,
    2,
  )
}

/**
 * An id for a message in one language that never changes, even if its slug does (RFC 4151 tag URI). It names
 * the site's host, so moving the public site to a new address gives every item a new id.
 */
export function itemId(siteURL: string, messageId: string, locale: SiteLocale): string {
  return `tag:${new URL(siteURL).hostname},2025:message:${encodeURIComponent(messageId)}:${locale}`
}

/** Characters XML 1.0 cannot carry, even escaped: one pasted into the CMS would break the whole feed. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export const clean = (text: string | null | undefined): string => String(text ?? '').replace(NOT_XML, '')

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/**
 * RSS readers disagree on whether a title is text or HTML. "&" stays as typed, so tools that post the title
 * do not post "&amp;"; "<" is escaped, so no reader can take part of a title for markup. A "]]>" would end the
 * CDATA section early, and the writer only guards against the first one.
 */
const rssTitle = (text: string) => text.replace(/</g, '&lt;').replace(/]]>/g, ']]&gt;')

/** The writer escapes & and " in attributes but not < or >, which would make the XML malformed. */
const attributeSafe = (text: string) => text.replace(/[<>]/g, '')

const isoOr = (value: string, fallback: string) => {
  const time = Date.parse(value)
  return Number.isNaN(time) ? fallback : new Date(time).toISOString()
}
