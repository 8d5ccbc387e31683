import type { RequestHandler } from 'express'

// Pages and Next's built files are read: GET and HEAD (the admin also takes the POSTs that carry its server
// functions, which always say so in a Next-Action header). Next would render a page for any method (a PUT or
// DELETE got the page back with 200) and fail on its built files with a server error; here every other method
// gets 405 with the methods the address takes, and OPTIONS gets the list. The API, the feeds and the other
// route handlers answer for themselves.

const ROUTE_HANDLERS = /^\/(?:api|preview|q|feeds|sitemap\.xml|robots\.txt|favicon\.ico)(?:[/?]|$)/
const ADMIN = /^\/admin(?:[/?]|$)/

export const pageMethods: RequestHandler = (req, res, next) => {
  if (ROUTE_HANDLERS.test(req.path)) return next()
  const admin = ADMIN.test(req.path)
  const allowed = admin ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD']
  if (allowed.includes(req.method) && !(req.method === 'POST' && !req.get('next-action'))) return next()
  res.set('allow', [...allowed, 'OPTIONS'].join(', ')).set('cache-control', 'no-store')
  if (req.method === 'OPTIONS') return void res.status(204).end()
  const why = req.method === 'POST' ? 'The admin takes only its own server functions by POST.' : `This address is only read (${allowed.join(', ')}).`
  res.status(405).json({ errors: [{ message: why }] })
}
