import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import sharp from 'sharp'

import { buildFeeds, type FeedInput, itemId } from '@/feeds/build'
import { campaignIconPng } from '@/feeds/icon'
import { type FeedMessage, findTheme, isRefusal, matchesETag, readFeedQuery, selectFeedItems, wentLive } from '@/feeds/model'

// Elements that may repeat are always arrays, so a feed with one item reads like a feed with many.
const repeated = ['rss.channel.item', 'rss.channel.item.category', 'feed.link', 'feed.entry', 'feed.entry.link', 'feed.entry.category']
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, path) => repeated.includes(String(path)) })

/** Parses a feed after checking it is well-formed XML; fails with the parser's reason if not. */
function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml)
}

const theme = { slug: 'intrusive-thoughts', title: 'Intrusive thoughts', summary: 'Scary thoughts are common.' }

function message(id: string, changes: Partial<FeedMessage> = {}): FeedMessage {
  return {
    id,
    slug: `message-${id}`,
    title: `Message ${id}`,
    keyMessage: `Key message ${id}.`,
    themes: [theme],
    signposts: [],
    published: '2025-03-01T10:00:00.000Z',
    updated: '2025-03-02T10:00:00.000Z',
    ...changes,
  }
}

const input = (changes: Partial<FeedInput> = {}): FeedInput => ({
  campaignName: 'Nurturing Little Hearts and Minds',
  siteURL: 'https://campaign.example.org',
  locale: 'en',
  description: 'Plain information for parents and carers in Kent.',
  items: [
    message('2', {
      webSummary: 'Many new parents have sudden scary thoughts.',
      published: '2025-04-01T09:00:00.000Z',
      updated: '2025-04-03T09:00:00.000Z',
      signposts: [
        { urgency: 'non-urgent', service: 'Your GP, midwife or health visitor', when: 'Contact them if: the thoughts keep coming back' },
        { urgency: 'emergency', service: 'Emergency: 999 or A&E', when: 'You feel you might act on the thoughts', phone: '999' },
      ],
    }),
    message('1'),
  ],
  emptyUpdated: '2025-05-01T00:00:00.000Z',
  ...changes,
})

describe('the RSS 2.0 feed', () => {
  it('is well-formed and has the channel and item elements RSS requires', () => {
    const { rss } = parseXml(buildFeeds(input()).rss)
    expect(rss['@version']).toBe('2.0')
    const { channel } = rss
    expect(channel.title).toBe('Nurturing Little Hearts and Minds')
    expect(channel.link).toBe('https://campaign.example.org/')
    expect(channel.description).toBe('Plain information for parents and carers in Kent.')
    expect(channel.language).toBe('en')
    expect(channel['atom:link']['@rel']).toBe('self')
    expect(channel['atom:link']['@href']).toBe('https://campaign.example.org/feeds/rss.xml')
    expect(channel.item).toHaveLength(2)
    const [first] = channel.item
    expect(first.title).toBe('Message 2')
    expect(first.link).toBe('https://campaign.example.org/messages/message-2')
    expect(first.guid['#text']).toBe('tag:campaign.example.org,2025:message:2:en')
    expect(first.guid['@isPermaLink']).toBe('false')
    // When it went live, not when it last changed.
    expect(new Date(first.pubDate).toISOString()).toBe('2025-04-01T09:00:00.000Z')
    expect(first.description).toBe('Key message 2.')
    expect(first.category).toEqual(['Intrusive thoughts'])
    expect(new Date(channel.lastBuildDate).toISOString()).toBe('2025-04-03T09:00:00.000Z')
    // The campaign's icon, from the site itself, with its size (RSS assumes 88 × 31 otherwise; at most 144 wide).
    expect(channel.image).toEqual({
      title: 'Nurturing Little Hearts and Minds',
      url: 'https://campaign.example.org/feeds/favicon.png',
      link: 'https://campaign.example.org/',
      width: 64,
      height: 64,
    })
  })

  it('carries the web summary and the care cards, emergency first, as simple HTML', () => {
    const [first] = parseXml(buildFeeds(input()).rss).rss.channel.item
    const html: string = first['content:encoded']
    expect(html).toBe(
      [
        '<p>Many new parents have sudden scary thoughts.</p>',
        '<h2>When to get help</h2>',
        '<h3>Call 999 or go to A&amp;E now if:</h3><p>You feel you might act on the thoughts</p><p>Call 999</p>',
        '<h3>Contact your GP, midwife or health visitor if:</h3><p>the thoughts keep coming back</p>',
      ].join('\n'),
    )
  })
})

describe('the Atom feed', () => {
  it('is well-formed and has the feed and entry elements Atom requires', () => {
    const { feed } = parseXml(buildFeeds(input({ locale: 'pl', theme })).atom)
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe('https://campaign.example.org/feeds/atom.xml?theme=intrusive-thoughts&locale=pl')
    expect(feed.title).toBe('Nurturing Little Hearts and Minds: Intrusive thoughts')
    expect(feed.updated).toBe('2025-04-03T09:00:00.000Z')
    expect(feed.author.name).toBe('Nurturing Little Hearts and Minds')
    expect(feed.link.map((link: Record<string, string>) => [link['@rel'], link['@href']])).toEqual([
      ['alternate', 'https://campaign.example.org/pl/themes/intrusive-thoughts'],
      ['self', 'https://campaign.example.org/feeds/atom.xml?theme=intrusive-thoughts&locale=pl'],
    ])
    expect(feed.subtitle).toBe('Scary thoughts are common.')
    // A small square icon; no <logo>, which Atom means as a wide banner.
    expect(feed.icon).toBe('https://campaign.example.org/feeds/favicon.png')
    expect(feed.logo).toBeUndefined()
    expect(feed.entry).toHaveLength(2)
    const [first] = feed.entry
    expect(first.id).toBe('tag:campaign.example.org,2025:message:2:pl')
    expect(first.title['#text']).toBe('Message 2')
    expect(first.updated).toBe('2025-04-03T09:00:00.000Z')
    expect(first.published).toBe('2025-04-01T09:00:00.000Z')
    expect(first.link[0]['@href']).toBe('https://campaign.example.org/pl/messages/message-2')
    expect(first.category[0]).toMatchObject({ '@term': 'intrusive-thoughts', '@label': 'Intrusive thoughts' })
    // The frame's words are in the feed's language.
    expect(first.content['#text']).toContain('<h2>Kiedy szukać pomocy</h2>')
  })
})

describe('the JSON Feed', () => {
  it('is JSON Feed 1.1 with the top-level and item fields readers need', () => {
    const feed = JSON.parse(buildFeeds(input({ locale: 'ro' })).json)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe('Nurturing Little Hearts and Minds')
    expect(feed.home_page_url).toBe('https://campaign.example.org/ro')
    expect(feed.feed_url).toBe('https://campaign.example.org/feeds/feed.json?locale=ro')
    expect(feed.language).toBe('ro')
    expect(feed.icon).toBe('https://campaign.example.org/feeds/icon.png')
    expect(feed.favicon).toBe('https://campaign.example.org/feeds/favicon.png')
    expect(feed.authors).toEqual([{ name: 'Nurturing Little Hearts and Minds', url: 'https://campaign.example.org/ro' }])
    expect(feed.items).toHaveLength(2)
    const [first] = feed.items
    expect(first).toMatchObject({
      id: 'tag:campaign.example.org,2025:message:2:ro',
      url: 'https://campaign.example.org/ro/messages/message-2',
      title: 'Message 2',
      summary: 'Key message 2.',
      date_published: '2025-04-01T09:00:00.000Z',
      date_modified: '2025-04-03T09:00:00.000Z',
      tags: ['Intrusive thoughts'],
      language: 'ro',
    })
    expect(first.content_html).toContain('<p>Many new parents have sudden scary thoughts.</p>')
    expect(first.content_text).toContain('Many new parents have sudden scary thoughts.\n\nCând să ceri ajutor\n\n')
  })
})

describe('the feeds\' icon', () => {
  it('is a square PNG at the sizes the feeds give: 512 px for JSON Feed, 64 px for RSS, Atom and favicons', async () => {
    for (const [size, pixels] of [['large', 512], ['small', 64]] as const) {
      const png = await campaignIconPng(size)
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
      const { format, width, height } = await sharp(png).metadata()
      expect({ format, width, height }).toEqual({ format: 'png', width: pixels, height: pixels })
      // Drawn, not blank: the campaign's plum at the edge and the paper-coloured heart in the middle.
      const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
      const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)]
      expect(pixel(Math.round(pixels / 2), Math.round(pixels * 0.05))).toEqual([0x7a, 0x3e, 0x6c])
      expect(pixel(Math.round(pixels * 0.25), Math.round(pixels * 0.45))).toEqual([0xfd, 0xf8, 0xf3])
    }
  })
})

describe('untrusted words from the CMS', () => {
  const hostile = message('9', {
    title: 'Mums & dads ]]> <script>alert(1)</script> ]]> end\u0001',
    keyMessage: 'Key <img src=x onerror=alert(1)> & more',
    webSummary: '<script>alert(2)</script>',
    themes: [{ slug: 'odd', title: 'A "quoted" <b>theme</b> & more' }],
    signposts: [{ urgency: 'urgent', service: 'NHS 111 <i>', when: 'If: <script>x</script>', phone: '111' }],
  })
  const feeds = buildFeeds(input({ items: [hostile], campaignName: 'Hearts & <Minds>' }))

  it('never breaks the XML, whatever the text holds', () => {
    parseXml(feeds.rss)
    parseXml(feeds.atom)
    expect(() => JSON.parse(feeds.json)).not.toThrow()
    expect(feeds.rss + feeds.atom + feeds.json).not.toContain('\u0001')
  })

  it('escapes every piece of text in the HTML parts, so no markup or script comes through', () => {
    const rssItem = parseXml(feeds.rss).rss.channel.item[0]
    const atomEntry = parseXml(feeds.atom).feed.entry[0]
    const jsonItem = JSON.parse(feeds.json).items[0]
    for (const html of [rssItem['content:encoded'], rssItem.description, atomEntry.content['#text'], atomEntry.summary['#text'], atomEntry.title['#text'], jsonItem.content_html]) {
      expect(html).not.toMatch(/<(script|img|i|b)\b/)
    }
    expect(jsonItem.content_html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;')
    expect(atomEntry.title['#text']).toBe('Mums &amp; dads ]]&gt; &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; end')
    expect(rssItem.title).not.toContain('<')
    expect(rssItem.title).toContain('Mums & dads')
    // Plain-text fields stay as written.
    expect(jsonItem.title).toBe('Mums & dads ]]> <script>alert(1)</script> ]]> end')
    expect(jsonItem.tags).toEqual(['A "quoted" <b>theme</b> & more'])
  })
})

describe('an empty feed', () => {
  it('is still a valid feed of each kind, dated by when its data was read', () => {
    const feeds = buildFeeds(input({ items: [], theme }))
    const { channel } = parseXml(feeds.rss).rss
    expect(channel.item).toBeUndefined()
    expect(channel.title).toBe('Nurturing Little Hearts and Minds: Intrusive thoughts')
    const { feed } = parseXml(feeds.atom)
    expect(feed.entry).toBeUndefined()
    expect(feed.updated).toBe('2025-05-01T00:00:00.000Z')
    expect(JSON.parse(feeds.json).items).toEqual([])
  })
})

describe('item ids', () => {
  it('stay the same for a message in a language, even if its slug changes, and differ between languages', () => {
    const before = parseXml(buildFeeds(input({ items: [message('5')] })).atom).feed.entry[0].id
    const renamed = parseXml(buildFeeds(input({ items: [message('5', { slug: 'new-slug' })] })).atom).feed.entry[0].id
    expect(renamed).toBe(before)
    expect(itemId('https://campaign.example.org', '5', 'pl')).not.toBe(itemId('https://campaign.example.org', '5', 'en'))
  })
})

describe('choosing the items', () => {
  const now = new Date('2025-06-01T00:00:00.000Z')

  it('puts the newest first and stops at 50', () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      message(String(index), { published: new Date(Date.UTC(2025, 0, 1 + index)).toISOString() }),
    )
    const chosen = selectFeedItems(many, { now })
    expect(chosen).toHaveLength(50)
    expect(chosen[0].id).toBe('59')
    expect(chosen.at(-1)!.id).toBe('10')
  })

  it('keeps only the theme asked for', () => {
    const other = message('7', { themes: [{ slug: 'dads', title: 'Dads' }] })
    expect(selectFeedItems([message('1'), other], { now, theme: 'dads' }).map((item) => item.id)).toEqual(['7'])
    expect(selectFeedItems([message('1'), other], { now, theme: 'nothing-here' })).toEqual([])
  })

  it('drops a message whose review date has passed since the data was read', () => {
    const overdue = message('3', { reviewBy: '2025-05-31T23:59:59.000Z' })
    const current = message('4', { reviewBy: '2025-06-02T00:00:00.000Z' })
    expect(selectFeedItems([overdue, current, message('5')], { now }).map((item) => item.id).sort()).toEqual(['4', '5'])
  })
})

describe('reading a request', () => {
  const query = (text: string) => readFeedQuery(new URLSearchParams(text))

  it('defaults to English, every theme, and ignores parameters it does not know', () => {
    expect(query('')).toEqual({ locale: 'en' })
    expect(query('utm_source=buffer&locale=pl&theme=dads')).toEqual({ locale: 'pl', theme: 'dads' })
  })

  it('refuses an unknown locale, an empty theme or a repeated parameter with a reason a person can read', () => {
    expect(query('locale=de')).toEqual({ reason: 'Unknown locale "de". Use one of: en, pl, ro.' })
    expect(isRefusal(query('theme='))).toBe(true)
    expect(isRefusal(query('locale=pl&locale=ro'))).toBe(true)
    const long = query(`locale=${'x'.repeat(500)}`)
    expect(isRefusal(long) && long.reason.length).toBeLessThan(120)
  })

  it('refuses an unknown theme, naming the ones there are', () => {
    expect(findTheme([theme], 'intrusive-thoughts')).toBe(theme)
    expect(findTheme([theme], 'intrusive')).toEqual({ reason: 'Unknown theme "intrusive". Themes: intrusive-thoughts.' })
  })
})

describe('when a message went live', () => {
  it('is its scheduled time, else its approval, never after its last live save', () => {
    const updatedAt = '2025-03-10T00:00:00.000Z'
    expect(wentLive({ publishAt: '2025-03-05T08:00:00.000Z', approvedAt: '2025-03-01T00:00:00.000Z', updatedAt })).toBe('2025-03-05T08:00:00.000Z')
    expect(wentLive({ publishAt: null, approvedAt: '2025-03-01T00:00:00.000Z', updatedAt })).toBe('2025-03-01T00:00:00.000Z')
    expect(wentLive({ updatedAt })).toBe(updatedAt)
    expect(wentLive({ approvedAt: '2025-04-01T00:00:00.000Z', updatedAt })).toBe(updatedAt)
  })
})

describe('conditional requests', () => {
  it('matches an ETag weakly, in a list, or any with *', () => {
    const etag = 'W/"abc"'
    expect(matchesETag('W/"abc"', etag)).toBe(true)
    expect(matchesETag('"abc"', etag)).toBe(true)
    expect(matchesETag('"x", W/"abc"', etag)).toBe(true)
    expect(matchesETag('*', etag)).toBe(true)
    expect(matchesETag('W/"abd"', etag)).toBe(false)
    expect(matchesETag(null, etag)).toBe(false)
  })
})
