import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { remindOwners } from '@/delivery/teamNotices'

import { draftMessage } from '../helpers/messages'
import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { eventually } from '../helpers/site'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// With no SMTP_URL (the embedded demo), every email lands as an .eml file in DATA_DIR/outbox: the team's
// review emails and the editors' test sends are read back from there.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People
let outbox: string

beforeAll(async () => {
  delete process.env.SMTP_URL
  t = await startTestPayload()
  outbox = path.join(process.env.DATA_DIR!, 'outbox')
  people = await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

async function mailsTo(address: string) {
  const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((name) => name.endsWith('.eml')) : []
  const mails = await Promise.all(files.map(async (name) => simpleParser(fs.readFileSync(path.join(outbox, name)))))
  return mails.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text.includes(address)))
}

describe('emails to the campaign team', () => {
  it('asks the named reviewer to review a message the moment it goes into review', async () => {
    const message = await draftMessage(t.payload, 'feelings-after-birth', { reviewer: people.reviewer.id } as never)
    await t.payload.update({ collection: 'messages', id: message.id, draft: true, data: { workflow: { state: 'in_review', note: 'Ready for a clinical read.' } }, user: people.editor, overrideAccess: false })
    expect(await eventually(async () => (await mailsTo('reviewer@example.org')).length === 1, 10)).toBe(true)
    const [mail] = await mailsTo('reviewer@example.org')
    expect(mail.subject).toContain('Feelings after birth')
    expect(mail.html).toContain(`/admin/collections/messages/${message.id}`)
    expect(mail.html).toContain('Ready for a clinical read.')
    expect(mail.text).toMatch(/reviewer/i)
  })

  it('reminds owners once a week of live messages due for review within two weeks', async () => {
    const due = await draftMessage(t.payload, 'due-soon', { owner: people.editor2.id, reviewBy: new Date(Date.now() + 5 * 86_400_000).toISOString() } as never)
    await walkMessageTo(t.payload, due.id, 'published')
    const later = await draftMessage(t.payload, 'due-next-year', { owner: people.editor2.id, reviewBy: new Date(Date.now() + 300 * 86_400_000).toISOString() } as never)
    await walkMessageTo(t.payload, later.id, 'published')

    expect(await remindOwners(t.payload)).toEqual({ owners: 1, messages: 1 })
    const [mail] = await mailsTo('editor2@example.org')
    expect(mail.html).toContain('Due soon')
    expect(mail.html).not.toContain('Due next year')
    // Not again tomorrow; again after a week.
    expect(await remindOwners(t.payload, new Date(Date.now() + 86_400_000))).toEqual({ owners: 0, messages: 0 })
    expect(await remindOwners(t.payload, new Date(Date.now() + 8 * 86_400_000))).toMatchObject({ owners: 1 })
  })
})

describe('previews and test sends in the admin', () => {
  const login = async (who: keyof People) =>
    (await (await fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `${who}@example.org`, password: passwordOf(who) }) })).json()).token as string

  it('shows every template to the comms team only', async () => {
    const live = await draftMessage(t.payload, 'intrusive-thoughts-are-common', { title: 'Intrusive thoughts are common' })
    await walkMessageTo(t.payload, live.id, 'published')
    expect((await fetch(`${api.url}/api/email-previews/message-of-the-week`)).status).toBe(401)
    const partner = await login('partner')
    expect((await fetch(`${api.url}/api/email-previews/message-of-the-week`, { headers: { authorization: `JWT ${partner}` } })).status).toBe(403)
    const editor = await login('editor')
    const html = await fetch(`${api.url}/api/email-previews/message-of-the-week`, { headers: { authorization: `JWT ${editor}` } })
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(decodeURIComponent(html.headers.get('x-email-subject')!)).toBe('Intrusive thoughts are common')
    const text = await fetch(`${api.url}/api/email-previews/message-of-the-week?format=text&locale=pl`, { headers: { authorization: `JWT ${editor}` } })
    expect(text.headers.get('content-type')).toContain('text/plain')
    expect(await text.text()).toContain('Intrusive thoughts are common')
    expect((await fetch(`${api.url}/api/email-previews/no-such-template`, { headers: { authorization: `JWT ${editor}` } })).status).toBe(404)
  })

  it('sends a test copy to the editor who asks, and to nobody else', async () => {
    const editor = await login('editor')
    const response = await fetch(`${api.url}/api/email-previews/welcome/test`, { method: 'POST', headers: { authorization: `JWT ${editor}` } })
    expect(response.status).toBe(200)
    const [mail] = await mailsTo('editor@example.org')
    expect(mail.subject).toMatch(/^\[Test\] /)
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' })
  })
})
