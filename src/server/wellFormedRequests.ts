import type { RequestHandler } from 'express'

// Two things no legitimate client sends to the API, refused at the door with the reason before Payload reads
// anything: an address with an encoded slash or backslash, a NUL, or a doubly encoded character in it (no id
// or file name has one; servers and frameworks disagree about them, which is how a restricted file was once
// reached), and a body in a format nobody here reads (JSON, multipart and urlencoded forms: the admin posts
// long queries as urlencoded forms, and so do our public forms).

const ODD_ADDRESS = /%2f|%5c|\\|%00|%25/i
const WRITES = new Set(['POST', 'PUT', 'PATCH'])

export const refuseOddAddresses: RequestHandler = (req, res, next) => {
  const path = req.originalUrl.split('?')[0]
  if (!path.startsWith('/api/') || !ODD_ADDRESS.test(path)) return next()
  res.status(400).set('cache-control', 'no-store').json({ errors: [{ message: 'This address is not valid: it has an encoded slash, a backslash or a doubly encoded character in it.' }] })
}

export const refuseUnreadableBodies: RequestHandler = (req, res, next) => {
  if (!WRITES.has(req.method) || !req.path.startsWith('/api/') || !hasBody(req.headers)) return next()
  const type = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const readable = req.path === '/api/graphql' ? ['application/json'] : ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded']
  if (readable.includes(type)) return next()
  res
    .status(415)
    .set('cache-control', 'no-store')
    .json({ errors: [{ message: `Send ${readable.join(' or ')} here${type ? `, not ${type}` : ' (the request says no format)'}.` }] })
}

const hasBody = (headers: Record<string, string | string[] | undefined>) =>
  headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0')
