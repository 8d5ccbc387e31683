import { accessMatrix, type MatrixEntry, type Persona, personas } from './matrix'

// What every address the server answers should say to each persona, for every method. The route inventory
// (tests/helpers/routeInventory.ts) lists the addresses from the code and config; the hostile suite
// (tests/e2e/hostile.test.ts) asks each one with each method as each persona and compares the answer with
// `expectedAnswer`. Payload's collection and global addresses follow the access matrix (src/access/matrix.ts);
// every other address has a rule here. An address without a rule, or a rule without an address, fails
// tests/int/routeInventory.test.ts.

export const methods = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
export type Method = (typeof methods)[number]

/**
 * - `serves`: a page or data (2xx, or a redirect);
 * - `allowed`: past the access check, whatever the input then gets (never 401/403, never a server error);
 * - `open`: anyone may try, and the input decides (wrong password, bad link): any answer but a server error;
 * - `refused`: nothing served and nothing done (400, 401, 403, 404, 405, 413, 415, 429 or 501);
 * - `absent`: the address does not take this method (404, 405 or 501).
 */
export type Answer = 'serves' | 'allowed' | 'open' | 'refused' | 'absent'
export type Who = Record<Persona, Answer>

/** Which side of the door each persona stands. A new persona must be placed here. */
const standing: Record<Persona, 'outside' | 'partner' | 'team' | 'admin'> = {
  anonymous: 'outside',
  // They cannot sign in and hold no working session: outside, whatever they try.
  unconfirmedPartner: 'outside',
  revokedPartner: 'outside',
  partner: 'partner',
  editor: 'team',
  reviewer: 'team',
  publisher: 'team',
  admin: 'admin',
}

const each = (pick: (persona: Persona) => Answer): Who => Object.fromEntries(personas.map((persona) => [persona, pick(persona)])) as Who
export const everyone = (answer: Answer): Who => each(() => answer)
const isTeam = (persona: Persona) => standing[persona] === 'team' || standing[persona] === 'admin'
/** The comms team (admins included) get `team`; everyone else is refused. */
const teamOnly = (team: Answer): Who => each((persona) => (isTeam(persona) ? team : 'refused'))
const adminsOnly = (admin: Answer): Who => each((persona) => (standing[persona] === 'admin' ? admin : 'refused'))
const signedIn = (answer: Answer, outside: Answer): Who => each((persona) => (standing[persona] === 'outside' ? outside : answer))
const partnersAndTeam = (answer: Answer): Who => each((persona) => (standing[persona] === 'outside' ? 'refused' : answer))

export type RouteRule = {
  /** The address as the inventory writes it: `:name` for a segment, `*name` for the rest. */
  path: string
  /** Answers for the methods this address takes. OPTIONS and HEAD follow `defaultAnswers` unless given. */
  answers: Partial<Record<Method, Who>>
  /** What the suite fills the address's parameters with, and why the answers are what they are. */
  why: string
}

/**
 * Every address that is not one of Payload's collection or global addresses (those follow the matrix).
 * Parameters are filled by the suite with a live value unless the rule says otherwise.
 */
export const routeRules: RouteRule[] = [
  // The Express shell.
  { path: '/healthz', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'Liveness, for monitors.' },
  { path: '/readyz', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'Readiness, for load balancers.' },

  // Parent pages, in every language: the same for everyone; they change nothing.
  ...[
    '/:locale',
    '/:locale/accessibility',
    '/:locale/dads',
    '/:locale/email-preferences',
    '/:locale/email-updates',
    '/:locale/email-updates/check-your-email',
    '/:locale/email-updates/confirm',
    '/:locale/get-help',
    '/:locale/materials',
    '/:locale/materials/search',
    '/:locale/messages/:slug',
    '/:locale/partners',
    '/:locale/partners/check-your-email',
    '/:locale/partners/confirm',
    '/:locale/partners/join',
    '/:locale/partners/sign-in',
    '/:locale/privacy',
    '/:locale/services',
    '/:locale/services/search',
    '/:locale/themes/:slug',
  ].map((path): RouteRule => ({ path, answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'A parent page (or its sign-in redirect); GET and HEAD only.' })),
  { path: '/:locale/*missing', answers: { GET: everyone('absent'), HEAD: everyone('absent') }, why: 'Any other address: the helpful 404 page.' },
  {
    path: '/admin/*segments?',
    // The admin's own server functions arrive as POSTs; Payload checks who is signed in for each.
    answers: { GET: everyone('serves'), HEAD: everyone('serves'), POST: everyone('open') },
    why: 'The admin: its sign-in page for people outside the team, the admin for the team.',
  },

  // Next route handlers.
  { path: '/preview', answers: { GET: teamOnly('serves'), HEAD: teamOnly('serves') }, why: 'Draft preview: the team only.' },
  { path: '/preview/exit', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'Leaves draft preview.' },
  { path: '/q/:venue/:message', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'A poster QR code: counts a scan, then redirects.' },
  { path: '/feeds/rss.xml', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'Public feed.' },
  { path: '/feeds/atom.xml', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'Public feed.' },
  { path: '/feeds/feed.json', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'Public feed.' },
  { path: '/feeds/icon.png', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'The campaign icon the feeds name.' },
  { path: '/feeds/favicon.png', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'The small campaign icon the feeds name.' },
  { path: '/robots.txt', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'For crawlers.' },
  { path: '/sitemap.xml', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'For crawlers.' },
  {
    path: '/api/graphql',
    answers: { POST: everyone('open'), OPTIONS: everyone('serves') },
    why: 'GraphQL: every operation is checked on its own (the suite asks each one as each persona).',
  },
  { path: '/api/graphql-playground', answers: { GET: everyone('absent'), HEAD: everyone('absent') }, why: 'Off in production.' },
  // Next's own addresses.
  { path: '/_next/static/*file', answers: { GET: everyone('serves'), HEAD: everyone('serves') }, why: 'The admin’s scripts and styles (parent pages carry none).' },
  {
    path: '/_next/image',
    answers: { GET: everyone('refused'), HEAD: everyone('refused') },
    why: 'Next’s image resizer, filled with a restricted material’s file: it fetches as nobody, and only images.',
  },

  // Payload's root and our own endpoints.
  { path: '/api/access', answers: { GET: everyone('serves') }, why: "What the caller may do: their own permissions, nobody else's." },
  { path: '/api/calendar/feed-url', answers: { POST: teamOnly('allowed') }, why: 'A team member’s own calendar address.' },
  { path: '/api/calendar/feed/:file', answers: { GET: everyone('refused') }, why: 'Filled with a made-up key: no calendar without the secret address.' },
  { path: '/api/calendar/items', answers: { GET: teamOnly('allowed') }, why: 'The calendar view’s data: the team only.' },
  { path: '/api/content-check', answers: { POST: teamOnly('allowed') }, why: 'The content checker: the team only.' },
  { path: '/api/insight/csv', answers: { GET: teamOnly('allowed') }, why: 'An Insight table as CSV: counts only, for the team.' },
  { path: '/api/content-report', answers: { GET: teamOnly('serves') }, why: 'Open findings on live messages: the team only.' },
  { path: '/api/email-previews/:template', answers: { GET: teamOnly('serves') }, why: 'Email previews: the team only.' },
  { path: '/api/email-previews/:template/test', answers: { POST: teamOnly('allowed') }, why: 'A test email to oneself: the team only.' },
  { path: '/api/partners/confirm', answers: { GET: everyone('serves'), POST: everyone('open') }, why: 'GET only shows the page with the button; the signed token decides.' },
  { path: '/api/partners/join', answers: { POST: everyone('open') }, why: 'Anyone may sign up; the same answer for every address.' },
  { path: '/api/partners/sign-in', answers: { POST: everyone('open') }, why: 'Anyone may try; unconfirmed and withdrawn partners are refused with the reason.' },
  { path: '/api/partners/sign-out', answers: { POST: everyone('serves') }, why: 'Clears the cookie.' },
  { path: '/api/helpful', answers: { POST: everyone('open') }, why: '"Was this page helpful?": anyone may answer; counted only for pages that exist; limited per client.' },
  { path: '/api/subscribe', answers: { POST: everyone('open') }, why: 'Anyone may sign up; the same answer for every address.' },
  { path: '/api/subscriptions/confirm', answers: { GET: everyone('serves'), POST: everyone('open') }, why: 'GET only shows the page with the button; the signed token decides.' },
  { path: '/api/subscriptions/data', answers: { GET: everyone('refused') }, why: 'Filled with a made-up key: nothing without the signed link.' },
  { path: '/api/subscriptions/erase', answers: { POST: everyone('open') }, why: 'The signed token decides.' },
  { path: '/api/subscriptions/preferences', answers: { POST: everyone('open') }, why: 'The signed token decides.' },
  { path: '/api/subscriptions/unsubscribe', answers: { GET: everyone('serves'), POST: everyone('open') }, why: 'GET only shows the question; the signed token decides.' },

  // Collection addresses beyond the standard ones.
  { path: '/api/materials/:id/download', answers: { GET: teamOnly('allowed') }, why: 'Filled with a restricted material granted to nobody.' },
  { path: '/api/materials/file/:filename', answers: { GET: teamOnly('serves') }, why: 'Filled with the file of a restricted material granted to nobody.' },
  { path: '/api/materials/kit', answers: { GET: teamOnly('allowed') }, why: 'Filled with a restricted material granted to nobody.' },
  { path: '/api/materials/poster', answers: { GET: partnersAndTeam('allowed') }, why: 'A venue poster: signed-in partners and the team.' },
  { path: '/api/materials/paste-url/:id?', answers: { GET: everyone('refused') }, why: 'Fetching a file from an address is not enabled (no requests leave the server).' },
  { path: '/api/media/file/:filename', answers: { GET: everyone('serves') }, why: 'Filled with a public image.' },
  { path: '/api/media/paste-url/:id?', answers: { GET: everyone('refused') }, why: 'Fetching a file from an address is not enabled.' },
  {
    path: '/api/kits/:id/download',
    answers: { GET: everyone('open') },
    why: 'A kit holds what each person may have: the zip is made per person, or refused when none of it is theirs.',
  },
  { path: '/api/social-posts/export', answers: { GET: teamOnly('allowed') }, why: 'Bulk-schedule files: the team only.' },
  { path: '/api/payload-jobs/run', answers: { GET: adminsOnly('allowed') }, why: 'Runs queued jobs: admins only.' },
  { path: '/api/payload-jobs/handle-schedules', answers: { GET: adminsOnly('allowed') }, why: 'Queues scheduled jobs: admins only.' },
  {
    path: '/api/payload-preferences/:key',
    answers: { GET: teamOnly('allowed'), POST: teamOnly('allowed'), DELETE: teamOnly('allowed') },
    why: "Admin preferences by key: the team, each their own (the key is looked up as the caller's).",
  },
  {
    path: '/api/payload-migrations',
    answers: {},
    why: 'Payload gives the migrations list no addresses: every method is refused as not implemented.',
  },

  // Signing in and the account emails.
  { path: '/api/users/login', answers: { POST: everyone('open') }, why: 'Anyone may try; limited per address and per connection.' },
  { path: '/api/users/logout', answers: { POST: everyone('open') }, why: 'Ends one’s own session.' },
  { path: '/api/users/me', answers: { GET: everyone('serves') }, why: 'Who is signed in (nobody, for a visitor).' },
  { path: '/api/users/init', answers: { GET: everyone('serves') }, why: 'Whether the first admin exists.' },
  { path: '/api/users/first-register', answers: { POST: everyone('refused') }, why: 'Only before the first account exists.' },
  { path: '/api/users/refresh-token', answers: { POST: signedIn('allowed', 'refused') }, why: 'Extends one’s own session.' },
  { path: '/api/users/forgot-password', answers: { POST: everyone('open') }, why: 'Anyone may ask; the same answer for every address; limited.' },
  { path: '/api/users/reset-password', answers: { POST: everyone('open') }, why: 'The emailed token decides; limited.' },
  { path: '/api/users/unlock', answers: { POST: adminsOnly('allowed') }, why: 'Clears the sign-in counts against an account: admins only.' },

  // Globals' own addresses beyond reading and saving.
  { path: '/api/globals/campaign-settings/access', answers: { POST: everyone('serves') }, why: "The caller's own permissions." },
  { path: '/api/globals/payload-jobs-stats/access', answers: { POST: everyone('serves') }, why: "The caller's own permissions." },
]

/**
 * GraphQL operations with no REST address to follow (each other operation gives the answer of the REST
 * address it does the same as; tests/helpers/graphqlInventory.ts pairs them).
 */
export const graphqlRules: Record<string, { answers: Who; why: string; payloadFault?: true }> = {
  verifyEmailUser: {
    answers: everyone('refused'),
    // Payload 3.90 builds this mutation even with email verification off, and it then fails inside.
    payloadFault: true,
    why: 'Accounts are not verified by Payload’s emails here (partners confirm through our own link): never answers with anything.',
  },
  docAccessCampaignSetting: {
    answers: everyone('refused'),
    // Payload 3.90's GraphQL resolver passes the wrong object to the permissions check for a global and fails
    // inside; the same question is answered over REST (POST /api/globals/campaign-settings/access).
    payloadFault: true,
    why: 'Fails inside Payload for every caller: never answers with anything.',
  },
}

/** Payload's standard addresses for a collection, and which right each needs. */
const collectionAddresses: Record<string, Partial<Record<Method, (entry: MatrixEntry, persona: Persona) => Answer>>> = {
  '/': { GET: read('serves'), POST: right('create', 'allowed'), PATCH: right('update', 'allowed'), DELETE: right('delete', 'allowed') },
  '/:id': { GET: readOne, PATCH: oneDoc('update'), DELETE: oneDoc('delete') },
  '/count': { GET: read('serves') },
  '/versions': { GET: fullRead },
  '/versions/:id': { GET: fullRead, POST: oneDoc('update') },
  // The caller's own permissions on one document (a document nobody has: not found).
  '/access/:id?': { POST: () => 'allowed' },
  '/:id/duplicate': { POST: duplicate },
}
const globalAddresses: Record<string, Partial<Record<Method, (entry: MatrixEntry, persona: Persona) => Answer>>> = {
  '/': { GET: read('serves'), POST: right('update', 'allowed') },
}

function read(answer: Answer) {
  return (entry: MatrixEntry, persona: Persona): Answer => (entry.rights[persona].read === 'no' ? 'refused' : answer)
}
function right(operation: 'create' | 'update' | 'delete', answer: Answer) {
  return (entry: MatrixEntry, persona: Persona): Answer => (entry.rights[persona][operation] === 'no' ? 'refused' : answer)
}
/** The suite reads one document that only full readers may see (a draft, a restricted material, someone else's account). */
function readOne(entry: MatrixEntry, persona: Persona): Answer {
  return entry.rights[persona].read === 'yes' ? 'serves' : 'refused'
}
function fullRead(entry: MatrixEntry, persona: Persona): Answer {
  return entry.rights[persona].read === 'yes' ? 'allowed' : 'refused'
}
/**
 * Changing one document: those with the full right are sent to an address with no document (so nothing is
 * lost) and get past the check; everyone else is sent at a real one, someone else's, and is refused.
 */
function oneDoc(operation: 'create' | 'update' | 'delete') {
  return (entry: MatrixEntry, persona: Persona): Answer => (entry.rights[persona][operation] === 'yes' ? 'allowed' : 'refused')
}

/** Copying a document needs the right to make one and to read the one copied; someone else's is refused. */
function duplicate(entry: MatrixEntry, persona: Persona): Answer {
  const rights = entry.rights[persona]
  if (rights.create === 'no') return 'refused'
  return rights.read === 'yes' ? 'allowed' : 'open'
}

export type AddressOwner = { collection?: string; global?: string; endpoint?: string }

/** The rule for an address: its own, or the one the access matrix gives a collection's or global's standard address. */
export function answersFor(path: string, owner: AddressOwner = {}): Partial<Record<Method, Who>> | undefined {
  const own = routeRules.find((rule) => rule.path === path)
  if (own) return own.answers
  const name = owner.collection ?? owner.global
  const entry = accessMatrix.find((item) => item.collection === name && item.kind === (owner.collection ? 'collection' : 'global'))
  const addresses = (owner.collection ? collectionAddresses : globalAddresses)[owner.endpoint ?? '']
  if (!entry || !addresses) return undefined
  return Object.fromEntries(Object.entries(addresses).map(([method, decide]) => [method, each((persona) => decide!(entry, persona))]))
}

export type Source = 'express' | 'page' | 'route handler' | 'payload'

/**
 * The answer for one cell. A method an address does not take is absent, except under /api, where Payload
 * hands it to the next address that fits (`/login` read as the document with id "login", `/count` posted as
 * a preference keyed "count"): refused, unless that next address has a rule of its own (`fallthrough`).
 * OPTIONS is answered everywhere (Payload's CORS answer under /api, Next's for route handlers, the shell's
 * for pages); HEAD follows GET except under /api, where Payload answers only what it declares.
 */
export function expectedAnswer(
  route: { path: string; source: Source; declared: Method[]; answers: Partial<Record<Method, Who>>; fallthrough?: Partial<Record<Method, Who>> },
  method: Method,
  persona: Persona,
): Answer {
  const declared = route.declared.includes(method) || (method === 'HEAD' && route.source !== 'payload' && route.declared.includes('GET'))
  const given = declared ? (route.answers[method] ?? (method === 'HEAD' ? route.answers.GET : undefined)) : undefined
  if (given) return given[persona]
  if (route.path === '/api/payload-migrations') return 'absent'
  if (method === 'OPTIONS') return 'serves'
  if (route.source === 'payload') return route.fallthrough?.[method]?.[persona] ?? 'refused'
  return 'absent'
}

/** Which answers a status counts as, for comparing with the expected one. */
export function answerMatches(expected: Answer, status: number): boolean {
  if (status >= 500 && !(status === 501 && (expected === 'absent' || expected === 'refused'))) return false
  switch (expected) {
    case 'serves':
      return status >= 200 && status < 400
    case 'allowed':
      return status !== 401 && status !== 403
    case 'open':
      return true
    case 'refused':
      return [400, 401, 403, 404, 405, 413, 415, 429, 501].includes(status)
    case 'absent':
      return [404, 405, 501].includes(status)
  }
}
