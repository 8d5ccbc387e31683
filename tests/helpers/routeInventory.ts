import fs from 'node:fs'
import path from 'node:path'

import type { Endpoint, SanitizedConfig } from 'payload'

import { methods, type Method } from '@/access/routes'

// Every address the running server answers, read from the code and the config rather than written down:
// the Express shell's own routes (server.ts), Next's pages and route handlers (src/app), and every REST
// address Payload builds for the root, each collection (its own collections included) and each global.
// GraphQL's operations come from the running server's schema (tests/e2e/hostile.test.ts).

export type RouteSource = 'express' | 'page' | 'route handler' | 'payload'

export type InventoryRoute = {
  source: RouteSource
  /** `:name` for one segment, `*name` for the rest of the path, `*name?` when it may be empty. */
  path: string
  /** The methods the code declares; every other method is expected to be refused as absent. */
  methods: Method[]
  /** For Payload's addresses: whose they are. */
  collection?: string
  global?: string
  /** The endpoint's own path inside its collection or global ('/', '/:id', '/login'). */
  endpoint?: string
  /** Where it was found, for failure messages. */
  from: string
}

/** `app.get('/healthz', ...)` and the like in the Express shell. */
export function expressRoutes(source: string, from = 'server.ts'): InventoryRoute[] {
  const routes = new Map<string, InventoryRoute>()
  for (const [, verb, route] of source.matchAll(/\bapp\.(get|post|put|patch|delete|all)\(\s*['"]([^'"]+)['"]/g)) {
    const declared: Method[] = verb === 'all' ? [...methods] : verb === 'get' ? ['GET', 'HEAD'] : [verb.toUpperCase() as Method]
    const existing = routes.get(route)
    routes.set(route, { source: 'express', path: route, methods: [...new Set([...(existing?.methods ?? []), ...declared])], from })
  }
  return [...routes.values()]
}

/** Next's pages, route handlers and metadata files under the app folder. */
export function nextRoutes(appDir: string): InventoryRoute[] {
  const routes: InventoryRoute[] = []
  for (const file of filesUnder(appDir)) {
    const relative = path.relative(appDir, file)
    const segments = path.dirname(relative).split(path.sep).filter((segment) => segment !== '.' && !/^\(.+\)$/.test(segment))
    const name = path.basename(file)
    const address = '/' + segments.map(segmentPattern).join('/')
    // A page under a layout with server actions ('use server') also takes the POSTs that carry them.
    if (/^page\.tsx?$/.test(name)) routes.push({ source: 'page', path: address, methods: serverActionsAbove(appDir, file) ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD'], from: relative })
    else if (/^route\.tsx?$/.test(name)) routes.push({ source: 'route handler', path: address, methods: exportedMethods(fs.readFileSync(file, 'utf8')), from: relative })
    else if (/^robots\.tsx?$/.test(name) && segments.length === 0) routes.push({ source: 'route handler', path: '/robots.txt', methods: ['GET', 'HEAD'], from: relative })
    else if (/^sitemap\.tsx?$/.test(name) && segments.length === 0) routes.push({ source: 'route handler', path: '/sitemap.xml', methods: ['GET', 'HEAD'], from: relative })
  }
  return routes
}

/** Every REST address Payload answers: root endpoints, then each collection's and each global's. */
export function payloadRoutes(config: SanitizedConfig): InventoryRoute[] {
  const api = config.routes.api
  const routes = new Map<string, InventoryRoute>()
  const add = (base: string, endpoints: Endpoint[] | false | undefined, owner: Partial<InventoryRoute>, from: string) => {
    if (endpoints === false || !endpoints) {
      // Payload gives it no addresses at all: every method is refused.
      routes.set(base, { source: 'payload', path: base, methods: [], ...owner, endpoint: '*', from })
      return
    }
    const taken: string[] = []
    for (const endpoint of endpoints) {
      const method = endpoint.method.toUpperCase() as Method
      // Payload takes the first endpoint that matches: a later one with the same shape is never reached
      // (the preferences' /:key answers before the standard /:id).
      const shape = `${method} ${endpoint.path.replace(/:\w+\??/g, ':')}`
      if (taken.includes(shape)) continue
      taken.push(shape)
      const address = base + (endpoint.path === '/' ? '' : endpoint.path)
      const existing = routes.get(address)
      routes.set(address, { source: 'payload', path: address, methods: [...new Set([...(existing?.methods ?? []), method])], ...owner, endpoint: endpoint.path, from })
    }
  }
  add(api, config.endpoints as Endpoint[], {}, 'payload.config.ts endpoints')
  for (const collection of config.collections) add(`${api}/${collection.slug}`, collection.endpoints, { collection: collection.slug }, `collection ${collection.slug}`)
  for (const global of config.globals) add(`${api}/globals/${global.slug}`, global.endpoints, { global: global.slug }, `global ${global.slug}`)
  return [...routes.values()]
}

/** What Next answers by itself, whatever the app holds: its built files and its image resizer. */
export const nextOwnRoutes: InventoryRoute[] = [
  { source: 'route handler', path: '/_next/static/*file', methods: ['GET', 'HEAD'], from: 'Next.js' },
  { source: 'route handler', path: '/_next/image', methods: ['GET', 'HEAD'], from: 'Next.js' },
]

/** The whole inventory. Payload's own REST and GraphQL route files are entries into Payload, expanded from its config. */
export function routeInventory({ root, config }: { root: string; config: SanitizedConfig }): InventoryRoute[] {
  const next = nextRoutes(path.join(root, 'src/app')).filter((route) => route.path !== `${config.routes.api}/*slug`)
  return [...expressRoutes(fs.readFileSync(path.join(root, 'server.ts'), 'utf8')), ...next, ...nextOwnRoutes, ...payloadRoutes(config)]
}

function serverActionsAbove(appDir: string, file: string): boolean {
  for (let dir = path.dirname(file); dir.startsWith(appDir); dir = path.dirname(dir)) {
    for (const name of ['layout.tsx', 'layout.ts', 'page.tsx']) {
      const candidate = path.join(dir, name)
      if (fs.existsSync(candidate) && /['"]use server['"]/.test(fs.readFileSync(candidate, 'utf8'))) return true
    }
    if (dir === appDir) break
  }
  return false
}

function segmentPattern(segment: string): string {
  const optionalRest = /^\[\[\.\.\.(.+)\]\]$/.exec(segment)
  if (optionalRest) return `*${optionalRest[1]}?`
  const rest = /^\[\.\.\.(.+)\]$/.exec(segment)
  if (rest) return `*${rest[1]}`
  const one = /^\[(.+)\]$/.exec(segment)
  return one ? `:${one[1]}` : segment
}

/** `export const GET = ...`, `export async function POST(...)`: what a route handler answers. Next answers HEAD for GET. */
function exportedMethods(source: string): Method[] {
  const found = new Set<Method>()
  for (const [, method] of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)\b/g)) found.add(method as Method)
  if (found.has('GET')) found.add('HEAD')
  return [...found]
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}
