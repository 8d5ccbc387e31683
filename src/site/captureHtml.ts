import { createHash } from 'node:crypto'

import type { Response } from 'express'

import { hasNotFoundMarker } from './statusMarker'
import { withoutScripts } from './withoutScripts'

// Holds a page's response until Next has finished it, takes the scripts out of HTML, sets the parent pages'
// policy, then sends it on. Other responses pass through unchanged. The front cache (./pageCache.ts) is told
// what went out, so it can decide whether to keep it.

export type Headers = Record<string, string | string[] | number>

/** What Next answered, as it went out to the visitor. */
export type Answer = {
  status: number
  /** The page without its scripts, for HTML answers. */
  html?: string
  /** The headers to send again with a kept copy (security headers included), less those that differ per response. */
  headers: Headers
  /** Next made the answer for one person (a preview) or told nobody to keep it. */
  private: boolean
  /** Next served a copy it is about to replace. */
  staleInNext: boolean
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

const PER_RESPONSE = new Set(['content-length', 'content-encoding', 'etag', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'set-cookie'])

const isPrivate = (res: Response) => /private|no-store/i.test(String(res.getHeader('cache-control') ?? ''))

/**
 * Wraps `res` so Next's answer is collected, changed as parent pages need, and sent. `onAnswer` hears what
 * went out once it has, or `undefined` if the response closed before Next finished it (the visitor left).
 */
export function captureHtml(res: Response, onAnswer: (answer: Answer | undefined) => void): void {
  const chunks: Buffer[] = []
  const end = res.end.bind(res) as (body: Buffer, done?: () => void) => Response
  const writeHead = res.writeHead
  let ended = false
  const collect = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
  }
  const callbackIn = (...args: unknown[]) => args.find((arg) => typeof arg === 'function') as (() => void) | undefined

  res.on('close', () => {
    if (!ended) onAnswer(undefined)
  })
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
    ended = true
    collect(chunk, encoding)
    let body = Buffer.concat(chunks)
    let html: string | undefined
    const staleInNext = String(res.getHeader('x-nextjs-cache') ?? '').toUpperCase() === 'STALE'
    if (/text\/html/i.test(String(res.getHeader('content-type') ?? ''))) {
      html = withoutScripts(body.toString('utf8'))
      if (hasNotFoundMarker(html)) res.statusCode = 404
      body = Buffer.from(html)
      res.removeHeader('Content-Length')
      // Next's own cache header speaks to shared caches; an editor's preview stays private.
      if (!isPrivate(res)) res.setHeader('Cache-Control', BROWSER_CACHE)
      res.setHeader('Content-Security-Policy', PARENT_PAGE_POLICY)
      res.setHeader('Vary', 'Accept-Encoding')
      // The same tag the kept copy is served with, not Next's (made over the page with its scripts).
      res.setHeader('ETag', pageTag(body))
    }
    const answer: Answer = { status: res.statusCode, html, headers: storedHeaders(res), private: isPrivate(res), staleInNext }
    // Node sends the headers through writeHead when the body goes: it must be the real one again by then.
    res.writeHead = writeHead
    const sent = end(body, callbackIn(chunk, encoding, callback))
    onAnswer(answer)
    return sent
  }) as Response['end']
}

/** The headers a page went out with (security headers included), less those that differ per response. */
function storedHeaders(res: Response): Headers {
  const kept: Headers = {}
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value !== undefined && !PER_RESPONSE.has(name) && !name.startsWith('x-nextjs')) kept[name] = value
  }
  return kept
}

/** A page's ETag: weak, because compression changes the bytes on the wire but not the page. */
export const pageTag = (page: Buffer) => `W/"${createHash('sha1').update(page).digest('base64url')}"`

/**
 * A whole HTML document. Next streams a page in pieces; a render cut short (the visitor left, the render
 * failed half-way) ends without its closing tag, and must never be kept as the page.
 */
export const isWholeDocument = (html: string | undefined): html is string => html !== undefined && /<\/html>\s*$/i.test(html)
