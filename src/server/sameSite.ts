import type { Request, RequestHandler } from 'express'

// A page on another site can make a visitor's browser post a form here: sign them into someone else's
// partner account, subscribe them, change what they get. Browsers say where a request comes from (Origin,
// and Sec-Fetch-Site); a request that changes something and says it comes from another site is refused.
// Clients that are not browsers send neither header and are not affected; they cannot act as a visitor.

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Addresses that other sites may post to. A mail program's one-click unsubscribe (RFC 8058) is posted by
 * the mail provider, and only ever stops email; the signed link in it is the key.
 */
export const POSTS_FROM_ANYWHERE = ['/api/subscriptions/unsubscribe']

export function refuseCrossSiteChanges({ publicUrl }: { publicUrl: string }): RequestHandler {
  const ours = new URL(publicUrl).origin
  return (req, res, next) => {
    if (!CHANGES.has(req.method) || !req.path.startsWith('/api/') || POSTS_FROM_ANYWHERE.includes(req.path)) return next()
    if (fromThisSite(req, ours)) return next()
    res
      .status(403)
      .set('cache-control', 'no-store')
      .json({ errors: [{ message: 'This can only be sent from the campaign site itself. Open the site and use its form.' }] })
  }
}

function fromThisSite(req: Request, ours: string): boolean {
  const origin = req.get('origin')
  const site = req.get('sec-fetch-site')
  if (origin !== undefined && origin !== 'null') return origin === ours || origin === `${req.protocol}://${req.get('host')}`
  // A page that sends no referrer (the email preference pages, whose address holds a key) posts its forms with
  // the origin hidden ("null"): then the browser's own word on where the request comes from decides. Hidden
  // with no word at all is refused; neither header at all is a client that is not a browser.
  if (site !== undefined) return site === 'same-origin' || site === 'none'
  return origin === undefined
}
