import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPeople, passwordOf } from '../helpers/people'
import { type Mail, startMailbox } from '../helpers/mailbox'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Partner accounts over HTTP, with email through a real SMTP server in this process.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let mailbox: Awaited<ReturnType<typeof startMailbox>>

beforeAll(async () => {
  mailbox = await startMailbox()
  // The config reads SMTP_URL when it loads, so it is set before Payload starts.
  process.env.SMTP_URL = mailbox.url
  t = await startTestPayload()
  await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  await t.payload.create({
    collection: 'materials',
    data: { title: 'Partner talking points', slug: 'partner-talking-points', type: 'talking-points', accessLevel: 'partners', language: 'en', accessibleFormat: 'standard' },
  })
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await api?.close()
  await t?.close()
  await mailbox?.close()
})

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
  redirect: 'manual' as const,
})

const sam = {
  locale: 'en',
  name: 'Sam Leader',
  organisation: 'Little Stars Baby Group',
  organisationKind: 'baby-group',
  jobRole: 'Group leader',
  district: 'swale',
  venueName: 'Sittingbourne Community Hall',
  email: 'Sam.Leader@Example.org',
  password: 'a-long-enough-password',
}

const signIn = (email: string, password: string) => fetch(`${api.url}/api/partners/sign-in`, form({ email, password, locale: 'en' }))
// A browser sends Sec-Fetch-Site with every request; Payload trusts a sign-in cookie only from its own site.
const partnerTitles = async (cookie: string) =>
  ((await (await fetch(`${api.url}/api/materials?depth=0`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })).json()).docs as { title: string }[]).map(
    (doc) => doc.title,
  )
const linkIn = (mail: Mail) => /href="([^"]*\/partners\/confirm\?token=[^"]+)"/.exec(mail.html)?.[1]?.replace(/&amp;/g, '&')
/** The button on the confirmation page the link opens: a form post. */
const pressConfirm = (token: string) => fetch(`${api.url}/api/partners/confirm`, form({ token }))

describe('signing up as a partner', () => {
  it('explains every problem with a sign-up, keeps what was typed (never the password), and stores nothing', async () => {
    const before = (await t.payload.count({ collection: 'users' })).totalDocs
    const response = await fetch(`${api.url}/api/partners/join`, form({ ...sam, email: 'not an address', password: 'short', district: 'atlantis', organisation: '' }))
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location')!, api.url)
    expect(location.pathname).toBe('/partners/join')
    expect(location.searchParams.get('errors')!.split(',').sort()).toEqual(['district', 'email', 'organisation', 'password'])
    expect(location.searchParams.get('name')).toBe('Sam Leader')
    expect(location.searchParams.has('password')).toBe(false)
    expect((await t.payload.count({ collection: 'users' })).totalDocs).toBe(before)

    const asJson = await fetch(`${api.url}/api/partners/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...sam, email: 'sam@' }),
    })
    expect(asJson.status).toBe(400)
    expect((await asJson.json()).errors).toEqual([{ field: 'email', message: 'Enter an email address like name@example.org.' }])
  })

  it('emails a link; until it is used the account is not a partner; after, it is', async () => {
    const response = await fetch(`${api.url}/api/partners/join`, form(sam))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/partners/check-your-email')
    const mail = await mailbox.waitFor('sam.leader@example.org')
    expect(mail.subject).toBe('Confirm your email')
    expect(mail.text).toContain('Hello Sam Leader')
    const link = linkIn(mail)
    expect(link).toBeDefined()

    const early = await signIn('sam.leader@example.org', sam.password)
    expect(early.headers.get('location')).toBe('/partners/sign-in?error=unconfirmed')
    expect(early.headers.get('set-cookie')).toBeNull()

    const token = new URL(link!).searchParams.get('token')!
    expect(new URL(link!).pathname).toBe('/partners/confirm')
    const tampered = await pressConfirm(token.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')))
    expect(tampered.headers.get('location')).toBe('/partners/sign-in?link=wrong')

    // Opening the old kind of link (as a mail link checker does) only shows the page with the button.
    const opened = await fetch(`${api.url}/api/partners/confirm?token=${token}`, { redirect: 'manual' })
    expect(opened.headers.get('location')).toBe(`/partners/confirm?token=${encodeURIComponent(token)}`)
    expect((await t.payload.find({ collection: 'users', where: { email: { equals: 'sam.leader@example.org' } } })).docs[0].partnerStatus).toBe('unverified')

    const confirmed = await pressConfirm(token)
    expect(confirmed.headers.get('location')).toBe('/partners/sign-in?confirmed=1')

    const signedIn = await signIn('sam.leader@example.org', sam.password)
    expect(signedIn.headers.get('location')).toBe('/partners')
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]
    expect(cookie).toMatch(/^payload-token=/)
    expect(await partnerTitles(cookie)).toEqual(['Partner talking points'])

    const { docs } = await t.payload.find({ collection: 'users', where: { email: { equals: 'sam.leader@example.org' } } })
    expect(docs[0]).toMatchObject({ roles: ['partner'], partnerStatus: 'active', organisationKind: 'baby-group', district: 'swale' })
  })

  it('never says whether an address already has an account, and tells its owner instead', async () => {
    const again = await fetch(`${api.url}/api/partners/join`, form({ ...sam, name: 'Someone Else' }))
    expect(again.headers.get('location')).toBe('/partners/check-your-email')
    const toOwner = () => mailbox.mails.some((mail) => mail.subject === 'You already have an account' && mail.to.includes('sam.leader@example.org'))
    await expect.poll(toOwner).toBe(true)
    expect((await t.payload.count({ collection: 'users', where: { email: { equals: 'sam.leader@example.org' } } })).totalDocs).toBe(1)
  })

  it('answers an error when the mail server refuses, and signing up again sends the link, with the latest password', async () => {
    const alex = { ...sam, name: 'Alex Leader', email: 'alex@example.org', password: 'the-first-password' }
    mailbox.refuse(() => ({ code: 451, message: '4.3.0 Mail server busy, try later' }))
    try {
      const refused = await fetch(`${api.url}/api/partners/join`, form(alex))
      expect(refused.headers.get('location')).toBe('/partners/join?error=unsent&name=Alex+Leader&email=alex%40example.org')
      const json = await fetch(`${api.url}/api/partners/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alex) })
      expect(json.status).toBe(503)
      expect((await json.json()).errors[0].message).toMatch(/could not send the email/)
    } finally {
      mailbox.refuse(undefined)
    }
    // The account was stored before its email failed; signing up again must not answer "you already have one".
    const again = await fetch(`${api.url}/api/partners/join`, form({ ...alex, password: 'the-second-password' }))
    expect(again.headers.get('location')).toBe('/partners/check-your-email')
    const mail = await mailbox.waitFor('alex@example.org')
    expect(mail.subject).toBe('Confirm your email')
    const confirmed = await pressConfirm(new URL(linkIn(mail)!).searchParams.get('token')!)
    expect(confirmed.headers.get('location')).toBe('/partners/sign-in?confirmed=1')
    expect((await signIn('alex@example.org', 'the-first-password')).headers.get('location')).toBe('/partners/sign-in?error=wrong')
    expect((await signIn('alex@example.org', 'the-second-password')).headers.get('location')).toBe('/partners')
    expect((await t.payload.count({ collection: 'users', where: { email: { equals: 'alex@example.org' } } })).totalDocs).toBe(1)
  })

  it('lets an admin revoke a partner, which takes their partner materials away at once', async () => {
    const signedIn = await signIn('sam.leader@example.org', sam.password)
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]
    const { docs } = await t.payload.find({ collection: 'users', where: { email: { equals: 'sam.leader@example.org' } } })
    await t.payload.update({ collection: 'users', id: docs[0].id, data: { partnerStatus: 'revoked' } })
    expect(await partnerTitles(cookie)).toEqual([])
    const refused = await signIn('sam.leader@example.org', sam.password)
    expect(refused.headers.get('location')).toBe('/partners/sign-in?error=revoked')
  })

  it('does not let a partner make themselves active or give themselves a role', async () => {
    const login = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'partner@example.org', password: passwordOf('partner') }),
    })
    const { token, user } = await login.json()
    const change = await fetch(`${api.url}/api/users/${user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ roles: ['admin'], partnerStatus: 'active' }),
    })
    expect(change.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'users', id: user.id })
    expect(stored.roles).toEqual(['partner'])
    expect(stored.partnerStatus ?? null).toBeNull()
  })
})
