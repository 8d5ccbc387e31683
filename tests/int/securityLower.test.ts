import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { subscribe } from '@/delivery/subscriptions'
import { signLink } from '@/mailing/signedLink'
import { verifyToken } from '@/partners/verifyToken'

import { draftMessage } from '../helpers/messages'
import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The smaller holes: people inside other records carrying their sessions, private files readable by anyone on
// the machine, and links in emails that change something when merely opened.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People

const mode = (file: string) => fs.statSync(file).mode & 0o777

beforeAll(async () => {
  // No SMTP_URL: every email is written to the outbox in the data folder.
  delete process.env.SMTP_URL
  t = await startTestPayload()
  people = await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

async function tokenOf(who: keyof People): Promise<string> {
  const response = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${who}@example.org`, password: passwordOf(who) }),
  })
  return (await response.json()).token
}

const secrets = ['sessions', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', '_verificationToken', 'calendarToken']

describe('people shown inside other records', () => {
  it('carry who they are (name, email, roles) and nothing else, whoever reads and whatever the ids', async () => {
    // Everyone signs in, so everyone has sessions to leak.
    for (const who of ['admin', 'editor', 'reviewer'] as const) await tokenOf(who)
    const message = await draftMessage(t.payload, 'who-wrote-this', { owner: people.reviewer.id } as never)
    await t.payload.update({ collection: 'messages', id: message.id, draft: true, data: { workflow: { state: 'in_review' } } })
    const admin = await tokenOf('admin')
    for (const depth of [1, 2]) {
      const response = await fetch(`${api.url}/api/messages/${message.id}?draft=true&depth=${depth}`, { headers: { authorization: `JWT ${admin}` } })
      const doc = await response.json()
      for (const person of [doc.owner]) {
        expect(typeof person, `depth ${depth}`).toBe('object')
        for (const secret of secrets) expect(person, `depth ${depth}: ${secret}`).not.toHaveProperty(secret)
        expect(Object.keys(person).sort()).toEqual(expect.arrayContaining(['email', 'id', 'name', 'roles']))
      }
      expect(JSON.stringify(doc)).not.toMatch(/"sessions"|"hash"|"salt"/)
    }
  })

  it('never show anyone’s sessions over the API, not even to admins or to the person themselves', async () => {
    const admin = await tokenOf('admin')
    const editor = await tokenOf('editor')
    // Payload may still send the field as an empty list; never a session in it.
    const noSessions = (user: { sessions?: unknown[] }) => expect(user.sessions ?? []).toEqual([])
    noSessions(await (await fetch(`${api.url}/api/users/${people.editor.id}`, { headers: { authorization: `JWT ${admin}` } })).json())
    const list = await (await fetch(`${api.url}/api/users?limit=50`, { headers: { authorization: `JWT ${admin}` } })).json()
    for (const user of list.docs) noSessions(user)
    const me = await (await fetch(`${api.url}/api/users/me`, { headers: { authorization: `JWT ${editor}` } })).json()
    expect(me.user.email).toBe('editor@example.org')
    noSessions(me.user)
    noSessions(await (await fetch(`${api.url}/api/users/${people.editor.id}`, { headers: { authorization: `JWT ${editor}` } })).json())
  })
})

describe('private files on the server', () => {
  it('keeps the database file to this user (0600), with its folder 0700', () => {
    const file = path.join(t.dir, 'test.db')
    expect(mode(file)).toBe(0o600)
    for (const journal of [`${file}-wal`, `${file}-shm`]) if (fs.existsSync(journal)) expect(mode(journal), journal).toBe(0o600)
    expect(mode(path.join(t.dir, 'data'))).toBe(0o700)
  })

  it('writes each email in the outbox readable by this user only: they carry signed links', async () => {
    await t.payload.sendEmail({ to: 'someone@example.org', subject: 'A signed link', text: 'https://campaign.example.org/email-preferences?token=secret' })
    const outbox = path.join(t.dir, 'data', 'outbox')
    const files = fs.readdirSync(outbox).filter((name) => name.endsWith('.eml'))
    expect(files.length).toBeGreaterThan(0)
    expect(mode(outbox)).toBe(0o700)
    for (const file of files) expect(mode(path.join(outbox, file)), file).toBe(0o600)
  })
})

describe('links in emails', () => {
  it('confirm nothing when merely opened (mail link checkers open every link)', async () => {
    await subscribe(t.payload, { email: 'opened@example.org', lists: ['campaign-news'], locale: 'en', method: 'api' }).catch(() => undefined)
    const list = await t.payload.create({ collection: 'mailing-lists', data: { name: 'Opened links', slug: 'opened-links', description: 'x', audience: 'parents', publicSignUp: true } as never })
    await subscribe(t.payload, { email: 'opened@example.org', lists: ['opened-links'], locale: 'en', method: 'api' })
    const reader = (await t.payload.find({ collection: 'subscribers', where: { email: { equals: 'opened@example.org' } } })).docs[0]
    expect(reader.pendingLists?.map((pending) => (typeof pending === 'object' ? pending.id : pending))).toEqual([list.id])
    const token = signLink(t.payload.secret, 'subscription-confirm', reader.id, reader.email, Date.now() + 60_000)
    await fetch(`${api.url}/api/subscriptions/confirm?token=${token}`, { redirect: 'manual' })
    const after = await t.payload.findByID({ collection: 'subscribers', id: reader.id, depth: 0 })
    expect(after.subscribedLists ?? []).toEqual([])

    const partner = await t.payload.create({
      collection: 'users',
      data: { name: 'Unopened', email: 'unopened@example.org', password: 'unopened-password-1', roles: ['partner'], partnerStatus: 'unverified' },
    })
    await fetch(`${api.url}/api/partners/confirm?token=${verifyToken(t.payload.secret, partner.id, partner.email)}`, { redirect: 'manual' })
    expect((await t.payload.findByID({ collection: 'users', id: partner.id })).partnerStatus).toBe('unverified')
  })
})
