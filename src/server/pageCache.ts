import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler, Response } from 'express'

import { hasNotFoundMarker } from './statusMarker'
import { withoutScripts } from './withoutScripts'

// The public pages' front cache. Next keeps rendered pages in its own cache; this keeps the finished bytes
// (scripts taken out, already compressed) in memory, so a visitor's request costs no rendering, no
// compression and no database. Only anonymous requests for a page's plain address are kept; the shell
// empties it whenever content changes (src/server/siteRefresh.ts).

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

type Headers = Record<string, string | string[] | number>
type Entry = { etag: string; headers: Headers; identity: Buffer; gzip: Buffer; br: Buffer }

/** Paths that are not parent pages: the admin, the API, Next's assets, preview and files for machines. */
const NOT_PAGES = /^\/(?:admin|api|_next|preview|q|sitemap\.xml|robots\.txt|favicon\.ico)(?:[/?]|$)/

export type PageCache = {
  /**
   * Before Express sees the request at all: answers from memory, with the headers the page first went out
   * with, and says whether it did. Plain Node types, so a hit costs no routing or middleware.
   */
  tryServe(req: IncomingMessage, res: ServerResponse): boolean
  /** After the security headers and compression: keeps what Next sends, with its scripts taken out. */
  capture: RequestHandler
  clear(): void
  readonly size: number
  /** Pages served from memory since the last call: a count, never who or what. */
  takeHitCount(): number
}

export function pageCache({ maxEntries = 2000 } = {}): PageCache {
  const entries = new Map<string, Entry>()
  // Bumped on every clear, so a page rendered before a change cannot be stored after it.
  let generation = 0

  let hits = 0
  /** Only anonymous reads of a page's plain address are kept: no cookie (an editor), no query (a search). */
  const keyFor = ({ method, url = '', headers }: IncomingMessage) =>
    (method === 'GET' || method === 'HEAD') && !headers.cookie && !url.includes('?') && !NOT_PAGES.test(url) ? url : undefined

  const tryServe = (req: IncomingMessage, res: ServerResponse): boolean => {
    const key = keyFor(req)
    const hit = key === undefined ? undefined : entries.get(key)
    if (!hit) return false
    hits++
    sendEntry(req, res, hit)
    return true
  }

  const capture: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_PAGES.test(req.path)) return next()
    const key = keyFor(req)
    const startedIn = generation
    captureHtml(res, async (html, fresh) => {
      if (key === undefined || !fresh) return
      const entry = await entryFor(html, storedHeaders(res))
      if (startedIn !== generation) return
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
      entries.set(key, entry)
    })
    next()
  }

  return {
    tryServe,
    capture,
    takeHitCount() {
      const count = hits
      hits = 0
      return count
    },
    clear() {
      generation++
      entries.clear()
    },
    get size() {
      return entries.size
    },
  }
}

/** A page Next made just now or served from its cache; not a stale copy it is about to replace, nor a private one. */
function isFresh(res: Response): boolean {
  if (res.statusCode !== 200) return false
  if (String(res.getHeader('x-nextjs-cache') ?? '').toUpperCase() === 'STALE') return false
  return !isPrivate(res)
}

const isPrivate = (res: Response) => /private|no-store/i.test(String(res.getHeader('cache-control') ?? ''))

/** The headers a page went out with (security headers included), less those that differ per response. */
function storedHeaders(res: Response): Headers {
  const kept: Headers = {}
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value !== undefined && !PER_RESPONSE.has(name) && !name.startsWith('x-nextjs')) kept[name] = value
  }
  return kept
}

const PER_RESPONSE = new Set(['content-length', 'content-encoding', 'etag', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'set-cookie'])

async function entryFor(html: string, headers: Headers): Promise<Entry> {
  const identity = Buffer.from(html)
  const [gz, br] = await Promise.all([gzip(identity, { level: 9 }), brotli(identity)])
  const etag = `W/"${createHash('sha1').update(identity).digest('base64url')}"`
  return { etag, headers: { ...headers, etag, 'x-page-cache': 'HIT' }, identity, gzip: gz, br }
}

function sendEntry(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, entry.headers).end()
    return
  }
  const accepts = String(req.headers['accept-encoding'] ?? '')
  const [encoding, body] = /\bbr\b/.test(accepts) ? ['br', entry.br] : /\bgzip\b/.test(accepts) ? ['gzip', entry.gzip] : [undefined, entry.identity]
  const headers = encoding ? { ...entry.headers, 'content-encoding': encoding } : entry.headers
  res.writeHead(200, { ...headers, 'content-length': body.length })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * With the scripts gone, a parent page can refuse every script: even words pasted into the CMS with a
 * <script> in them could not run. Styles are Next's own stylesheet (and inline style attributes).
 */
const PARENT_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ')

/** Browsers ask again each time (cheap, with the ETag), so nobody keeps reading wording that has changed. */
const BROWSER_CACHE = 'public, max-age=0, must-revalidate'

/**
 * Holds a page's response until Next has finished it, takes the scripts out of HTML, then sends it on. Other
 * responses pass through unchanged. `onHtml` sees the finished HTML, and whether it is fresh enough to keep.
 */
function captureHtml(res: Response, onHtml: (html: string, fresh: boolean) => Promise<void>): void {
  const chunks: Buffer[] = []
  const end = res.end.bind(res) as (body: Buffer, done?: () => void) => Response
  const writeHead = res.writeHead
  const collect = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
  }
  const callbackIn = (...args: unknown[]) => args.find((arg) => typeof arg === 'function') as (() => void) | undefined

  // Headers wait too: the page's length changes once the scripts are out.
  res.flushHeaders = () => undefined
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as Record<string, string> | undefined
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value)
    return res
  }) as Response['writeHead']
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    collect(chunk, encoding)
    callbackIn(encoding, callback)?.()
    return true
  }) as Response['write']
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    collect(chunk, encoding)
    let body = Buffer.concat(chunks)
    if (/text\/html/i.test(String(res.getHeader('content-type') ?? ''))) {
      const html = withoutScripts(body.toString('utf8'))
      if (hasNotFoundMarker(html)) res.statusCode = 404
      const fresh = isFresh(res)
      body = Buffer.from(html)
      res.removeHeader('Content-Length')
      // Next's own cache header speaks to shared caches; an editor's preview stays private.
      if (!isPrivate(res)) res.setHeader('Cache-Control', BROWSER_CACHE)
      res.setHeader('Content-Security-Policy', PARENT_PAGE_POLICY)
      res.setHeader('Vary', 'Accept-Encoding')
      onHtml(html, fresh).catch(() => undefined)
    }
    // Node sends the headers through writeHead when the body goes: it must be the real one again by then.
    res.writeHead = writeHead
    return end(body, callbackIn(chunk, encoding, callback))
  }) as Response['end']
}
