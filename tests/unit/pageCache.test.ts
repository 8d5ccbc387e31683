import type { AddressInfo } from 'node:net'
import http, { type Server } from 'node:http'
import zlib from 'node:zlib'

import compression from 'compression'
import express from 'express'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type PageCache, pageCache } from '@/site/pageCache'
import { showsContent, showsPrivateContent } from '@/site/renderRecord'

// The front cache in a real Express app over real HTTP, in front of a stand-in for Next that behaves as Next
// does where it matters (pages streamed in pieces with scripts, HEAD answered with no body, its own ETags and
// 304s, reads noted as the site's queries note them) and counts every page it renders.

let server: Server
let base = ''
let cache: PageCache
/** Every visit the cache reported, as the address asked for (the counting hook's only input). */
let visits: string[] = []
let rendered: Record<string, number> = {}
/** Requests that reached the server at all (most are answered from memory, or wait, and never reach Next). */
let arrived: Record<string, number> = {}
/** Pages whose visitor left before Next finished them. */
let left = new Set<string>()
let version = 1
/** While set, renders wait for it to open: a slow render, to see what other visitors get meanwhile. */
let gate: Promise<void> | undefined
let openGate: () => void = () => undefined

const NEXT_ETAG = '"next-own-etag"'

beforeAll(async () => {
  const app = express()
  // The order server.ts uses: hits before Express, then the security headers and compression, then capture.
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    next()
  })
  app.use(compression())
  app.use((req, res, next) => cache.capture(req, res, next))
  app.get('/admin/login', (_req, res) => {
    count('/admin/login')
    res.type('html').send('<html><head><script src="/_next/admin.js"></script></head><body>Sign in</body></html>')
  })
  app.get('/api/thing', (_req, res) => {
    count('/api/thing')
    res.json({ version })
  })
  app.use(async (req, res) => {
    const path = req.path
    // Next answers a HEAD with headers alone, whatever the page: no body, so no not-found marker either.
    if (req.method === 'HEAD') return void res.type('html').end(null)
    count(path)
    if (path === '/missing') {
      showsContent()
      return void res.type('html').send('<html><head><meta name="campaign-status" content="404"/></head><body><h1>Not found</h1></body></html>')
    }
    if (path === '/search') {
      showsContent('services')
      if (gate) await gate
      return void res.set('Cache-Control', 'private, no-cache, no-store').type('html').send(`<html><body>results for ${req.query.q}</body></html>`)
    }
    if (path === '/preview-only') {
      showsPrivateContent()
      return void res.set('Cache-Control', 'private, no-cache, no-store').type('html').send('<html><body>draft</body></html>')
    }
    if (path === '/flaky' && version > 1) {
      showsContent('messages')
      return void res.status(500).type('html').send('<html><body>Something went wrong</body></html>')
    }
    if (path !== '/unnoted') showsContent(...tagsOf(path))
    // Next's router asks for a page's data, not its HTML.
    if (req.headers.rsc) return void res.type('text/x-component').send('0:["$","h1",null,{}]')
    res.setHeader('x-nextjs-cache', 'MISS')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('ETag', NEXT_ETAG)
    // Next answers a request with its own ETag with a bodiless 304.
    if (req.headers['if-none-match'] === NEXT_ETAG) return void res.status(304).end()
    if (req.headers.range) return void res.status(206).end('<html><head>')
    // Next streams its pages in pieces, with scripts; when the visitor leaves, it stops and never ends the response.
    let gone = false
    res.on('close', () => {
      gone = !res.writableEnded
      if (gone) left.add(path)
    })
    res.write(`<html><head><script src="/_next/a.js"></script></head><body><h1>${path} v${version}</h1>`)
    if (gate) await gate
    if (gone) return
    // A render that fails half-way ends what it has sent.
    if (path === '/cut-short') return void res.end('<p>Some of the')
    res.end('<script>self.__next_f.push([1,"x"])</script></body></html>')
  })
  server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]
    arrived[path] = (arrived[path] ?? 0) + 1
    cache.serve(req, res, () => app(req, res))
  })
  server.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  visits = []
  cache = pageCache({ onVisit: (req) => visits.push(req.url ?? '') })
  rendered = {}
  arrived = {}
  left = new Set()
  version = 1
  gate = undefined
})

const count = (path: string) => (rendered[path] = (rendered[path] ?? 0) + 1)

/** What each stand-in page shows: a message page shows its message, the home page lists every message. */
function tagsOf(path: string): string[] {
  if (path === '/') return ['messages', 'themes']
  if (path.startsWith('/messages/')) return [`messages:${path.split('/')[2]}`]
  if (path === '/services') return ['services']
  if (path === '/flaky') return ['messages']
  return []
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers })
/** Gives a wrong cache a moment to keep what it must not (what it must keep, `kept` waits for). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
/** Waits until the cache holds this many pages (a page is compressed before it is kept). */
const kept = (pages: number) => waitUntil(() => cache.size === pages)

function slowRenders(): void {
  gate = new Promise((resolve) => (openGate = resolve))
}

describe('the front cache for parent pages', () => {
  it('serves a page without its scripts, and serves it again without asking Next', async () => {
    const first = await get('/services')
    const html = await first.text()
    expect(html).toBe('<html><head></head><body><h1>/services v1</h1></body></html>')
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    await kept(1)
    const second = await get('/services')
    expect(await second.text()).toBe(html)
    expect(second.headers.get('x-page-cache')).toBe('HIT')
    // A page from memory carries the same headers as the first answer, and refuses every script.
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')
    expect(second.headers.get('content-security-policy')).toContain("script-src 'none'")
    expect(first.headers.get('content-security-policy')).toContain("script-src 'none'")
    expect(rendered['/services']).toBe(1)
  })

  it('sends the stored page compressed the way the browser asks, and answers a repeat visit with 304', async () => {
    await get('/')
    await kept(1)
    const brotli = await fetch(base + '/', { headers: { 'accept-encoding': 'br' } })
    expect(brotli.headers.get('content-encoding')).toBe('br')
    const gzip = await new Promise<{ encoding?: string; body: string; etag?: string }>((resolve) => {
      // fetch always unpacks; read the raw bytes to prove they are real gzip of the page.
      http.get(base + '/', { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ encoding: response.headers['content-encoding'], etag: response.headers.etag, body: zlib.gunzipSync(Buffer.concat(chunks)).toString() }),
        )
      })
    })
    expect(gzip.encoding).toBe('gzip')
    expect(gzip.body).toContain('<h1>/ v1</h1>')
    const again = await get('/', { 'if-none-match': gzip.etag! })
    expect(again.status).toBe(304)
    expect(rendered['/']).toBe(1)
  })

  it('keys a page by its address alone: a tracking query gets the same page from memory', async () => {
    await get('/services')
    await kept(1)
    const tagged = await get('/services?utm_source=bluesky&utm_campaign=week-12')
    expect(tagged.headers.get('x-page-cache')).toBe('HIT')
    expect(rendered['/services']).toBe(1)
  })

  it("answers Next's router requests from Next, and never lets one make (or unmake) a page", async () => {
    await get('/services')
    await kept(1)
    cache.invalidate(['services'], Date.now())
    await get('/services', { rsc: '1' })
    await settle()
    expect(cache.size).toBe(1)
    expect(rendered['/services']).toBe(2)
  })

  it('never keeps a page for someone signed in or previewing, nor a private answer', async () => {
    await get('/services', { cookie: 'payload-token=abc' })
    await get('/services', { cookie: 'theme=dark; __prerender_bypass=xyz' })
    await get('/preview-only')
    await settle()
    expect(cache.size).toBe(0)
    const draft = await get('/preview-only')
    expect(draft.headers.get('cache-control')).toContain('no-store')
    // Someone signed in is never served the visitors' copy either: their page is made for them.
    await get('/services')
    await kept(1)
    expect((await get('/services', { cookie: 'payload-token=abc' })).headers.get('x-page-cache')).toBeNull()
  })

  it('lets searches (answered per request) through side by side, once it has seen one', async () => {
    await get('/search?q=first')
    slowRenders()
    const searches = ['a', 'b', 'c', 'd', 'e'].map((q) => get(`/search?q=${q}`).then((response) => response.text()))
    await waitUntil(() => rendered['/search'] === 6)
    openGate()
    expect(await Promise.all(searches)).toEqual(['a', 'b', 'c', 'd', 'e'].map((q) => `<html><body>results for ${q}</body></html>`))
    expect(cache.size).toBe(0)
  })

  it('turns a page marked not-found into a real 404, and does not keep it', async () => {
    const response = await get('/missing')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('<h1>Not found</h1>')
    expect(cache.size).toBe(0)
  })

  it('does not keep a page whose reads it did not see (another request made it)', async () => {
    await get('/unnoted')
    await settle()
    expect(cache.size).toBe(0)
  })

  it('leaves the admin its scripts and its own policy, and never keeps it', async () => {
    const admin = await get('/admin/login')
    expect(await admin.text()).toContain('<script src="/_next/admin.js">')
    expect(admin.headers.get('content-security-policy')).toBeNull()
    await get('/admin/login')
    expect(rendered['/admin/login']).toBe(2)
  })

  it('leaves the API alone', async () => {
    expect(await (await get('/api/thing')).json()).toEqual({ version: 1 })
    expect(await (await get('/api/thing')).json()).toEqual({ version: 1 })
    expect(rendered['/api/thing']).toBe(2)
  })
})

describe('counting visits (issue 17)', () => {
  it('reports each page a visitor gets, from memory or made by Next, campaign reference and all, without making it again', async () => {
    await get('/services')
    await kept(1)
    await get('/services?ref=social-facebook')
    await get('/services?ref=qr', { 'if-none-match': (await get('/services')).headers.get('etag')! })
    expect(rendered['/services']).toBe(1)
    expect(visits).toEqual(['/services', '/services?ref=social-facebook', '/services', '/services?ref=qr'])
  })

  it('reports no visit for a not-found page, an error, a HEAD, the admin or the API', async () => {
    await get('/missing')
    await get('/missing')
    version = 2
    await get('/flaky')
    await get('/services')
    await kept(1)
    await fetch(base + '/services', { method: 'HEAD' })
    await get('/admin/login')
    await get('/api/thing')
    expect(visits).toEqual(['/services'])
  })
})

describe('what the front cache refuses to keep (issue 13: one HEAD blanked a page for everyone)', () => {
  it('never keeps the empty answer to a HEAD: a HEAD first makes the whole page, and the next visitor gets it', async () => {
    const head = await fetch(base + '/accessibility', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    await kept(1)
    const page = await get('/accessibility')
    expect(page.headers.get('x-page-cache')).toBe('HIT')
    expect(await page.text()).toBe('<html><head></head><body><h1>/accessibility v1</h1></body></html>')
    expect(rendered['/accessibility']).toBe(1)
    // Once a GET has kept it, a HEAD is answered from memory with the page's real length.
    const again = await fetch(base + '/accessibility', { method: 'HEAD' })
    expect(again.headers.get('x-page-cache')).toBe('HIT')
    expect(Number(again.headers.get('content-length'))).toBeGreaterThan(0)
  })

  it('answers a HEAD for an address nobody published with 404, as a GET does', async () => {
    const head = await fetch(base + '/missing', { method: 'HEAD' })
    expect(head.status).toBe(404)
    expect((await get('/missing')).status).toBe(404)
  })

  it("never keeps Next's bodiless 304: the request that makes the page asks for all of it", async () => {
    const conditional = await get('/accessibility', { 'if-none-match': NEXT_ETAG })
    expect(conditional.status).toBe(200)
    await kept(1)
    const page = await get('/accessibility')
    expect(page.headers.get('x-page-cache')).toBe('HIT')
    expect(await page.text()).toContain('<h1>/accessibility v1</h1>')
  })

  it('never keeps part of a page asked for with Range', async () => {
    const ranged = await get('/accessibility', { range: 'bytes=0-10' })
    expect(ranged.status).toBe(200)
    await kept(1)
    expect(await (await get('/accessibility')).text()).toBe('<html><head></head><body><h1>/accessibility v1</h1></body></html>')
  })

  it('never keeps half a page when the visitor leaves mid-render, and the next visitor makes it whole', async () => {
    slowRenders()
    const leaving = new AbortController()
    const visit = fetch(base + '/privacy', { signal: leaving.signal }).catch(() => 'left')
    await waitUntil(() => rendered['/privacy'] === 1)
    leaving.abort()
    expect(await visit).toBe('left')
    await waitUntil(() => left.has('/privacy'))
    openGate()
    await settle()
    expect(cache.size).toBe(0)
    gate = undefined
    expect(await (await get('/privacy')).text()).toBe('<html><head></head><body><h1>/privacy v1</h1></body></html>')
  })

  it('never keeps a page whose render ended half-way', async () => {
    const cut = await get('/cut-short')
    expect(await cut.text()).toContain('Some of the')
    await settle()
    expect(cache.size).toBe(0)
  })

  it('never keeps an error, and drops the previous copy so a failing page is not served as current', async () => {
    await get('/flaky')
    await kept(1)
    expect(cache.size).toBe(1)
    version = 2
    cache.invalidate(['messages'], Date.now())
    expect((await get('/flaky')).status).toBe(500)
    await settle()
    expect(cache.size).toBe(0)
    expect((await get('/flaky')).status).toBe(500)
  })
})

describe('refreshing by tag', () => {
  it('makes again only the pages a change touched; the rest are served from memory without rendering', async () => {
    for (const path of ['/', '/messages/a', '/messages/b', '/services']) await get(path)
    await kept(4)
    version = 2
    expect(cache.invalidate(['messages:a', 'messages'], Date.now())).toBe(2)
    expect(await (await get('/messages/a')).text()).toContain('v2')
    expect(await (await get('/')).text()).toContain('v2')
    expect(await (await get('/messages/b')).text()).toContain('v1')
    expect(await (await get('/services')).text()).toContain('v1')
    expect(rendered).toEqual({ '/': 2, '/messages/a': 2, '/messages/b': 1, '/services': 1 })
  })

  it('makes everything again when told everything changed', async () => {
    for (const path of ['/messages/a', '/services']) await get(path)
    await kept(2)
    expect(cache.invalidate('everything', Date.now())).toBe(2)
  })

  it('keeps a page that was being made when a change touched it as stale, so it is made again', async () => {
    slowRenders()
    const making = get('/messages/a')
    await waitUntil(() => rendered['/messages/a'] === 1)
    cache.invalidate(['messages:a'], Date.now())
    version = 2
    openGate()
    expect(await (await making).text()).toContain('v1')
    gate = undefined
    await kept(1)
    expect(await (await get('/messages/a')).text()).toContain('v2')
    expect(rendered['/messages/a']).toBe(2)
  })
})

describe('one render per page, however many visitors ask at once', () => {
  it('makes a missing page once while fifty visitors wait for it', async () => {
    slowRenders()
    const visitors = Array.from({ length: 50 }, () => get('/services').then((response) => response.text()))
    await waitUntil(() => rendered['/services'] === 1)
    openGate()
    const pages = await Promise.all(visitors)
    expect(new Set(pages)).toEqual(new Set(['<html><head></head><body><h1>/services v1</h1></body></html>']))
    expect(rendered['/services']).toBe(1)
  })

  it('gives the previous copy while a stale page is made again, then the new one', async () => {
    await get('/')
    await kept(1)
    version = 2
    slowRenders()
    cache.invalidate(['messages'], Date.now() + 60_000)
    const making = get('/')
    await waitUntil(() => rendered['/'] === 2)
    const meanwhile = await Promise.all(Array.from({ length: 20 }, () => get('/')))
    expect(meanwhile.every((response) => response.headers.get('x-page-cache') === 'STALE')).toBe(true)
    expect(await meanwhile[0].text()).toContain('v1')
    openGate()
    expect(await (await making).text()).toContain('v2')
    // Until the new page is kept the previous copy is still served (and nothing is made again meanwhile).
    await waitUntil(async () => (await get('/')).headers.get('x-page-cache') === 'HIT')
    expect(await (await get('/')).text()).toContain('v2')
    expect(rendered['/']).toBe(2)
  })

  it('never gives the old copy once the grace moment is over and nobody is making the page: the visitor makes it', async () => {
    await get('/')
    await kept(1)
    version = 2
    cache.invalidate(['messages'], Date.now())
    const after = await get('/')
    expect(after.headers.get('x-page-cache')).toBeNull()
    expect(await after.text()).toContain('v2')
  })

  it('gives no old copy on the strength of a render begun before the latest change', async () => {
    await get('/messages/a')
    await kept(1)
    version = 2
    cache.invalidate(['messages:a'], Date.now())
    slowRenders()
    const making = get('/messages/a').then((response) => response.text())
    await waitUntil(() => rendered['/messages/a'] === 2)
    await settle()
    cache.invalidate(['messages:a'], Date.now())
    version = 3
    const visitor = get('/messages/a').then((response) => response.text())
    await waitUntil(() => arrived['/messages/a'] === 3)
    gate = undefined
    openGate()
    expect(await making).toContain('v2')
    expect(await visitor).toContain('v3')
  })

  it('makes a waiting visitor wait for a render that will show the change, not one begun before it', async () => {
    slowRenders()
    const before = get('/messages/a').then((response) => response.text())
    await waitUntil(() => rendered['/messages/a'] === 1)
    cache.invalidate(['messages:a'], Date.now())
    version = 2
    const waiting = get('/messages/a').then((response) => response.text())
    await waitUntil(() => arrived['/messages/a'] === 2)
    gate = undefined
    openGate()
    expect(await before).toContain('v1')
    expect(await waiting).toContain('v2')
    expect(rendered['/messages/a']).toBe(2)
  })
})

async function waitUntil(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 10) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('timed out waiting')
}
