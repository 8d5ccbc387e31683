import type { AddressInfo } from 'node:net'
import http, { type Server } from 'node:http'
import zlib from 'node:zlib'

import compression from 'compression'
import express from 'express'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type PageCache, pageCache } from '@/server/pageCache'

// The front cache in a real Express app over real HTTP, in front of a stand-in for Next that says which
// version of the page it made and how often it was asked.

let server: Server
let base = ''
let cache: PageCache
let rendered = 0
let version = 1

beforeAll(async () => {
  cache = pageCache()
  const app = express()
  // The order server.ts uses: hits before Express, then the security headers and compression, then capture.
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    next()
  })
  app.use(compression())
  app.use(cache.capture)
  app.get('/missing', (_req, res) => {
    res.type('html').send('<html><head><meta name="campaign-status" content="404"/></head><body><h1>Not found</h1></body></html>')
  })
  app.get('/preview-only', (_req, res) => {
    res.set('Cache-Control', 'private, no-cache, no-store').type('html').send('<html><body>draft</body></html>')
  })
  app.get('/api/thing', (_req, res) => {
    rendered += 1
    res.json({ version })
  })
  app.use((req, res) => {
    rendered += 1
    res.setHeader('x-nextjs-cache', 'HIT')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    // Next streams its pages in pieces, with scripts.
    res.write(`<html><head><script src="/_next/a.js"></script></head><body><h1>${req.path} v${version}</h1>`)
    res.end('<script>self.__next_f.push([1,"x"])</script></body></html>')
  })
  server = http.createServer((req, res) => {
    if (!cache.tryServe(req, res)) app(req, res)
  })
  server.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  cache.clear()
  rendered = 0
  version = 1
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers })

describe('the front cache for parent pages', () => {
  it('serves a page without its scripts, and serves it again without asking Next', async () => {
    const first = await get('/services')
    const html = await first.text()
    expect(html).toBe('<html><head></head><body><h1>/services v1</h1></body></html>')
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const second = await get('/services')
    expect(await second.text()).toBe(html)
    expect(second.headers.get('x-page-cache')).toBe('HIT')
    // A page from memory carries the same headers as the first answer, and refuses every script.
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')
    expect(second.headers.get('content-security-policy')).toContain("script-src 'none'")
    expect(first.headers.get('content-security-policy')).toContain("script-src 'none'")
    expect(rendered).toBe(1)
  })

  it('sends the stored page compressed the way the browser asks, and answers a repeat visit with 304', async () => {
    await get('/')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const brotli = await fetch(base + '/', { headers: { 'accept-encoding': 'br' } })
    expect(brotli.headers.get('content-encoding')).toBe('br')
    const gzip = await new Promise<{ encoding?: string; body: string; etag?: string }>((resolve) => {
      // fetch always unpacks; read the raw bytes to prove they are real gzip of the page.
      import('node:http').then(({ get: rawGet }) =>
        rawGet(base + '/', { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () =>
            resolve({ encoding: response.headers['content-encoding'], etag: response.headers.etag, body: zlib.gunzipSync(Buffer.concat(chunks)).toString() }),
          )
        }),
      )
    })
    expect(gzip.encoding).toBe('gzip')
    expect(gzip.body).toContain('<h1>/ v1</h1>')
    const again = await get('/', { 'if-none-match': gzip.etag! })
    expect(again.status).toBe(304)
    expect(rendered).toBe(1)
  })

  it('lets go of every page when cleared, so the next visitor gets the new words', async () => {
    await get('/dads')
    await new Promise((resolve) => setTimeout(resolve, 50))
    version = 2
    expect(await (await get('/dads')).text()).toContain('v1')
    cache.clear()
    expect(await (await get('/dads')).text()).toContain('v2')
    expect(rendered).toBe(2)
  })

  it('never keeps a page for someone with a cookie, an address with a query, or a private answer', async () => {
    await get('/services', { cookie: 'payload-token=abc' })
    await get('/services/search?area=thanet')
    await get('/preview-only')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(cache.size).toBe(0)
    const draft = await get('/preview-only')
    expect(draft.headers.get('cache-control')).toContain('no-store')
  })

  it('turns a page marked not-found into a real 404, and does not keep it', async () => {
    const response = await get('/missing')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('<h1>Not found</h1>')
    expect(cache.size).toBe(0)
  })

  it('leaves the API alone', async () => {
    expect(await (await get('/api/thing')).json()).toEqual({ version: 1 })
    expect(await (await get('/api/thing')).json()).toEqual({ version: 1 })
    expect(rendered).toBe(2)
  })
})
