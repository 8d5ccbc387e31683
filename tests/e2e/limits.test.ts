import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type RunningServer, startServer } from '../helpers/server'
import { demoLogin } from '../helpers/site'

// The sign-in limits on the built server, through the Express shell: a client cannot choose the name it is
// counted under, GraphQL's batches count every try, and the shell's own per-client limits answer 429 with
// the reason. Clients are told apart the way a reverse proxy on this machine tells the server
// (X-Forwarded-For, trusted from loopback only); the x-campaign-client header they send is ignored.

let server: RunningServer
let clients = 0
const newClient = () => `203.0.113.${++clients}`

beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_SIGN_IN_REQUESTS: '12', RATE_LIMIT_GRAPHQL: '6' } })
})
afterAll(async () => server?.stop())

const post = (path: string, body: unknown, headers: Record<string, string>) =>
  fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
const reason = async (response: Response) => ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

describe('counting sign-in tries per connection', () => {
  it('cannot be dodged by naming oneself differently on each try', async () => {
    const admin = demoLogin(server.dataDir, 'admin')
    const attacker = newClient()
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await post('/api/users/login', { email: admin.email, password: `guess-${attempt}` }, { 'x-forwarded-for': attacker, 'x-campaign-client': `spoofed-${attempt}` })
      expect(response.status, `guess ${attempt}`).toBe(401)
    }
    const sixth = await post('/api/users/login', { email: admin.email, password: admin.password }, { 'x-forwarded-for': attacker, 'x-campaign-client': 'spoofed-6' })
    expect(sixth.status).toBe(429)
    expect(await reason(sixth)).toMatch(/too many wrong passwords/i)
    // The admin, elsewhere, is not locked out.
    const owner = await post('/api/users/login', { email: admin.email, password: admin.password }, { 'x-forwarded-for': newClient() })
    expect(owner.status).toBe(200)
  })

  it('counts every try in a GraphQL batch', async () => {
    const editor = demoLogin(server.dataDir, 'editor')
    const tries = Array.from({ length: 8 }, (_, n) => `try${n}: loginUser(email: ${JSON.stringify(editor.email)}, password: "guess-${n}") { exp }`).join('\n')
    const response = await post('/api/graphql', { query: `mutation { ${tries} }` }, { 'x-forwarded-for': newClient() })
    expect(response.status).toBeLessThan(500)
    const { errors } = (await response.json()) as { errors: { message: string; path?: string[] }[] }
    const limited = errors.filter((error) => /too many wrong passwords/i.test(error.message))
    expect(limited.length, JSON.stringify(errors)).toBeGreaterThanOrEqual(3)
  })

  it('refuses partners who may not sign in through GraphQL as well, with the reason', async () => {
    const join = await post(
      '/api/partners/join',
      { name: 'Not Yet', organisation: 'A group', organisationKind: 'baby-group', jobRole: 'Leader', district: 'swale', email: 'not-yet@example.org', password: 'not-yet-password-1', locale: 'en' },
      { 'x-forwarded-for': newClient() },
    )
    expect(join.status).toBe(202)
    const response = await post('/api/graphql', { query: 'mutation { loginUser(email: "not-yet@example.org", password: "not-yet-password-1") { token } }' }, { 'x-forwarded-for': newClient() })
    const { data, errors } = (await response.json()) as { data?: { loginUser: unknown } | null; errors?: { message: string }[] }
    expect(data?.loginUser ?? null).toBeNull()
    expect(errors?.[0]?.message).toMatch(/confirm your email/i)
  })
})

describe('the shell’s per-client limits', () => {
  it('answer 429 with the reason once a client has asked too often to sign in', async () => {
    const client = newClient()
    const statuses: number[] = []
    for (let n = 0; n < 14; n++) statuses.push((await post('/api/users/forgot-password', { email: `someone${n}@example.org` }, { 'x-forwarded-for': client })).status)
    expect(statuses.at(-1)).toBe(429)
    const last = await post('/api/users/login', { email: 'x@example.org', password: 'y' }, { 'x-forwarded-for': client })
    expect(last.status).toBe(429)
    expect(await reason(last)).toMatch(/too many/i)
  })

  it('answer 429 once a client has sent too many GraphQL requests', async () => {
    const client = newClient()
    const statuses: number[] = []
    for (let n = 0; n < 8; n++) statuses.push((await post('/api/graphql', { query: '{ Themes(limit: 1) { totalDocs } }' }, { 'x-forwarded-for': client })).status)
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200])
    expect(statuses.slice(6)).toEqual([429, 429])
  })
})
