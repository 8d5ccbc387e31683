import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'

// A cap on every request body, counted byte by byte as it arrives, with a Content-Length or without one
// (chunked). Neither Express nor Payload caps a chunked body: Payload reads it whole before looking at it,
// so a large one grows the server's memory with its size. Here a body that says it is too large is refused
// before a byte is read, and one that turns out too large is refused the moment it passes the cap: the
// connection closes and the rest is never read, so memory holds at most the cap.

const KB = 1024
const MB = 1024 * KB

/** Every request body unless its route says otherwise: forms and JSON are a few kilobytes. */
export const DEFAULT_BODY_LIMIT = 64 * KB
/** Payload refuses files over 10 MB (payload.config.ts); the multipart wrapping around one needs a little more. */
export const UPLOAD_BODY_LIMIT = 10 * MB + 512 * KB
/** The upload collections, whose create and update take a file. Kept in step with the config by the route inventory test. */
export const UPLOAD_COLLECTIONS = ['media', 'materials'] as const

type Rule = { why: string; bytes: number; applies: (method: string, path: string) => boolean }

const writes = new Set(['POST', 'PUT', 'PATCH'])

/** Routes that say otherwise, most specific first. Paths are compared as sent, so an odd spelling gets the default. */
export const bodyLimitRules: Rule[] = [
  {
    why: 'a file upload',
    bytes: UPLOAD_BODY_LIMIT,
    applies: (method, path) => writes.has(method) && new RegExp(`^/api/(?:${UPLOAD_COLLECTIONS.join('|')})(?:/[^/]+)?/?$`).test(path),
  },
  {
    // A message in three languages with its rich text and every channel's rendition, saved from the admin.
    why: 'a message saved with every language and rendition',
    bytes: 1 * MB,
    applies: (method, path) => writes.has(method) && /^\/api\/messages(?:\/[^/]+)?\/?$/.test(path),
  },
  {
    // The admin's own requests (its form state for a whole document travels with each edit).
    why: 'the admin',
    bytes: 2 * MB,
    applies: (method, path) => writes.has(method) && /^\/admin(?:\/|$)/.test(path),
  },
]

/** How many bytes this request's body may have. */
export function bodyLimitFor(method: string, url: string): number {
  const path = url.split('?')[0]
  return bodyLimitRules.find((rule) => rule.applies(method.toUpperCase(), path))?.bytes ?? DEFAULT_BODY_LIMIT
}

const describe = (bytes: number) => (bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.round(bytes / KB)} KB`)

/**
 * After a 413 the connection stays open a moment, reading and dropping whatever the client still sends, so
 * the answer reaches it instead of being lost to a reset; then it closes. Bounded in time and in bytes.
 */
const LINGER_MS = 2000
const LINGER_BYTES = 16 * MB

/** 413 with the reason, for a body that says (or turns out) to be larger than this route takes. */
export function refuseTooLarge(res: ServerResponse, limit: number): void {
  if (res.headersSent) return
  const body = JSON.stringify({ errors: [{ message: `This request is too large: at most ${describe(limit)} may be sent here.` }] })
  // `connection: close` so no client sends another request on this connection. Node would then destroy the
  // socket straight after the answer, and a reset can lose the answer while the client is still sending;
  // half-closing instead lets the client read it (dropTheRest closes the rest of the way).
  const socket = res.socket
  if (socket) socket.destroySoon = () => void socket.end()
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' })
  res.end(body)
}

/**
 * Counts every chunk as Node's HTTP parser hands it over, before anyone reads it. Past the cap the body is
 * cut off: the answer is 413, nothing more reaches whoever reads it (they are told the body failed when the
 * connection closes), and the connection closes once the answer is out and the client has had a moment.
 */
export function limitBodies(limitFor: (method: string, url: string) => number = bodyLimitFor): RequestHandler {
  return (req, res, next) => {
    const limit = limitFor(req.method, req.originalUrl ?? req.url)
    const declared = Number(req.headers['content-length'])
    const cutOff = () => {
      dropTheRest(req, res)
      refuseTooLarge(res, limit)
    }
    if (Number.isFinite(declared) && declared > limit) return cutOff()
    countBytes(req, limit, cutOff)
    next()
  }
}

function countBytes(req: IncomingMessage, limit: number, tooLarge: () => void): void {
  let seen = req.readableLength
  const push = req.push.bind(req)
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === null || chunk === undefined) return push(chunk, encoding)
    seen += (chunk as Buffer).length
    if (seen <= limit) return push(chunk, encoding)
    tooLarge()
    return true
  }
  if (seen > limit) tooLarge()
}

/**
 * From now on the parser's chunks go nowhere: never to the reader, and the end of the body is not passed on
 * either (a cut-off body must not look complete). The connection closes once the answer is out and either
 * the body has ended, LINGER_BYTES more have come, or LINGER_MS have passed; whoever was reading the body is
 * then told it failed.
 */
function dropTheRest(req: IncomingMessage, res: ServerResponse): void {
  let dropped = 0
  let closing = false
  const close = () => {
    if (closing) return
    closing = true
    const destroy = () => req.destroy(new Error('request body too large'))
    if (res.writableFinished || res.destroyed) destroy()
    else res.once('finish', destroy).once('close', destroy)
  }
  req.push = (chunk: unknown) => {
    if (chunk === null || chunk === undefined) {
      close()
      return false
    }
    dropped += (chunk as Buffer).length
    if (dropped > LINGER_BYTES) close()
    return true
  }
  setTimeout(close, LINGER_MS).unref()
}
