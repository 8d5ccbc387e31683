import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Signing in over HTTP as an attacker would try it: guessing a team member's password from one connection
// or many, using lockouts to keep a team member out, unlocking accounts as a partner, and signing in with a
// partner account that was never confirmed or was withdrawn. The Express shell names each client in the
// x-campaign-client header (it overwrites whatever a client sends); here the test plays the shell.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let clients = 0

/** A connection of its own, as the shell would name it. */
const newClient = () => `198.51.100.${++clients}`

async function post(path: string, body: unknown, { client, token }: { client: string; token?: string }): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-campaign-client': client }
  if (token) headers.authorization = `JWT ${token}`
  return fetch(api.url + path, { method: 'POST', headers, body: JSON.stringify(body) })
}

const login = (email: string, password: string, client: string) => post('/api/users/login', { email, password }, { client })
const messageOf = async (response: Response) => ((await response.clone().json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

beforeAll(async () => {
  t = await startTestPayload()
  await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

async function tokenOf(who: keyof People): Promise<string> {
  const response = await login(`${who}@example.org`, passwordOf(who), newClient())
  expect(response.status, `${who} signs in`).toBe(200)
  return (await response.json()).token
}

describe('unlocking accounts', () => {
  it('is for admins only: a partner or an editor cannot reset a team member’s lockout', async () => {
    for (const who of ['partner', 'editor', 'reviewer', 'publisher'] as const) {
      const response = await post('/api/users/unlock', { email: 'admin@example.org' }, { client: newClient(), token: await tokenOf(who) })
      expect(response.status, `${who} unlocks the admin`).toBe(403)
    }
    const anonymous = await post('/api/users/unlock', { email: 'admin@example.org' }, { client: newClient() })
    expect([401, 403]).toContain(anonymous.status)
    const admin = await post('/api/users/unlock', { email: 'editor@example.org' }, { client: newClient(), token: await tokenOf('admin') })
    expect(admin.status).toBe(200)
  })
})

describe('partners who may not sign in', () => {
  it('refuses an unconfirmed or withdrawn partner at Payload’s own login, with the reason, and gives no token', async () => {
    for (const [who, reason] of [
      ['unconfirmedPartner', /confirm your email/i],
      ['revokedPartner', /withdrawn/i],
    ] as const) {
      const response = await login(`${who}@example.org`, passwordOf(who), newClient())
      expect(response.status, who).toBe(403)
      expect(await messageOf(response)).toMatch(reason)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    const active = await login('partner@example.org', passwordOf('partner'), newClient())
    expect(active.status).toBe(200)
  })

  it('says nothing about the account to someone without its password', async () => {
    const response = await login('revokedPartner@example.org', 'not-the-password', newClient())
    expect(response.status).toBe(401)
    expect(await messageOf(response)).not.toMatch(/withdrawn|confirm/i)
  })

  it('refuses them at the partner sign-in too', async () => {
    const response = await post('/api/partners/sign-in', { email: 'revokedPartner@example.org', password: passwordOf('revokedPartner') }, { client: newClient() })
    expect(response.status).toBe(401)
    expect(await messageOf(response)).toMatch(/withdrawn/i)
  })

  it('ends a partner’s sessions when an admin withdraws their access', async () => {
    const partner = await t.payload.create({
      collection: 'users',
      data: { name: 'Soon withdrawn', email: 'soon-withdrawn@example.org', password: 'soon-withdrawn-123', roles: ['partner'], partnerStatus: 'active' },
    })
    const { token } = await (await login('soon-withdrawn@example.org', 'soon-withdrawn-123', newClient())).json()
    const me = () => fetch(`${api.url}/api/users/me`, { headers: { authorization: `JWT ${token}` } }).then((response) => response.json())
    expect((await me()).user?.email).toBe('soon-withdrawn@example.org')
    await t.payload.update({ collection: 'users', id: partner.id, data: { partnerStatus: 'revoked' } })
    expect((await me()).user).toBeNull()
  })
})

describe('guessing a password', () => {
  it('stops one connection after five wrong passwords for an account, with the reason, even with the right one next', async () => {
    const attacker = newClient()
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login('publisher@example.org', `guess-${attempt}`, attacker)).status, `guess ${attempt}`).toBe(401)
    }
    const sixth = await login('publisher@example.org', passwordOf('publisher'), attacker)
    expect(sixth.status).toBe(429)
    expect(await messageOf(sixth)).toMatch(/too many .*wait \d+ minutes/i)
  })

  it('does not lock the team member out: from their own connection the right password still works', async () => {
    for (let round = 0; round < 3; round++) {
      const attacker = newClient()
      for (let attempt = 1; attempt <= 5; attempt++) await login('admin@example.org', `guess-${round}-${attempt}`, attacker)
    }
    const owner = await login('admin@example.org', passwordOf('admin'), newClient())
    expect(owner.status, await messageOf(owner)).toBe(200)
  })

  it('stops one connection trying many accounts', async () => {
    const attacker = newClient()
    const statuses: number[] = []
    for (let n = 0; n < 25; n++) statuses.push((await login(`someone${n}@example.org`, 'password123', attacker)).status)
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429])
    const other = await login('reviewer@example.org', passwordOf('reviewer'), newClient())
    expect(other.status).toBe(200)
  })

  it('under a guess from many connections, gives each new connection one try and the owner’s first try goes through', async () => {
    const tried: string[] = []
    for (let n = 0; n < 25; n++) {
      const attacker = newClient()
      tried.push(attacker)
      await login('editor2@example.org', `guess-${n}`, attacker)
    }
    // A connection that has already guessed wrong is refused while the account is under attack...
    const again = await login('editor2@example.org', passwordOf('editor2'), tried[0])
    expect(again.status).toBe(429)
    // ...and the owner, on a connection of their own, still gets in.
    const owner = await login('editor2@example.org', passwordOf('editor2'), newClient())
    expect(owner.status, await messageOf(owner)).toBe(200)
  })
})

describe('password reset emails', () => {
  it('are limited per address, so nobody can fill a team member’s inbox', async () => {
    const statuses: number[] = []
    for (let n = 0; n < 5; n++) statuses.push((await post('/api/users/forgot-password', { email: 'reviewer2@example.org' }, { client: newClient() })).status)
    expect(statuses).toEqual([200, 200, 200, 429, 429])
  })

  it('are limited per connection across addresses', async () => {
    const sender = newClient()
    const statuses: number[] = []
    for (let n = 0; n < 12; n++) statuses.push((await post('/api/users/forgot-password', { email: `nobody${n}@example.org` }, { client: sender })).status)
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
  })
})
