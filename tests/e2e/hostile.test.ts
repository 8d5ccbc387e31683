import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessMatrix, type Persona, personas } from '@/access/matrix'
import { type Answer, answerMatches, answersFor, expectedAnswer, graphqlRules, type Method, methods, routeRules, type Who } from '@/access/routes'
import { bodyLimitFor } from '@/server/bodyLimit'

import { type GraphqlOperation, graphqlOperations, operationDocument } from '../helpers/graphqlInventory'
import { coverageProblems } from '../helpers/routeCoverage'
import { type InventoryRoute, routeInventory } from '../helpers/routeInventory'
import { type RunningServer, startServer } from '../helpers/server'
import { demoLogin } from '../helpers/site'

// The whole HTTP surface of the built server, asked as an attacker would: every address in the route inventory
// (read from the code and config), with every method, as every persona, compared with the answer the access
// matrix and the route rules give; then the same addresses spelled oddly, oversized and chunked bodies, wrong
// content types, and every GraphQL operation. One server, logins shared, requests in parallel.

const NOWHERE = '999999'
const PARALLEL = 8

let server: RunningServer
let config: SanitizedConfig
let inventory: InventoryRoute[]
let operations: GraphqlOperation[]
const credentials: Partial<Record<Persona, string>> = {}
let requests = 0
const started = Date.now()

/** Things only some may see, planted by the admin: their words must never reach anyone else's answer. */
const marker = `hostile-${Date.now().toString(36)}`
const planted = {
  draftTitle: `${marker} draft message`,
  restrictedTitle: `${marker} restricted material`,
  preferenceKey: `${marker}-preference`,
}
/** Live values the addresses are filled with. */
const live = {
  sentinel: {} as Record<string, string>,
  messageSlug: '',
  themeSlug: '',
  venueSlug: 'no-such-venue',
  restrictedFile: '',
  mediaFile: '',
  messageVersion: NOWHERE,
  chunk: '',
  adminEmail: '',
  /** A page no other test here asks for, for the HEAD check. */
  untouchedSlug: '',
}

type Sent = { status: number; body: string; headers: Record<string, string | string[] | undefined> }

/** A request sent exactly as written (no URL clean-up), so odd spellings reach the server as an attacker sends them. */
function send(method: string, rawPath: string, { persona, body, headers = {}, chunked = false }: { persona?: Persona; body?: string | Buffer; headers?: Record<string, string>; chunked?: boolean } = {}): Promise<Sent> {
  requests += 1
  const url = new URL(server.url)
  const allHeaders: Record<string, string> = { ...headers }
  if (persona && credentials[persona]) allHeaders.authorization = `JWT ${credentials[persona]}`
  if (body !== undefined && !allHeaders['content-type']) allHeaders['content-type'] = 'application/json'
  if (body !== undefined && !chunked) allHeaders['content-length'] = String(Buffer.byteLength(body))
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, method, path: rawPath, headers: allHeaders, agent: false })
    let answered = false
    request.on('response', (response) => {
      answered = true
      const chunks: Buffer[] = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString('utf8'), headers: response.headers }))
      response.on('error', reject)
    })
    // A server that answers before the whole body is sent (413) may close while the rest is still going out;
    // the close can even reach us before its answer does: then the status is 0, "cut off while sending".
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return
      if (body !== undefined && (error.code === 'EPIPE' || error.code === 'ECONNRESET')) resolve({ status: 0, body: '', headers: {} })
      else reject(error)
    })
    request.setTimeout(60_000, () => request.destroy(new Error(`${method} ${rawPath} took over a minute`)))
    if (body !== undefined) request.write(body)
    request.end()
  })
}

/** Streams `total` bytes chunked, stopping as soon as the server answers; how far it got, and the answer. */
function stream(method: string, address: string, persona: Persona, total: number, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  requests += 1
  const url = new URL(server.url)
  const allHeaders: Record<string, string> = { ...headers, 'transfer-encoding': 'chunked' }
  if (credentials[persona]) allHeaders.authorization = `JWT ${credentials[persona]}`
  return new Promise((resolve, reject) => {
    let bytes = 0
    let status = 0
    const request = http.request({ host: url.hostname, port: url.port, method, path: address, headers: allHeaders, agent: false })
    request.on('response', (response) => {
      status = response.statusCode!
      response.resume()
      response.on('end', () => resolve({ status, bytes }))
    })
    request.on('error', (error) => (status ? undefined : reject(error)))
    request.setTimeout(60_000, () => request.destroy(new Error(`${method} ${address} took over a minute`)))
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const more = () => {
      while (!status && bytes < total) {
        bytes += chunk.length
        if (!request.write(chunk)) return void request.once('drain', more)
      }
      if (!status) request.end()
    }
    more()
  })
}

/** Runs the jobs PARALLEL at a time. */
async function inParallel<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(jobs.length)
  let next = 0
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < jobs.length) {
        const index = next++
        results[index] = await jobs[index]()
      }
    }),
  )
  return results
}

const asAdmin = async (method: string, address: string, body?: unknown) => {
  const response = await send(method, address, { persona: 'admin', body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: response.status, json: JSON.parse(response.body || '{}') }
}

async function signIn(email: string, password: string): Promise<string | undefined> {
  const response = await send('POST', '/api/users/login', { body: JSON.stringify({ email, password }) })
  return response.status === 200 ? JSON.parse(response.body).token : undefined
}

async function poster(title: string): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.addPage([595.28, 841.89]).drawText(title, { x: 50, y: 780, size: 24 })
  return Buffer.from(await doc.save())
}

/** Everyone signs in once: the demo team and partner, a partner who never confirmed, one whose access is withdrawn. */
async function signInEveryone() {
  for (const role of ['admin', 'editor', 'reviewer', 'publisher', 'partner'] as const) {
    const { email, password } = demoLogin(server.dataDir, role)
    credentials[role] = await signIn(email, password)
    expect(credentials[role], `${role} signs in`).toBeTruthy()
  }
  live.adminEmail = demoLogin(server.dataDir, 'admin').email
  const join = await send('POST', '/api/partners/join', {
    body: JSON.stringify({ name: 'Never Confirmed', organisation: 'A group', organisationKind: 'baby-group', jobRole: 'Leader', district: 'swale', email: `unconfirmed-${marker}@example.org`, password: 'never-confirmed-123', locale: 'en' }),
  })
  expect(join.status).toBe(202)
  credentials.unconfirmedPartner = await signIn(`unconfirmed-${marker}@example.org`, 'never-confirmed-123')
  expect(credentials.unconfirmedPartner, 'an unconfirmed partner gets no token').toBeUndefined()

  const created = await asAdmin('POST', '/api/users', { name: 'Soon Withdrawn', email: `withdrawn-${marker}@example.org`, password: 'soon-withdrawn-123', roles: ['partner'], partnerStatus: 'active' })
  expect(created.status).toBe(201)
  credentials.revokedPartner = await signIn(`withdrawn-${marker}@example.org`, 'soon-withdrawn-123')
  expect(credentials.revokedPartner).toBeTruthy()
  expect((await asAdmin('PATCH', `/api/users/${created.json.doc.id}`, { partnerStatus: 'revoked' })).status).toBe(200)
  // The withdrawn partner keeps the token they had: it must be worth nothing now.
  expect(JSON.parse((await send('GET', '/api/users/me', { persona: 'revokedPartner' })).body).user).toBeNull()
}

/** The admin plants one private thing per collection where there is one to plant, and notes live values. */
async function plant() {
  const draft = await asAdmin('POST', '/api/messages?draft=true&depth=0', {
    title: planted.draftTitle,
    keyMessage: 'Feelings after a baby are common, and help is there.',
    body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'Help is there.', detail: 0, format: 0, mode: 'normal', style: '' }] }] } },
    audiences: ['all-parents'],
  })
  expect(draft.status).toBe(201)
  live.sentinel.messages = String(draft.json.doc.id)
  const versions = await asAdmin('GET', `/api/messages/versions?where[parent][equals]=${draft.json.doc.id}&limit=1&depth=0`)
  live.messageVersion = String(versions.json.docs?.[0]?.id ?? NOWHERE)

  const form = `--x\r\ncontent-disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ title: planted.restrictedTitle, type: 'poster', accessLevel: 'restricted' })}\r\n--x\r\ncontent-disposition: form-data; name="file"; filename="${marker}.pdf"\r\ncontent-type: application/pdf\r\n\r\n`
  const upload = Buffer.concat([Buffer.from(form), await poster(planted.restrictedTitle), Buffer.from('\r\n--x--\r\n')])
  const material = await send('POST', '/api/materials?depth=0', { persona: 'admin', body: upload, headers: { 'content-type': 'multipart/form-data; boundary=x' } })
  expect(material.status, material.body).toBe(201)
  const restricted = JSON.parse(material.body).doc
  live.sentinel.materials = String(restricted.id)
  live.restrictedFile = restricted.filename

  expect((await asAdmin('POST', `/api/payload-preferences/${planted.preferenceKey}`, { value: { planted: marker } })).status).toBe(200)
  const preference = await asAdmin('GET', `/api/payload-preferences?where[key][equals]=${planted.preferenceKey}&depth=0`)
  live.sentinel['payload-preferences'] = String(preference.json.docs[0].id)

  const me = await asAdmin('GET', '/api/users/me')
  live.sentinel.users = String(me.json.user.id)
  const theme = (await asAdmin('GET', '/api/themes?limit=1&depth=0')).json.docs[0]
  live.themeSlug = theme.slug
  const lock = await asAdmin('POST', '/api/payload-locked-documents?depth=0', { document: { relationTo: 'themes', value: theme.id }, user: { relationTo: 'users', value: me.json.user.id } })
  expect(lock.status).toBe(201)
  live.sentinel['payload-locked-documents'] = String(lock.json.doc.id)

  const published = (await asAdmin('GET', '/api/messages?limit=2&depth=0&where[_status][equals]=published')).json.docs
  live.messageSlug = published[0].slug
  live.untouchedSlug = published[1].slug
  const venue = await asAdmin('POST', '/api/venues?depth=0', { name: `Venue ${marker}`, kind: 'baby-group', district: 'thanet' })
  expect(venue.status).toBe(201)
  live.venueSlug = venue.json.doc.slug
  live.sentinel.venues = String(venue.json.doc.id)

  const square = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c8967a' } }).png().toBuffer()
  const imageForm = `--x\r\ncontent-disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt: 'A warm square' })}\r\n--x\r\ncontent-disposition: form-data; name="file"; filename="${marker}.png"\r\ncontent-type: image/png\r\n\r\n`
  const image = await send('POST', '/api/media?depth=0', { persona: 'admin', body: Buffer.concat([Buffer.from(imageForm), square, Buffer.from('\r\n--x--\r\n')]), headers: { 'content-type': 'multipart/form-data; boundary=x' } })
  expect(image.status, image.body).toBe(201)
  live.mediaFile = JSON.parse(image.body).doc.filename
  live.sentinel.media = String(JSON.parse(image.body).doc.id)

  expect((await asAdmin('POST', '/api/subscribers', { email: `reader-${marker}@example.org`, locale: 'en' })).status).toBe(201)
  expect((await asAdmin('POST', '/api/suppressions', { address: `gone-${marker}@example.org`, reason: 'added by an admin' })).status).toBe(201)
  // Counts are made by using the site: a download and a poster scan.
  const open = (await asAdmin('GET', '/api/materials?limit=1&depth=0&where[accessLevel][equals]=public')).json.docs?.[0]
  if (open) await send('GET', `/api/materials/${open.id}/download`)
  await send('GET', `/q/${live.venueSlug}/${live.messageSlug}`)
  // Work leases come and go (a materials run deletes its own when done); the server's own lease lasts as long as it runs.
  const processLease = (await asAdmin('GET', '/api/leases?limit=1&depth=0&where[key][like]=process:')).json.docs?.[0]
  if (processLease) live.sentinel.leases = String(processLease.id)
  // Everything else: the first one the admin can see, or an id nobody has.
  for (const collection of config.collections) {
    if (live.sentinel[collection.slug] || collection.endpoints === false) continue
    const first = await asAdmin('GET', `/api/${collection.slug}?limit=1&depth=0`)
    live.sentinel[collection.slug] = String(first.json.docs?.[0]?.id ?? NOWHERE)
  }
  const chunks = fs.readdirSync(path.join('.next', 'static', 'chunks')).filter((name) => name.endsWith('.js'))
  live.chunk = `chunks/${chunks[0]}`
}

/** Words a persona must never see: the draft and the restricted material are the team's; the admin's preference is the admin's. */
function leaked(persona: Persona, body: string): string | undefined {
  const team = ['editor', 'reviewer', 'publisher', 'admin'].includes(persona)
  if (!team && body.includes(planted.draftTitle)) return 'the draft message'
  if (!team && body.includes(planted.restrictedTitle)) return 'the restricted material'
  if (persona !== 'admin' && body.includes(marker + '"}') && body.includes('planted')) return "the admin's preference"
  return undefined
}

type Cell = { route: InventoryRoute; address: string; method: Method; persona: Persona; expected: Answer; body?: string }

/**
 * Payload hands a method an address does not take to the next address of the same shape: a literal one
 * segment deep (`/count`, `/login`) to `/:key` or `/:id`. Where that next address has a rule of its own
 * (the preferences' `/:key`), its answers apply; otherwise the standard `/:id` gets a word for an id: refused.
 */
function fallthroughFor(route: InventoryRoute): Partial<Record<Method, Who>> | undefined {
  if (route.source !== 'payload' || !/^\/[^/]+$/.test(route.endpoint ?? '')) return undefined
  const next = inventory.find(
    (other) => other !== route && other.collection === route.collection && other.global === route.global && /^\/:\w+$/.test(other.endpoint ?? '') && routeRules.some((rule) => rule.path === other.path),
  )
  return next ? answersFor(next.path, next) : undefined
}

/** Who planted the document a collection's addresses are filled with: where their right is "own only", it is theirs. */
const plantedBy: Record<string, Persona> = { 'payload-preferences': 'admin', users: 'admin' }
const operationOf: Partial<Record<Method, 'read' | 'update' | 'delete'>> = { GET: 'read', PATCH: 'update', DELETE: 'delete' }
const ownsPlanted = (collection: string | undefined, method: Method, persona: Persona) =>
  plantedBy[collection ?? ''] === persona && accessMatrix.find((entry) => entry.collection === collection)?.rights[persona][operationOf[method] ?? 'create'] === 'own'

function expectationFor(route: InventoryRoute, method: Method, persona: Persona): Answer {
  const answers = answersFor(route.path, route) ?? {}
  const expected = expectedAnswer({ path: route.path, source: route.source, declared: route.methods, answers, fallthrough: fallthroughFor(route) }, method, persona)
  // A collection with nothing in it to read one of: the address is reached, and finds nothing.
  if (expected === 'serves' && route.endpoint === '/:id' && live.sentinel[route.collection ?? ''] === NOWHERE) return 'allowed'
  if (expected === 'refused' && route.endpoint === '/:id' && route.methods.includes(method) && ownsPlanted(route.collection, method, persona)) return 'allowed'
  return expected
}

/**
 * Those who may change or delete documents in a collection are pointed at a document nobody has, so the
 * suite loses nothing; everyone else is pointed at the planted one, which must survive them.
 */
const hasFullRight = (route: InventoryRoute, method: Method, persona: Persona, answers: Partial<Record<Method, Who>>) =>
  ['PATCH', 'DELETE', 'POST'].includes(method) &&
  answers[method]?.[persona] === 'allowed' &&
  route.collection !== undefined &&
  (/:id/.test(route.endpoint ?? '') || (route.endpoint === '/' && method !== 'POST'))

/** The concrete address for one cell: parameters filled with live values, or with nothing to lose where the persona may change things. */
function addressFor(route: InventoryRoute, method: Method, persona: Persona, answers: Partial<Record<Method, Who>>, locale = ''): string {
  const id = hasFullRight(route, method, persona, answers) ? NOWHERE : route.endpoint?.startsWith('/versions/') ? live.messageVersion : (live.sentinel[route.collection ?? ''] ?? NOWHERE)
  let address = route.path
    .replace('/:locale', locale ? `/${locale}` : '')
    .replace('*missing', `no-such-page-${marker}`)
    .replace('/*segments?', '')
    .replace('*file', live.chunk)
    .replace(':slug', route.path.includes('/themes/') ? live.themeSlug : live.messageSlug)
    .replace(':venue', live.venueSlug)
    .replace(':message', live.messageSlug)
    .replace(':filename', route.collection === 'materials' ? live.restrictedFile : live.mediaFile)
    .replace(':template', 'subscription-confirm')
    .replace(':file', `not-a-key-${marker}.ics`)
    // Deleting by key points at a key nobody has, so the planted preference is there for the rest.
    .replace(':key', method === 'DELETE' ? `${marker}-nothing` : planted.preferenceKey)
    .replace(/\/:id\?/, route.endpoint?.startsWith('/paste-url') ? '' : `/${id}`)
    .replace(':id', id)
  if (address === '') address = '/'
  const query = queryFor(route, method, id)
  return query ? `${address}?${query}` : address
}

function queryFor(route: InventoryRoute, method: Method, id: string): string {
  if (route.collection === 'messages') return `draft=true${route.endpoint === '/' && method !== 'GET' && method !== 'POST' ? `&where[id][equals]=${id === NOWHERE ? NOWHERE : live.sentinel.messages}` : ''}`
  if (route.endpoint === '/' && route.collection && (method === 'PATCH' || method === 'DELETE')) return `where[id][equals]=${id}`
  switch (route.path) {
    case '/preview':
      return 'path=/'
    case '/_next/image':
      return `url=${encodeURIComponent(`/api/materials/file/${live.restrictedFile}`)}&w=64&q=75`
    case '/api/materials/kit':
      return `items=${live.sentinel.materials}`
    case '/api/materials/poster':
      return `message=${live.messageSlug}`
    case '/api/social-posts/export':
      return 'format=buffer&platform=bluesky'
    case '/api/calendar/items':
      return 'from=2026-01-01&to=2026-02-01'
    case '/api/subscriptions/data':
    case '/api/subscriptions/confirm':
    case '/api/subscriptions/unsubscribe':
    case '/api/partners/confirm':
      return `token=not-a-token-${marker}`
  }
  if (route.endpoint?.startsWith('/paste-url')) return `src=${encodeURIComponent('http://127.0.0.1:1/')}`
  return ''
}

/** What each method sends: an empty JSON object, or the least a sign-in or unlock needs. */
function bodyFor(route: InventoryRoute, method: Method): string | undefined {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return undefined
  if (route.path.endsWith('/login') || route.path === '/api/partners/sign-in') return JSON.stringify({ email: `nobody-${marker}@example.org`, password: 'not-the-password' })
  if (route.path.endsWith('/unlock') || route.path.endsWith('/forgot-password')) return JSON.stringify({ email: live.adminEmail })
  if (route.path.endsWith('/reset-password')) return JSON.stringify({ token: `not-a-token-${marker}`, password: 'a-new-password-123' })
  return '{}'
}

/** Signing out ends the persona's session, so those cells run last, after everything else has used it. */
const endsTheSession = (route: InventoryRoute) => route.path === '/api/users/logout'

function cellsFor(route: InventoryRoute): Cell[] {
  const answers = answersFor(route.path, route) ?? {}
  const cells: Cell[] = []
  for (const method of methods) {
    for (const persona of personas) {
      // Pages in every language for visitors; the English address for everyone.
      const locales = route.path.startsWith('/:locale') && persona === 'anonymous' ? ['', 'pl', 'ro'] : ['']
      for (const locale of locales) {
        cells.push({ route, address: addressFor(route, method, persona, answers, locale), method, persona, expected: expectationFor(route, method, persona), body: bodyFor(route, method) })
      }
    }
  }
  return cells
}

async function ask(cell: Cell): Promise<string | undefined> {
  const response = await send(cell.method, cell.address, { persona: cell.persona, body: cell.body })
  const where = `${cell.method} ${cell.address} as ${cell.persona}`
  if (!answerMatches(cell.expected, response.status)) return `${where}: expected ${cell.expected}, got ${response.status} ${response.body.slice(0, 160)}`
  const leak = leaked(cell.persona, response.body)
  if (leak) return `${where}: the answer (${response.status}) carries ${leak}`
  return undefined
}

beforeAll(async () => {
  server = await startServer({
    env: {
      // The limits have tests of their own (tests/int/securitySignIn.test.ts, tests/e2e/limits.test.ts); here
      // one connection asks thousands of times, and every answer must be the access rule's, not a 429.
      RATE_LIMIT_SIGNUPS: '1000000',
      RATE_LIMIT_CHANGES: '1000000',
      RATE_LIMIT_SIGN_INS: '1000000',
      RATE_LIMIT_SIGN_IN_REQUESTS: '1000000',
      RATE_LIMIT_GRAPHQL: '1000000',
    },
  })
  // The config as the server built it, read in this process (it reads the environment as it loads).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-hostile-config-'))
  Object.assign(process.env, { DATA_DIR: path.join(dir, 'data'), MEDIA_DIR: path.join(dir, 'media'), DATABASE_URI: `file:${path.join(dir, 'config.db')}`, PAYLOAD_SECRET: 'only-for-reading-the-config-in-this-process' })
  config = await (await import('@payload-config')).default
  inventory = routeInventory({ root: process.cwd(), config })
  operations = graphqlOperations(config)
  expect(coverageProblems({ inventory, operations, config })).toEqual([])
  await signInEveryone()
  await plant()
}, 300_000)

afterAll(async () => {
  console.log(`hostile suite: ${requests} requests in ${Math.round((Date.now() - started) / 1000)} s`)
  await server?.stop()
})

describe('a page asked with HEAD', () => {
  it('answers as GET does, without the page, for every page and every persona', async () => {
    const cells = inventory.filter((route) => route.source === 'page').flatMap(cellsFor).filter((cell) => cell.method === 'HEAD')
    const problems = (await inParallel(cells.map((cell) => () => ask(cell)))).filter(Boolean)
    expect(problems).toEqual([])
  })

  it('stays whole for the next visitor when HEAD came first (uptime monitors send HEAD)', async () => {
    const fresh = `/pl/messages/${live.untouchedSlug}`
    const head = await send('HEAD', fresh)
    expect(head.status).toBe(200)
    const page = await send('GET', fresh)
    expect(page.status).toBe(200)
    expect(page.body.length).toBeGreaterThan(1000)
  })
})

describe('every address, every method, every persona', () => {
  it('answers as the access matrix and the route rules say, and shows nobody what is not theirs', async () => {
    // HEAD on pages has a test of its own (above): it belongs to the front cache.
    const cells = inventory
      .filter((route) => !endsTheSession(route))
      .flatMap(cellsFor)
      .filter((cell) => !(cell.method === 'HEAD' && cell.route.source === 'page'))
    const problems = (await inParallel(cells.map((cell) => () => ask(cell)))).filter(Boolean)
    expect(problems, `${problems.length} of ${cells.length} cells`).toEqual([])
  }, 900_000)

  it('answers every GraphQL operation as its REST address does, and shows nobody what is not theirs', async () => {
    const problems = (
      await inParallel(
        operations
          .filter((operation) => !operation.name.startsWith('logout'))
          .flatMap((operation) => personas.map((persona) => () => askGraphql(operation, persona))),
      )
    ).filter(Boolean)
    expect(problems).toEqual([])
  }, 600_000)
})

describe('odd spellings of an address', () => {
  it('never open what the plain address refuses: encoded slashes and dots, double encoding, backslashes, trailing slashes, case', async () => {
    const jobs: (() => Promise<string | undefined>)[] = []
    for (const route of inventory.filter((item) => !endsTheSession(item))) {
      const answers = answersFor(route.path, route) ?? {}
      for (const method of ['GET', 'POST'] as const) {
        for (const persona of ['anonymous', 'partner', 'editor'] as const) {
          const expected = expectationFor(route, method, persona)
          // Where the plain address refuses this persona; a method it does not take at all is not a way in.
          if (expected !== 'refused') continue
          const [address, query] = addressFor(route, method, persona, answers).split('?')
          for (const variant of spellings(address)) {
            const full = query ? `${variant}?${query}` : variant
            jobs.push(async () => {
              const response = await send(method, full, { persona, body: bodyFor(route, method) })
              const leak = leaked(persona, response.body)
              if (response.status >= 500) return `${method} ${full} as ${persona}: ${response.status}`
              if (response.status >= 200 && response.status < 300) return `${method} ${full} as ${persona}: served (${response.status}) what ${address} refuses`
              return leak ? `${method} ${full} as ${persona}: carries ${leak}` : undefined
            })
          }
        }
      }
    }
    const problems = (await inParallel(jobs)).filter(Boolean)
    expect(problems, `${problems.length} of ${jobs.length} requests`).toEqual([])
  }, 900_000)

  it('never serve a restricted material’s file through the media folder’s address', async () => {
    for (const spelling of [`materials%2F${live.restrictedFile}`, `.%2Fmaterials%2F${live.restrictedFile}`, `materials%252F${live.restrictedFile}`, `materials%5C${live.restrictedFile}`, `..%2Fmaterials%2F${live.restrictedFile}`]) {
      for (const persona of ['anonymous', 'partner', 'revokedPartner'] as const) {
        const response = await send('GET', `/api/media/file/${spelling}`, { persona })
        expect(answerMatches('refused', response.status), `${spelling} as ${persona}: ${response.status}`).toBe(true)
        expect(response.body).not.toContain('%PDF')
      }
    }
  })
})

/** Each way of spelling the same address that servers and frameworks are known to read differently. */
function spellings(address: string): string[] {
  const segments = address.split('/').filter(Boolean)
  if (segments.length === 0) return ['//', '/%2F', '/%2e/']
  const last = address.lastIndexOf('/')
  const head = address.slice(0, last)
  const tail = address.slice(last + 1)
  const variants = [
    `${address}/`,
    `/${segments[0].toUpperCase()}/${segments.slice(1).join('/')}`,
    `/${segments[0]}//${segments.slice(1).join('/')}`,
    `${head}/./${tail}`,
    `${head}/%2e/${tail}`,
    `${head}/x/../${tail}`,
    `${head}/x/%2e%2e/${tail}`,
  ]
  if (head) variants.push(`${head}%2F${tail}`, `${head}%252F${tail}`, `${head}\\${tail}`)
  if (tail) variants.push(`${head}/%${tail.charCodeAt(0).toString(16).padStart(2, '0')}${tail.slice(1)}`)
  return [...new Set(variants)].filter((variant) => variant !== address)
}

describe('request bodies', () => {
  const writes = () =>
    inventory.flatMap((route) =>
      (['POST', 'PATCH', 'PUT'] as const).filter((method) => route.methods.includes(method)).map((method) => ({ route, method, address: addressFor(route, method, 'admin', answersFor(route.path, route) ?? {}) })),
    )

  it('are refused with 413 past each address’s limit when said up front, and never read past it when chunked', async () => {
    const jobs = writes().flatMap(({ route, method, address }) => {
      const limit = bodyLimitFor(method, address)
      // The admin takes a POST only with its server functions' header.
      const headers = { 'content-type': 'application/json', ...(route.path.startsWith('/admin') ? { 'next-action': 'x' } : {}) }
      return (['anonymous', 'admin'] as const).flatMap((persona) => [
        async () => {
          const response = await send(method, address, { persona, body: Buffer.alloc(limit + 1024, 'a'), headers })
          // 0: the server closed the connection before the body was through, so it did not read past its limit.
          return response.status === 413 || response.status === 0 ? undefined : `${method} ${address} (${route.path}) with ${limit + 1024} bytes as ${persona}: ${response.status}`
        },
        async () => {
          // Several megabytes past the limit, streamed until the server answers: it either cuts the body off with
          // 413, or answers without reading it; it never reads it through.
          const sent = await stream(method, address, persona, limit + 4 * 1024 * 1024, headers)
          if (sent.status === 413) return undefined
          if (sent.status < 500 && sent.bytes < limit + 4 * 1024 * 1024) return undefined
          return `${method} ${address} chunked as ${persona}: ${sent.status} after ${sent.bytes} bytes`
        },
      ])
    })
    const problems = (await inParallel(jobs)).filter(Boolean)
    expect(problems).toEqual([])
  }, 600_000)

  it('in the wrong format get the same refusals, and never a server error', async () => {
    const formats: [string, string][] = [
      ['text/plain', '{"email":"a@b.org"}'],
      ['application/xml', '<email>a@b.org</email>'],
      ['multipart/form-data; boundary=x', '--x\r\nnot a part\r\n--x--'],
      ['application/x-www-form-urlencoded', 'email=a%40b.org&%E0%A4%A=broken'],
      ['application/json', '{"unterminated": '],
    ]
    const jobs = writes().flatMap(({ route, method }) =>
      (['anonymous', 'partner'] as const).flatMap((persona) => {
        const answers = answersFor(route.path, route) ?? {}
        const expected = expectationFor(route, method, persona)
        const address = addressFor(route, method, persona, answers)
        return formats.map(([type, body]) => async () => {
          const response = await send(method, address, { persona, body, headers: { 'content-type': type } })
          if (response.status >= 500 && response.status !== 501) return `${method} ${address} as ${persona} with ${type}: ${response.status} ${response.body.slice(0, 120)}`
          if (expected === 'refused' && !answerMatches('refused', response.status)) return `${method} ${address} as ${persona} with ${type}: expected refused, got ${response.status}`
          return undefined
        })
      }),
    )
    const problems = (await inParallel(jobs)).filter(Boolean)
    expect(problems).toEqual([])
  }, 600_000)
})

describe('sign-in from another site', () => {
  it('refuses a cross-site sign-in form, so nobody is signed into someone else’s account', async () => {
    const { email, password } = demoLogin(server.dataDir, 'partner')
    const response = await send('POST', '/api/partners/sign-in', {
      body: new URLSearchParams({ email, password, locale: 'en' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' },
    })
    expect(response.status).toBe(403)
    expect(response.headers['set-cookie']).toBeUndefined()
  })

})

describe('afterwards', () => {
  it('still has everything the admin planted, unchanged by all of the above', async () => {
    const draft = await asAdmin('GET', `/api/messages/${live.sentinel.messages}?draft=true&depth=0`)
    expect(draft.json.title).toBe(planted.draftTitle)
    const material = await asAdmin('GET', `/api/materials/${live.sentinel.materials}?depth=0`)
    expect(material.json).toMatchObject({ title: planted.restrictedTitle, accessLevel: 'restricted' })
    expect((await asAdmin('GET', `/api/payload-locked-documents/${live.sentinel['payload-locked-documents']}`)).status).toBe(200)
    expect((await asAdmin('GET', '/api/users/me')).json.user.roles).toEqual(['admin'])
  })

  it('ends each persona’s own session when they sign out, over REST and GraphQL', async () => {
    const logout = inventory.find(endsTheSession)!
    const problems: (string | undefined)[] = []
    for (const persona of personas) {
      const graphql = operations.find((operation) => operation.name.startsWith('logout'))!
      problems.push(await askGraphql(graphql, persona))
      for (const cell of cellsFor(logout)) if (cell.persona === persona) problems.push(await ask(cell))
    }
    expect(problems.filter(Boolean)).toEqual([])
  })
})

/** One GraphQL operation as one persona, judged like its REST address. */
async function askGraphql(operation: GraphqlOperation, persona: Persona): Promise<string | undefined> {
  const rest = operation.rest
  const answers = graphqlRules[operation.name]?.answers ?? (rest ? answersFor(rest.path, rest)?.[rest.method] : undefined)
  if (!answers) return `GraphQL ${operation.name}: no expected answer`
  let expected = answers[persona]
  if (expected === 'serves' && rest?.endpoint === '/:id' && live.sentinel[rest.collection ?? ''] === NOWHERE) expected = 'allowed'
  if (expected === 'refused' && rest?.endpoint === '/:id' && ownsPlanted(rest.collection, rest.method, persona)) expected = 'allowed'
  const full = rest ? hasFullRight({ source: 'payload', path: rest.path, methods: [], collection: rest.collection, endpoint: rest.endpoint, from: '' }, rest.method, persona, { [rest.method]: answers }) : false
  const id = full ? NOWHERE : rest?.endpoint.startsWith('/versions/') ? live.messageVersion : (live.sentinel[rest?.collection ?? ''] ?? NOWHERE)
  const query = operationDocument(operation, { id })
  const response = await send('POST', '/api/graphql', { persona, body: JSON.stringify({ query }) })
  const where = `GraphQL ${operation.name} as ${persona}`
  if (response.status >= 500) return `${where}: ${response.status} ${response.body.slice(0, 160)}`
  const result = JSON.parse(response.body || '{}') as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }
  const failedInside = (result.errors ?? []).some((error) => (error.extensions?.statusCode ?? 0) >= 500)
  if (failedInside && !graphqlRules[operation.name]?.payloadFault) return `${where}: failed inside the server: ${response.body.slice(0, 200)}`
  const served = result.data?.[operation.name] !== undefined && result.data?.[operation.name] !== null && !result.errors?.length
  const forbidden = (result.errors ?? []).some((error) => /not allowed|unauthori[sz]ed|forbidden/i.test(error.message))
  const leak = leaked(persona, response.body)
  if (leak) return `${where}: carries ${leak}`
  const ok =
    expected === 'serves' ? served : expected === 'allowed' ? !forbidden : expected === 'open' ? true : /* refused, absent */ !served
  return ok ? undefined : `${where}: expected ${expected}, got ${response.status} ${response.body.slice(0, 200)} (${query})`
}
