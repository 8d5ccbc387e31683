import type { RequestHandler } from 'express'

// Pages are read: GET and HEAD (and the admin's own POSTs). Next would render a page for any method, so a
// PUT or DELETE to a page got the page back with 200; here those get 405 with the methods a page takes, and
// OPTIONS gets the list. Addresses that are not pages (the API, feeds, Next's files) answer for themselves.

const NOT_PAGES = /^\/(?:api|_next|preview|q|feeds|sitemap\.xml|robots\.txt|favicon\.ico)(?:[/?]|$)/
const ADMIN = /^\/admin(?:[/?]|$)/

export const pageMethods: RequestHandler = (req, res, next) => {
  if (NOT_PAGES.test(req.path)) return next()
  const allowed = ADMIN.test(req.path) ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD']
  if (allowed.includes(req.method)) return next()
  res.set('allow', [...allowed, 'OPTIONS'].join(', ')).set('cache-control', 'no-store')
  if (req.method === 'OPTIONS') return void res.status(204).end()
  res.status(405).json({ errors: [{ message: `A page is only read here (${allowed.join(', ')}).` }] })
}
