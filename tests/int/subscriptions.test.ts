import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { consentWording } from '@/mailing/consent'
import { signLink } from '@/mailing/signedLink'
import { addressKey } from '@/mailing/suppression'

import { type Mail, type Mailbox, startMailbox } from '../helpers/mailbox'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Joining and leaving the mailing lists over HTTP, with the emails caught by a real SMTP server.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let mailbox: Mailbox
const lists: Record<string, number> = {}

beforeAll(async () => {
  mailbox = await startMailbox()
  process.env.SMTP_URL = mailbox.url
  t = await startTestPayload()
  api = await startRestServer(t.payload.config)
  for (const [slug, publicSignUp] of [['campaign-news', true], ['community-of-practice', true], ['partners', false]] as const) {
    const list = await t.payload.create({
      collection: 'mailing-lists',
      data: { name: slug === 'campaign-news' ? 'Campaign news' : slug, slug, description: `About ${slug}.`, audience: 'parents', publicSignUp },
    })
    lists[slug] = list.id
  }
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await api?.close()
  await t?.close()
  await mailbox?.close()
})

const subscribeJson = (body: unknown) =>
  fetch(`${api.url}/api/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const linkIn = (mail: Mail, path: string) => new RegExp(`href="([^"]*${path.replace(/[?/]/g, '\\$&')}[^"]*)"`).exec(mail.html)?.[1]?.replace(/&amp;/g, '&')
const readerByEmail = async (email: string) =>
  (await t.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]
const mailsTo = (email: string) => mailbox.mails.filter((mail) => mail.to.includes(email))
/** A header's value as one line (long ones may be folded over several). */
const unfold = (value: string | undefined) => (value ?? '').replace(/\r?\n(?=[ \t])/g, '')
async function waitUntil(done: () => boolean, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs
  while (!done()) {
    if (Date.now() > until) throw new Error('Timed out waiting for the mail server.')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
/** The button on the confirmation page: a form post. */
const pressConfirm = (token: string, pageLocale = 'en') =>
  fetch(`${api.url}/api/subscriptions/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, pageLocale }).toString(),
    redirect: 'manual',
  })

describe('signing up', () => {
  it('sends a confirmation as multipart text and HTML, records the exact consent wording, and confirms once', async () => {
    const response = await subscribeJson({ email: '  Robin@Example.org ', lists: ['campaign-news'], locale: 'en' })
    expect(response.status).toBe(202)
    const mail = await mailbox.waitFor('robin@example.org')
    expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative/)
    expect(mail.text).toContain('Campaign news')
    expect(mail.headers.get('message-id')).toMatch(/^<.+@.+>$/)
    expect(mail.headers.get('date')).toBeTruthy()
    expect(mail.from).toContain('Nurturing Little Hearts and Minds')

    const pending = await readerByEmail('robin@example.org')
    expect(pending.subscribedLists ?? []).toEqual([])
    expect(pending.consentLog?.[0]).toMatchObject({ event: 'asked', method: 'api', wording: consentWording('en', 'Campaign news').wording })

    const confirmUrl = linkIn(mail, '/email-updates/confirm?token=')!
    // Opening the link (as a mail program's link checker does) confirms nothing.
    const token = new URL(confirmUrl).searchParams.get('token')!
    const opened = await fetch(`${api.url}/api/subscriptions/confirm?token=${token}`, { redirect: 'manual' })
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe(`/email-updates/confirm?token=${encodeURIComponent(token)}`)
    expect((await readerByEmail('robin@example.org')).subscribedLists ?? []).toEqual([])
    // The page's button does.
    const confirmed = await pressConfirm(token)
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toMatch(/^\/email-preferences\?token=.+&done=confirmed$/)
    const reader = await readerByEmail('robin@example.org')
    expect(reader.subscribedLists).toEqual([lists['campaign-news']])
    expect(reader.consentLog?.map((entry) => entry.event)).toEqual(['asked', 'confirmed'])
    await mailbox.waitForCount(2)
    expect(mailsTo('robin@example.org').map((item) => item.subject)).toHaveLength(2)

    // The same button again changes nothing and sends no second welcome.
    const again = await pressConfirm(token)
    expect(again.status).toBe(303)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailsTo('robin@example.org')).toHaveLength(2)
    expect((await readerByEmail('robin@example.org')).consentLog).toHaveLength(2)
  })

  it('marks the welcome as list mail (List-Id, one-click List-Unsubscribe), and the confirmation not', async () => {
    const email = 'kai.welcome@example.org'
    expect((await subscribeJson({ email, lists: ['community-of-practice', 'campaign-news'], locale: 'pl' })).status).toBe(202)
    const confirmation = await mailbox.waitFor(email)
    // Asked for on a form, before the address is on any list: no list sent it, so nothing to unsubscribe from.
    for (const name of ['list-id', 'list-unsubscribe', 'list-unsubscribe-post']) expect(confirmation.headers.has(name), name).toBe(false)

    const token = new URL(linkIn(confirmation, '/email-updates/confirm?token=')!).searchParams.get('token')!
    expect((await pressConfirm(token, 'pl')).status).toBe(303)
    await waitUntil(() => mailsTo(email).length === 2)
    const welcome = mailsTo(email)[1]
    const host = new URL(t.payload.config.serverURL).hostname
    const header = (name: string) => unfold(welcome.headers.get(name))
    // The first of the lists joined names it, in English: a Polish reader's filter matches an English reader's.
    expect(header('list-id')).toBe(`Campaign news <campaign-news.${host}>`)
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const unsubscribe = /^<(https?:[^>]+)>$/.exec(header('list-unsubscribe'))![1]
    expect(new URL(unsubscribe).pathname).toBe('/api/subscriptions/unsubscribe')
    // CRLF throughout, as it arrived over SMTP.
    expect(welcome.raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    // Each header once, in the header block, before the body.
    const head = welcome.raw.slice(0, welcome.raw.indexOf('\r\n\r\n'))
    for (const name of ['List-Id', 'List-Unsubscribe', 'List-Unsubscribe-Post']) expect(head.match(new RegExp(`^${name}:`, 'gim')), name).toHaveLength(1)

    // What a mail program does with the button: one POST, and the reader is off both lists just joined.
    expect((await readerByEmail(email)).subscribedLists).toHaveLength(2)
    const clicked = await fetch(unsubscribe.replace(t.payload.config.serverURL, api.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(clicked.status).toBe(200)
    const after = await readerByEmail(email)
    expect(after.subscribedLists).toEqual([])
    expect(after.consentLog?.at(-1)).toMatchObject({ event: 'unsubscribed', method: 'one-click unsubscribe' })
  })

  it('answers the same for a known address, and the email says it is already subscribed', async () => {
    const robin = await readerByEmail('robin@example.org')
    await t.payload.update({ collection: 'subscribers', id: robin.id, data: { confirmationSentAt: new Date(Date.now() - 10 * 60_000).toISOString() }, overrideAccess: true })
    const before = mailsTo('robin@example.org').length
    const known = await subscribeJson({ email: 'robin@example.org', lists: ['campaign-news'], locale: 'en' })
    const fresh = await subscribeJson({ email: 'new.person@example.org', lists: ['campaign-news'], locale: 'en' })
    expect(known.status).toBe(fresh.status)
    expect(await known.json()).toEqual(await fresh.json())
    await mailbox.waitFor('new.person@example.org')
    await mailbox.waitForCount(mailbox.mails.length + (mailsTo('robin@example.org').length > before ? 0 : 1))
    const already = mailsTo('robin@example.org').at(-1)!
    expect(mailsTo('robin@example.org')).toHaveLength(before + 1)
    expect(already.subject).not.toBe(mailsTo('robin@example.org')[0].subject)
    expect(already.html).toContain('/email-preferences?token=')
    expect(already.html).not.toContain('/email-updates/confirm')
  })

  it('sends at most one email per address every few minutes, however often the form is used', async () => {
    const before = mailsTo('new.person@example.org').length
    for (let i = 0; i < 3; i++) expect((await subscribeJson({ email: 'new.person@example.org', lists: ['community-of-practice'], locale: 'en' })).status).toBe(202)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailsTo('new.person@example.org')).toHaveLength(before)
    // The later request still counts: the one link in the inbox confirms both lists.
    expect((await readerByEmail('new.person@example.org')).pendingLists).toHaveLength(2)
  })

  it('answers an error, not a 202, when the mail server refuses, and the next try sends the email', async () => {
    mailbox.refuse(() => ({ code: 451, message: '4.3.0 Mail server busy, try later' }))
    try {
      const refused = await subscribeJson({ email: 'ola@example.org', lists: ['campaign-news'], locale: 'en' })
      expect(refused.status).toBe(503)
      expect((await refused.json()).errors[0].message).toMatch(/could not send the email/)
      // Nothing marks an email as sent that was not: the five-minute hold is not set.
      expect((await readerByEmail('ola@example.org')).confirmationSentAt ?? null).toBeNull()
      const form = await fetch(`${api.url}/api/subscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams([['email', 'ola@example.org'], ['lists', 'campaign-news'], ['locale', 'pl']]).toString(),
        redirect: 'manual',
      })
      expect(form.status).toBe(303)
      expect(form.headers.get('location')).toBe('/pl/email-updates?error=unsent&email=ola%40example.org&lists=campaign-news')
    } finally {
      mailbox.refuse(undefined)
    }
    // Straight away, well inside the five minutes: the email goes now.
    const retried = await subscribeJson({ email: 'ola@example.org', lists: ['campaign-news'], locale: 'en' })
    expect(retried.status).toBe(202)
    const mail = await mailbox.waitFor('ola@example.org')
    expect(mail.html).toContain('/email-updates/confirm?token=')
    expect((await readerByEmail('ola@example.org')).confirmationSentAt).toBeTruthy()
  })

  it('refuses malformed addresses and lists nobody may join, with a reason, storing nothing', async () => {
    for (const email of ['not-an-address', 'a@b', 'two@@example.org', '<script>@example.org', 'x'.repeat(250) + '@example.org']) {
      const response = await subscribeJson({ email, lists: ['campaign-news'], locale: 'en' })
      expect(response.status, email).toBe(400)
      expect((await response.json()).errors[0]).toMatchObject({ field: 'email', message: expect.stringMatching(/email address/) })
    }
    const privateList = await subscribeJson({ email: 'sneaky@example.org', lists: ['partners'], locale: 'en' })
    expect(privateList.status).toBe(400)
    expect((await privateList.json()).errors[0].field).toBe('lists')
    expect(await readerByEmail('sneaky@example.org')).toBeUndefined()
    const huge = await fetch(`${api.url}/api/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'big@example.org', lists: ['x'.repeat(20_000)] }) })
    expect(huge.status).toBe(413)
  })

  it('sends a form back to the sign-up page with the error, and on to check-your-email when it is right', async () => {
    const form = (fields: [string, string][]) =>
      fetch(`${api.url}/api/subscribe`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString(), redirect: 'manual' })
    const wrong = await form([['email', 'oops'], ['lists', 'campaign-news'], ['locale', 'pl']])
    expect(wrong.headers.get('location')).toBe('/pl/email-updates?error=email&email=oops&lists=campaign-news')
    const right = await form([['email', 'kasia@example.org'], ['lists', 'campaign-news'], ['lists', 'community-of-practice'], ['locale', 'pl']])
    expect(right.headers.get('location')).toBe('/pl/email-updates/check-your-email')
    const mail = await mailbox.waitFor('kasia@example.org')
    expect(mail.html).toMatch(/<html[^>]+lang="pl"/)
    const reader = await readerByEmail('kasia@example.org')
    expect(reader.locale).toBe('pl')
    expect(reader.pendingLists).toHaveLength(2)
  })

  it('refuses an expired or forged confirmation link', async () => {
    const reader = await readerByEmail('kasia@example.org')
    const expired = signLink(t.payload.secret, 'subscription-confirm', reader.id, reader.email, Date.now() - 1000)
    const response = await pressConfirm(expired)
    expect(response.headers.get('location')).toBe('/email-updates?link=expired')
    const forged = signLink('another-secret-entirely', 'subscription-confirm', reader.id, reader.email, Date.now() + 60_000)
    expect((await pressConfirm(forged, 'pl')).headers.get('location')).toBe('/pl/email-updates?link=wrong')
    // A preferences link is not a confirmation link.
    const manage = signLink(t.payload.secret, 'subscription-manage', reader.id, reader.email)
    expect((await pressConfirm(manage)).headers.get('location')).toBe('/email-updates?link=wrong')
    expect((await readerByEmail('kasia@example.org')).subscribedLists ?? []).toEqual([])
  })
})

describe('a reader in charge of their data', () => {
  const manageOf = async (email: string) => {
    const reader = await readerByEmail(email)
    return signLink(t.payload.secret, 'subscription-manage', reader.id, reader.email)
  }

  it('unsubscribes with one click (RFC 8058) at once, and only by POST', async () => {
    const token = await manageOf('robin@example.org')
    const url = `${api.url}/api/subscriptions/unsubscribe?token=${token}&lists=${lists['campaign-news']}`
    const looked = await fetch(url, { redirect: 'manual' })
    expect(looked.status).toBe(303)
    expect((await readerByEmail('robin@example.org')).subscribedLists).toEqual([lists['campaign-news']])

    const clicked = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    expect(clicked.status).toBe(200)
    const reader = await readerByEmail('robin@example.org')
    expect(reader.subscribedLists).toEqual([])
    expect(reader.consentLog?.at(-1)).toMatchObject({ event: 'unsubscribed', method: 'one-click unsubscribe' })
    const suppressed = await t.payload.find({ collection: 'suppressions', where: { addressKey: { equals: addressKey(t.payload.secret, 'robin@example.org') } }, overrideAccess: true })
    expect(suppressed.docs.map((row) => row.reason)).toEqual(['unsubscribed'])
  })

  it('gives a copy of everything held, and erases it, keeping only a hash on the suppression list', async () => {
    const token = await manageOf('robin@example.org')
    const copy = await fetch(`${api.url}/api/subscriptions/data?token=${token}`)
    expect(copy.headers.get('content-disposition')).toContain('attachment')
    const data = await copy.json()
    expect(data.email).toBe('robin@example.org')
    expect(data.consentLog.map((entry: { event: string }) => entry.event)).toEqual(['asked', 'confirmed', 'unsubscribed'])
    expect(data.consentLog[0].wording).toBe(consentWording('en', 'Campaign news').wording)

    const erased = await fetch(`${api.url}/api/subscriptions/erase`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) })
    expect(erased.status).toBe(200)
    expect(await readerByEmail('robin@example.org')).toBeUndefined()
    expect((await fetch(`${api.url}/api/subscriptions/data?token=${token}`)).status).toBe(404)
    const rows = await t.payload.find({ collection: 'suppressions', overrideAccess: true, limit: 0 })
    expect(JSON.stringify(rows.docs)).not.toContain('robin')
    expect(rows.docs.some((row) => row.reason === 'erased' && row.addressKey === addressKey(t.payload.secret, 'robin@example.org'))).toBe(true)
  })

  it('saves preferences from the link, without a login', async () => {
    const reader = await readerByEmail('new.person@example.org')
    const token = await manageOf('new.person@example.org')
    const saved = await fetch(`${api.url}/api/subscriptions/preferences`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([['token', token], ['lists', String(lists['community-of-practice'])], ['locale', 'ro']]).toString(),
      redirect: 'manual',
    })
    expect(saved.headers.get('location')).toBe(`/ro/email-preferences?token=${token}&done=saved`)
    const after = await readerByEmail('new.person@example.org')
    expect(after.id).toBe(reader.id)
    expect(after.locale).toBe('ro')
    expect(after.subscribedLists).toEqual([lists['community-of-practice']])
    expect(after.consentLog?.at(-1)).toMatchObject({ event: 'confirmed', method: 'preferences page', wording: consentWording('ro', 'community-of-practice').wording })
    // The page read in English, emails chosen in Polish: the consent words recorded are the English ones shown.
    const mixed = await fetch(`${api.url}/api/subscriptions/preferences`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([['token', token], ['pageLocale', 'en'], ['lists', String(lists['community-of-practice'])], ['lists', String(lists['campaign-news'])], ['locale', 'pl']]).toString(),
      redirect: 'manual',
    })
    expect(mixed.headers.get('location')).toBe(`/email-preferences?token=${token}&done=saved`)
    const both = await readerByEmail('new.person@example.org')
    expect(both.locale).toBe('pl')
    expect(both.consentLog?.at(-1)).toMatchObject({ event: 'confirmed', wording: consentWording('en', 'Campaign news').wording })
    const forged = await fetch(`${api.url}/api/subscriptions/preferences`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: token.replace(/.$/, 'x'), lists: [] }) })
    expect(forged.status).toBe(404)
  })
})

describe('who may read the lists', () => {
  it('keeps subscribers, lists, deliveries and suppressions from anyone but admins', async () => {
    for (const collection of ['subscribers', 'mailing-lists', 'email-deliveries', 'suppressions']) {
      const response = await fetch(`${api.url}/api/${collection}`)
      expect(response.status, collection).toBe(403)
    }
  })
})
