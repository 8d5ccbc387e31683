import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'

import { type Answer, captureHtml, type Headers, isWholeDocument, pageTag } from './captureHtml'
import { newRenderRecord, noteRender, type RenderRecord } from './renderRecord'
import { type SiteChange, type SiteTag, touches } from './tags'

// The public pages' front cache: the one place a finished page is kept. Next renders; this keeps the bytes it
// sent (scripts taken out, already compressed) with the tags of what the page showed, so a visitor's request
// costs no rendering, no compression and no database. A change marks the pages it touched stale; the next
// request for one makes it again while the others get the previous copy for a moment, or wait for that one
// render when there is no copy: one render per page per change, however many visitors ask at once.

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

type Entry = {
  etag: string
  headers: Headers
  identity: Buffer
  gzip: Buffer
  br: Buffer
  tags: readonly SiteTag[]
  madeAt: number
  /**
   * Set once a change touched it: it may be served until `serveStaleUntil` (the first such change's grace
   * moment), or while a render begun after the latest such change (`since`) is under way.
   */
  stale?: { since: number; serveStaleUntil: number }
}

/** How a render for one address ended, for the requests that waited on it. */
type Outcome = 'kept' | 'not-kept' | 'abandoned'

/** A render in progress for one address, made by one request (`owner`); the others arriving meanwhile wait. */
type Flight = { owner: IncomingMessage; startedAt: number; done: Promise<Outcome>; finish(outcome: Outcome): void; capturing: boolean }

/** Paths that are not parent pages: the admin, the API, Next's assets, preview and files for machines. */
const NOT_PAGES = /^\/(?:admin|api|_next|preview|q|feeds|sitemap\.xml|robots\.txt|favicon\.ico)(?:[/?]|$)/
/** Someone signed in, or an editor previewing drafts (Next's draft mode): their pages are made for them. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|payload-token)=/

/** A safety net only: changes refresh their pages within a second or two; this catches one made outside Payload. */
export const PAGE_MAX_AGE_MS = 60 * 60 * 1000
/** How long a visitor waits for another request's render before asking Next themselves. */
const WAIT_FOR_RENDER_MS = 15_000
/** A visitor waits for this many renders of a page at most (one abandoned, one made before a change...). */
const WAIT_ROUNDS = 3
const MAX_ENTRIES_MADE_PER_REQUEST = 1000
/** Invalidations remembered for renders still running (a render older than these is taken as touched). */
const REMEMBERED_CHANGES = 256

export type PageCache = {
  /**
   * Before Express sees the request at all: answers from memory, waits for a render in flight, or hands the
   * request on (`passOn`: the Express app). Plain Node types, so a hit costs no routing or middleware.
   */
  serve(req: IncomingMessage, res: ServerResponse, passOn: () => void): void
  /** After the security headers and compression: notes what the render shows and keeps what Next sends. */
  capture: RequestHandler
  /** A change was saved: pages showing what it touched are stale. Returns how many. */
  invalidate(change: SiteChange, serveStaleUntil: number): number
  readonly size: number
  /** Pages served from memory since the last call: a count, never who or what. */
  takeHitCount(): number
  /** Pages Next made for the cache since the last call: a count. */
  takeRenderCount(): number
}

/** Told of each page a visitor got (from memory or made by Next), for counting visits (src/insight/). */
export type OnVisit = (req: IncomingMessage) => void

export function pageCache({ maxEntries = 2000, onVisit }: { maxEntries?: number; onVisit?: OnVisit } = {}): PageCache {
  const entries = new Map<string, Entry>()
  const flights = new Map<string, Flight>()
  // Addresses whose page reads the request (a search, a form): Next answers them privately, each for its
  // visitor, so they are never kept and nobody waits for anybody else's. A property of the page's code.
  const madePerRequest = new Set<string>()
  // Every invalidation, numbered, so a render that started before one can tell whether it touched its page.
  const changes: { number: number; at: number; change: ReadonlySet<SiteTag> | 'everything'; serveStaleUntil: number }[] = []
  let changeNumber = 0
  let hits = 0
  let renders = 0
  /** HEAD requests made as a GET: answered without a body, and not a visit. */
  const madeForHead = new WeakSet<IncomingMessage>()

  const send = (req: IncomingMessage, res: ServerResponse, entry: Entry) => {
    hits++
    if (req.method === 'GET') onVisit?.(req)
    sendEntry(req, res, entry)
  }
  /**
   * A HEAD for a page with no copy to answer is made as the GET it stands for, and Node sends no body for it (it
   * goes by the method the request arrived with). So the status is the page's own (an address nobody published
   * answers 404, as a GET does; Next alone says 200), and a page made for anyone is kept for the next visitor.
   */
  const madeAsGet = (req: IncomingMessage): void => {
    if (req.method !== 'HEAD' || !isParentPage(req)) return
    madeForHead.add(req)
    req.method = 'GET'
  }
  /** A page Next made: a visit if it is a whole page answered 200 (not a 404 for an address someone made up). */
  const noteMade = (req: IncomingMessage, answer: Answer | undefined) => {
    if (onVisit && req.method === 'GET' && !madeForHead.has(req) && answer?.status === 200 && isWholeDocument(answer.html)) onVisit(req)
  }

  function serve(req: IncomingMessage, res: ServerResponse, passOn: () => void, round = 0): void {
    // Whenever Next answers a page itself, a HEAD goes to it as a GET.
    const nextAnswers = () => {
      madeAsGet(req)
      passOn()
    }
    const key = keyFor(req)
    if (key === undefined || madePerRequest.has(key)) return nextAnswers()
    const entry = entries.get(key)
    const now = Date.now()
    if (entry && isFresh(entry, now)) return send(req, res, entry)
    const staleCopy = entry && mayServeStale(entry, now) ? entry : undefined
    const flight = flights.get(key)
    if (flight) {
      // Someone is already making this page. The previous copy while the change is recent, or while the render
      // under way began after the change (it will show it; waiting for it would not show it any sooner).
      if (staleCopy || (entry?.stale && flight.startedAt >= entry.stale.since)) return send(req, res, entry!)
      if (round >= WAIT_ROUNDS) return nextAnswers()
      // Else wait for it; a page that cannot be kept (an error, a not-found) is then asked for by each alone.
      return waitFor(flight, (outcome) => (outcome === 'not-kept' ? nextAnswers() : serve(req, res, passOn, round + 1)), nextAnswers)
    }
    if (req.method === 'HEAD') {
      if (staleCopy) return send(req, res, staleCopy)
      madeAsGet(req)
    }
    if (req.method !== 'GET') return passOn()
    const made = newFlight(req)
    flights.set(key, made)
    void made.done.then(() => flights.get(key) === made && flights.delete(key))
    // Whatever happens on the way (a refusal before Next, a visitor who leaves), the waiting ones are released.
    res.on('close', () => made.capturing || made.finish('abandoned'))
    asksForWholePage(req)
    passOn()
  }

  const capture: RequestHandler = (req, res, next) => {
    // The admin keeps its scripts and its own policy; the API and other methods pass through untouched.
    if (!isParentPage(req)) return next()
    const key = keyFor(req)
    const flight = key === undefined ? undefined : flights.get(key)
    const record = newRenderRecord()
    const startedAt = changeNumber
    if (flight?.owner === req && key !== undefined) {
      captureHtml(res, (answer) => {
        noteMade(req, answer)
        flight.capturing = answer !== undefined
        if (!answer) return flight.finish('abandoned')
        void keep(key, answer, record, startedAt).then(
          (kept) => flight.finish(kept ? 'kept' : 'not-kept'),
          () => flight.finish('not-kept'),
        )
      })
    } else {
      captureHtml(res, (answer) => noteMade(req, answer))
    }
    noteRender(record, () => next())
  }

  /** Keeps a page Next just made, if it may be kept; an answer that may not be drops any previous copy. */
  async function keep(key: string, answer: Answer, record: RenderRecord, startedAt: number): Promise<boolean> {
    renders++
    // Only a page answered in full counts: an error page is private too, and must not stop a page being kept.
    if (answer.status === 200 && answer.private && !record.private && madePerRequest.size < MAX_ENTRIES_MADE_PER_REQUEST) madePerRequest.add(key)
    const html = keepable(answer, record)
    if (html === undefined) {
      // An error, a not-found, a private answer: the previous copy goes too, so a withdrawn page is not served.
      entries.delete(key)
      return false
    }
    const entry = await entryFor(html, answer.headers, record.tags)
    const touched = touchedSince(startedAt, entry.tags)
    if (touched) entry.stale = touched
    if (!entries.has(key) && entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
    entries.set(key, entry)
    return true
  }

  /** The earliest deadline of the invalidations since `startedAt` that touch `tags`, if any did. */
  function touchedSince(startedAt: number, tags: readonly SiteTag[]): Entry['stale'] {
    if (startedAt === changeNumber) return undefined
    const since = changes.filter((change) => change.number > startedAt)
    if (since.length < changeNumber - startedAt) return { since: Date.now(), serveStaleUntil: Date.now() }
    const touching = since.filter((change) => touches(change.change, tags))
    if (touching.length === 0) return undefined
    return { since: Math.max(...touching.map((change) => change.at)), serveStaleUntil: Math.min(...touching.map((change) => change.serveStaleUntil)) }
  }

  return {
    serve: (req, res, passOn) => serve(req, res, passOn),
    capture,
    invalidate(change, serveStaleUntil) {
      const changed = change === 'everything' ? change : new Set(change)
      changes.push({ number: ++changeNumber, at: Date.now(), change: changed, serveStaleUntil })
      if (changes.length > REMEMBERED_CHANGES) changes.shift()
      let marked = 0
      for (const entry of entries.values()) {
        if (!touches(changed, entry.tags)) continue
        entry.stale = { since: Date.now(), serveStaleUntil: Math.min(entry.stale?.serveStaleUntil ?? Infinity, serveStaleUntil) }
        marked++
      }
      return marked
    },
    takeHitCount() {
      const count = hits
      hits = 0
      return count
    },
    takeRenderCount() {
      const count = renders
      renders = 0
      return count
    },
    get size() {
      return entries.size
    },
  }
}

/**
 * The page, if this answer may be kept for every visitor: a whole HTML document, answered 200 to a GET, that
 * Next made for anyone (not a preview), fresh, and whose reads were noted in this very request (if Next shared
 * another request's render, we do not know what it showed, so we do not keep it).
 */
function keepable(answer: Answer, record: RenderRecord): string | undefined {
  if (answer.status !== 200 || answer.private || answer.staleInNext) return undefined
  if (!record.noted || record.private) return undefined
  return isWholeDocument(answer.html) ? answer.html : undefined
}

/**
 * Only reads of a page's address are kept: no admin, API or preview, and nobody signed in or previewing. The
 * query is not part of the key: a page whose answer depends on it (a search) reads it, which makes Next answer
 * privately, and such answers are never kept; for every other page it is a tracking tag or noise.
 */
function keyFor(req: IncomingMessage): string | undefined {
  if (!isParentPage(req) || SESSION_COOKIE.test(req.headers.cookie ?? '')) return undefined
  // Next's own router asks for a page's data rather than its HTML; parent pages carry no router, so these are
  // not visitors: Next answers them, and they neither wait for a page nor make one.
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined
  return pathOf(req)
}

const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action']

const pathOf = ({ url = '' }: IncomingMessage) => url.split('?')[0]
const isParentPage = (req: IncomingMessage) => (req.method === 'GET' || req.method === 'HEAD') && !NOT_PAGES.test(pathOf(req))

const isFresh = (entry: Entry, now: number) => !entry.stale && now - entry.madeAt < PAGE_MAX_AGE_MS

/** A stale copy only briefly after the change that made it stale; one past the safety net only for a moment. */
const mayServeStale = (entry: Entry, now: number) => (entry.stale ? now < entry.stale.serveStaleUntil : now - entry.madeAt < PAGE_MAX_AGE_MS + 2000)

/**
 * The request that makes a page must get the whole page from Next: not a 304 for a tag Next made, not a range
 * of it. The visitor asking still gets a correct answer (the whole page), and the cache gets something to keep.
 */
function asksForWholePage(req: IncomingMessage): void {
  for (const name of ['if-none-match', 'if-modified-since', 'range', 'if-range']) delete req.headers[name]
}

function newFlight(owner: IncomingMessage): Flight {
  let finish!: (outcome: Outcome) => void
  const done = new Promise<Outcome>((resolve) => (finish = resolve))
  return { owner, startedAt: Date.now(), done, finish, capturing: false }
}

/** Runs `then` once the render ends, or `giveUp` if it takes too long. */
function waitFor(flight: Flight, then: (outcome: Outcome) => void, giveUp: () => void): void {
  let settled = false
  const timer = setTimeout(() => {
    settled = true
    giveUp()
  }, WAIT_FOR_RENDER_MS)
  void flight.done.then((outcome) => {
    if (settled) return
    clearTimeout(timer)
    then(outcome)
  })
}

async function entryFor(html: string, headers: Headers, tags: Iterable<SiteTag>): Promise<Entry> {
  const identity = Buffer.from(html)
  const [gz, br] = await Promise.all([gzip(identity, { level: 9 }), brotli(identity)])
  const etag = pageTag(identity)
  return { etag, headers: { ...headers, etag, 'x-page-cache': 'HIT' }, identity, gzip: gz, br, tags: [...tags], madeAt: Date.now() }
}

function sendEntry(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
  const headers = entry.stale ? { ...entry.headers, 'x-page-cache': 'STALE' } : entry.headers
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, headers).end()
    return
  }
  const accepts = String(req.headers['accept-encoding'] ?? '')
  const [encoding, body] = /\bbr\b/.test(accepts) ? ['br', entry.br] : /\bgzip\b/.test(accepts) ? ['gzip', entry.gzip] : [undefined, entry.identity]
  res.writeHead(200, { ...(encoding ? { ...headers, 'content-encoding': encoding } : headers), 'content-length': body.length })
  res.end(req.method === 'HEAD' ? undefined : body)
}
