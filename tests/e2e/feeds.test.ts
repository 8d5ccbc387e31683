import { XMLParser, XMLValidator } from 'fast-xml-parser'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '@/domain/richText'
import { demoStates } from '@/seed/demoStates'
import { messages as seededMessages } from '@/seed/content/messages'

import { apiHeadersAs, eventually, useRunningSite } from '../helpers/site'

// The public feeds on the production server with the demo content: what posting tools and feed readers get.

const site = useRunningSite()
const get = (path: string, init?: RequestInit) => fetch(site.server.url + path, init)

const repeated = ['rss.channel.item', 'rss.channel.item.category', 'feed.link', 'feed.entry', 'feed.entry.link', 'feed.entry.category']
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, path) => repeated.includes(String(path)) })

type Links = { slugs: string[]; titles: string[] }

/** Checks a feed's format and its required elements, and returns the message slugs and titles it lists. */
async function readFeed(path: string): Promise<Links & { format: string; language: string }> {
  const response = await get(path)
  expect(response.status, path).toBe(200)
  const body = await response.text()
  const type = response.headers.get('content-type')
  const slugOf = (url: string) => new URL(url).pathname.replace(/^\/(pl|ro)\//, '/').replace(/^\/messages\//, '')
  if (path.includes('rss.xml')) {
    expect(type).toBe('application/rss+xml; charset=utf-8')
    expect(XMLValidator.validate(body), path).toBe(true)
    const { channel } = parser.parse(body).rss
    expect(channel.title).toBeTruthy()
    expect(channel.link).toMatch(/^http/)
    expect(channel.description).toBeTruthy()
    const items = channel.item ?? []
    for (const item of items) {
      expect(item.title).toBeTruthy()
      expect(item.link).toMatch(/^http/)
      expect(item.guid['#text']).toMatch(/^tag:/)
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
    }
    return { format: 'rss', language: channel.language, slugs: items.map((item: { link: string }) => slugOf(item.link)), titles: items.map((item: { title: string }) => item.title) }
  }
  if (path.includes('atom.xml')) {
    expect(type).toBe('application/atom+xml; charset=utf-8')
    expect(XMLValidator.validate(body), path).toBe(true)
    const { feed } = parser.parse(body)
    expect(feed.id).toMatch(/^http/)
    expect(feed.title).toBeTruthy()
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false)
    expect(feed.link.find((link: Record<string, string>) => link['@rel'] === 'self')['@href']).toBe(site.server.url + path)
    const entries = feed.entry ?? []
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:/)
      expect(entry.title['#text']).toBeTruthy()
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false)
      expect(entry.link[0]['@href']).toMatch(/^http/)
    }
    return {
      format: 'atom',
      language: '',
      slugs: entries.map((entry: { link: Record<string, string>[] }) => slugOf(entry.link[0]['@href'])),
      titles: entries.map((entry: { title: Record<string, string> }) => entry.title['#text']),
    }
  }
  expect(type).toBe('application/feed+json; charset=utf-8')
  const feed = JSON.parse(body)
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(feed.title).toBeTruthy()
  for (const item of feed.items) {
    expect(item.id).toMatch(/^tag:/)
    expect(item.url).toMatch(/^http/)
    expect(item.content_html || item.content_text).toBeTruthy()
  }
  return { format: 'json', language: feed.language, slugs: feed.items.map((item: { url: string }) => slugOf(item.url)), titles: feed.items.map((item: { title: string }) => item.title) }
}

const formats = ['/feeds/rss.xml', '/feeds/atom.xml', '/feeds/feed.json']
const live = seededMessages.filter((message) => (demoStates[message.slug] ?? 'published') === 'published')
const notLive = seededMessages.filter((message) => !live.includes(message)).map((message) => message.slug)
const liveIn = (theme: string) => live.filter((message) => message.themes.includes(theme)).map((message) => message.slug).sort()

describe('the public feeds', () => {
  it('list every published message and nothing else, in RSS, Atom and JSON Feed, with caching headers and no cookies', async () => {
    // The demo content has a message at every other step: draft, in review, approved, scheduled, expired, archived.
    expect(notLive.length).toBeGreaterThanOrEqual(5)
    for (const path of formats) {
      const { slugs } = await readFeed(path)
      expect([...slugs].sort(), path).toEqual(live.map((message) => message.slug).sort())
      for (const slug of notLive) expect(slugs, path).not.toContain(slug)
      const response = await get(path)
      expect(response.headers.get('cache-control')).toBe('public, max-age=300')
      expect(response.headers.get('etag')).toMatch(/^W\/".+"$/)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    // Each item's link is the message's own page.
    const { slugs } = await readFeed('/feeds/feed.json')
    expect((await get(`/messages/${slugs[0]}`)).status).toBe(200)
  })

  it('name the campaign icon, served by the site itself as a square PNG, in every format', async () => {
    const rss = parser.parse(await (await get('/feeds/rss.xml?locale=pl')).text()).rss.channel
    const atom = parser.parse(await (await get('/feeds/atom.xml')).text()).feed
    const json = JSON.parse(await (await get('/feeds/feed.json?locale=ro')).text())
    const named = [
      [rss.image.url, Number(rss.image.width)],
      [atom.icon, 64],
      [json.icon, 512],
      [json.favicon, 64],
    ] as const
    expect(rss.image.link).toBe(rss.link)
    expect(Number(rss.image.height)).toBe(Number(rss.image.width))
    for (const [url, pixels] of named) {
      // The site's own address: feed readers fetch nothing from anyone else.
      expect(new URL(url).origin, url).toBe(site.server.url)
      const response = await get(new URL(url).pathname)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400')
      expect(response.headers.get('set-cookie')).toBeNull()
      const { format, width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      expect({ format, width, height }, url).toEqual({ format: 'png', width: pixels, height: pixels })
    }
    const head = await get('/feeds/icon.png', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('image/png')
    // Read-only addresses: anything but reading is not taken.
    for (const path of ['/feeds/icon.png', '/feeds/favicon.png']) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const response = await get(path, { method, headers: { 'content-type': 'application/json', origin: site.server.url }, body: '{}' })
        expect([404, 405, 501], `${method} ${path}`).toContain(response.status)
        expect(response.headers.get('content-type') ?? '', `${method} ${path}`).not.toMatch(/image/)
      }
    }
  })

  it('narrow to a theme, and give a valid empty feed for a theme with nothing live', async () => {
    for (const path of formats) {
      const { slugs } = await readFeed(`${path}?theme=dads-and-co-parents`)
      expect([...slugs].sort(), path).toEqual(liveIn('dads-and-co-parents'))
      // Bonding's messages are scheduled or drafts in the demo.
      expect((await readFeed(`${path}?theme=bonding`)).slugs, path).toEqual([])
    }
    expect(liveIn('dads-and-co-parents').length).toBeGreaterThan(0)
    expect(liveIn('bonding')).toEqual([])
  })

  it('refuse an unknown locale or theme with a plain reason, not an empty feed', async () => {
    const badLocale = await get('/feeds/rss.xml?locale=de')
    expect(badLocale.status).toBe(400)
    expect(badLocale.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await badLocale.text()).toContain('Unknown locale "de"')
    const badTheme = await get('/feeds/atom.xml?theme=no-such-theme')
    expect(badTheme.status).toBe(400)
    expect(await badTheme.text()).toContain('Unknown theme "no-such-theme"')
  })

  it('answer a repeat poll with 304 Not Modified when nothing changed', async () => {
    for (const path of formats) {
      const first = await get(path)
      const etag = first.headers.get('etag')!
      const again = await get(path, { headers: { 'if-none-match': etag } })
      expect(again.status, path).toBe(304)
      expect(again.headers.get('etag')).toBe(etag)
      expect(await again.text()).toBe('')
      expect((await get(path, { headers: { 'if-none-match': 'W/"something-else"' } })).status).toBe(200)
    }
  })

  it('are announced in the head of the pages, in the page language', async () => {
    expect(await (await get('/')).text()).toContain('<link rel="alternate" type="application/rss+xml" title="Nurturing Little Hearts and Minds" href="/feeds/rss.xml"/>')
    expect(await (await get('/pl')).text()).toContain('href="/feeds/rss.xml?locale=pl"')
  })
})

describe('a Polish feed', () => {
  it('lists only messages translated into Polish, and a new translation appears within seconds of publishing', async () => {
    // Read first, so the feeds' cache holds the Polish data from before the translation. The starter content has
    // one message translated into Polish; the English-only ones are not listed.
    const before = ['asking-for-help-is-safe']
    for (const path of formats) {
      const feed = await readFeed(`${path}?locale=pl`)
      expect(feed.slugs, path).toEqual(before)
    }
    expect((await readFeed('/feeds/rss.xml?locale=pl')).language).toBe('pl')

    // A new message written in English and Polish, taken through review and publication as the team would.
    const slug = 'feeds-test-polish-message'
    const title = 'Uczucia po narodzinach dziecka są częste'
    const api = async (role: string, method: string, path: string, body: unknown) => {
      const response = await get(path, { method, headers: await apiHeadersAs(site, role), body: JSON.stringify(body) })
      const text = await response.text()
      expect(response.ok, `${role} ${method} ${path}: ${text}`).toBe(true)
      return JSON.parse(text).doc as { id: number }
    }
    const { id } = await api('editor', 'POST', '/api/messages?draft=true', {
      slug,
      title: 'Feelings after a baby are common',
      keyMessage: 'Feelings after a baby are common, and help is there.',
      body: richTextFromParagraphs(['Many parents have feelings they did not expect.', 'You can talk about them.']),
      audiences: ['all-parents'],
    })
    await api('editor', 'PATCH', `/api/messages/${id}?draft=true&locale=pl`, {
      title,
      keyMessage: 'Uczucia po narodzinach dziecka są częste. Pomoc jest dostępna.',
      body: richTextFromParagraphs(['Wielu rodziców ma uczucia, których się nie spodziewali.', 'Możesz o nich porozmawiać.']),
    })
    await api('editor', 'PATCH', `/api/messages/${id}?draft=true`, { workflow: { state: 'in_review' } })
    await api('reviewer', 'PATCH', `/api/messages/${id}?draft=true`, { workflow: { state: 'approved' } })
    await api('publisher', 'PATCH', `/api/messages/${id}`, { workflow: { state: 'published' } })

    expect(await eventually(async () => (await readFeed('/feeds/feed.json?locale=pl')).slugs.includes(slug))).toBe(true)
    for (const path of formats) {
      const feed = await readFeed(`${path}?locale=pl`)
      expect(feed.slugs, path).toEqual([slug, ...before])
      expect(feed.titles[0], path).toBe(title)
    }
    const rss = await (await get('/feeds/rss.xml?locale=pl')).text()
    expect(rss).toContain(`<link>${site.server.url}/pl/messages/${slug}</link>`)
    expect(rss).toContain(`:message:${id}:pl</guid>`)
    // The English feed has the same message in English.
    const english = await readFeed('/feeds/rss.xml')
    expect(english.titles).toContain('Feelings after a baby are common')
    expect(english.titles).not.toContain(title)
  })
})
