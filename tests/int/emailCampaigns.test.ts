import { spawn } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { sendCampaign } from '@/delivery/sendCampaign'
import { sendDueCampaigns } from '@/jobs/sendEmailCampaigns'
import type { EmailCampaign, User } from '@/payload-types'

import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { draftMessage } from '../helpers/messages'
import { refusal } from '../helpers/refusal'
import { createPeople, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { eventually } from '../helpers/site'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Campaign sends through a real SMTP server: what arrives, and that nobody gets a campaign twice when the
// server refuses for a while, a reader bounces, the campaign is paused, or the sender dies mid-send.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let mailbox: Mailbox
let people: People
let listId: number
let otherListId: number
let messageId: number

beforeAll(async () => {
  mailbox = await startMailbox()
  process.env.SMTP_URL = mailbox.url
  t = await startTestPayload()
  people = await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  listId = (await t.payload.create({ collection: 'mailing-lists', data: { name: 'Campaign news', slug: 'campaign-news', description: 'News.', audience: 'parents' } })).id
  otherListId = (await t.payload.create({ collection: 'mailing-lists', data: { name: 'Community of practice', slug: 'cop', description: 'Training.', audience: 'professionals' } })).id
  const message = await draftMessage(t.payload, 'intrusive-thoughts-are-common', {
    title: 'Intrusive thoughts are common',
    renditions: { emailBlock: 'Many new parents have sudden, unwanted thoughts about their baby being harmed.\n\nHaving them does not mean you want them to happen.' },
  })
  await walkMessageTo(t.payload, message.id, 'published')
  messageId = message.id
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await api?.close()
  await t?.close()
  await mailbox?.close()
})
beforeEach(() => {
  mailbox.refuse(undefined)
  mailbox.onMail(undefined)
})

let readerCount = 0
/** Confirmed readers on a list, as the sign-up flow leaves them. */
async function readers(count: number, lists = [listId], locale: 'en' | 'pl' = 'en') {
  const made = []
  for (let i = 0; i < count; i++) {
    made.push(
      await t.payload.create({
        collection: 'subscribers',
        data: { email: `reader${++readerCount}@example.org`, locale, subscribedLists: lists, confirmedAt: new Date().toISOString() },
      }),
    )
  }
  return made
}

async function scheduledCampaign(lists: number[], changes: Partial<EmailCampaign> = {}): Promise<EmailCampaign> {
  const draft = await t.payload.create({
    collection: 'email-campaigns',
    data: { title: 'Week 1', template: 'message-of-the-week', message: messageId, lists, locale: 'all', status: 'draft', ...changes },
    user: people.editor,
  })
  return t.payload.update({ collection: 'email-campaigns', id: draft.id, data: { status: 'scheduled' }, user: people.publisher, overrideAccess: false })
}

const deliveries = async (campaign: EmailCampaign) =>
  (await t.payload.find({ collection: 'email-deliveries', where: { campaign: { equals: campaign.id } }, limit: 0, depth: 1, overrideAccess: true })).docs
const statusCounts = async (campaign: EmailCampaign) =>
  (await deliveries(campaign)).reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.status]: (counts[row.status] ?? 0) + 1 }), {})
const received = (addresses: string[]) => mailbox.mails.filter((mail) => addresses.includes(mail.to))
const addressesOf = (list: { email: string }[]) => list.map((reader) => reader.email)
function expectNoDuplicates(addresses: string[]) {
  const got = received(addresses).map((mail) => mail.to)
  expect(new Set(got).size, 'someone got the campaign twice').toBe(got.length)
}

/** Runs the sender in its own process (tests/helpers/sendWorker.ts), on this test's database. */
function startWorker(campaignId: number, smtpUrl: string) {
  const child = spawn(process.execPath, ['--conditions=production', '--no-deprecation', '--import', 'tsx', path.resolve('tests/helpers/sendWorker.ts')], {
    // A short lease: the killed sender's claim on the campaign lapses in two seconds, not thirty.
    env: { ...process.env, SMTP_URL: smtpUrl, CAMPAIGN_ID: String(campaignId), LEASE_MS: '2000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => output }
}

describe('a campaign send', () => {
  it('delivers multipart text and HTML with one-click unsubscribe headers and each reader\'s own links', async () => {
    const [reader] = await readers(1)
    const campaign = await scheduledCampaign([listId])
    const report = await sendCampaign(t.payload, campaign.id)
    expect(report.status).toBe('sent')
    const mail = await mailbox.waitFor(reader.email)
    expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative/)
    expect(mail.raw).toMatch(/Content-Type: text\/plain/)
    expect(mail.raw).toMatch(/Content-Type: text\/html/)
    expect(mail.subject).toBe('Intrusive thoughts are common')
    expect(mail.from).toMatch(/^"?Nurturing Little Hearts and Minds"? <campaign@/)
    expect(mail.headers.get('message-id')).toMatch(new RegExp(`^<campaign-${campaign.id}\\.${reader.id}\\.\\w+@`))
    expect(new Date(mail.headers.get('date')!).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    // The list's own identity (RFC 2919), the same for every email it sends, so a reader's filter catches them all.
    expect(mail.headers.get('list-id')).toBe(`Campaign news <campaign-news.${new URL(t.payload.config.serverURL).hostname}>`)
    const unsubscribe = /^<(.+)>$/.exec(mail.headers.get('list-unsubscribe')!)![1]
    expect(unsubscribe.startsWith(`${t.payload.config.serverURL}/api/subscriptions/unsubscribe?token=${reader.id}.`)).toBe(true)
    expect(mail.html).toContain('Having them does not mean you want them to happen.')
    expect(mail.html).toContain(`/email-preferences?token=${reader.id}.`)
    expect(mail.html + mail.text).not.toContain('{{')
    expect(mail.text).toContain('Intrusive thoughts are common')

    // The header's address works against the running API: one POST and the reader is off the list.
    const clicked = await fetch(unsubscribe.replace(t.payload.config.serverURL, api.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(clicked.status).toBe(200)
    const after = await t.payload.findByID({ collection: 'subscribers', id: reader.id, depth: 0, overrideAccess: true })
    expect(after.subscribedLists).toEqual([])

    const done = await t.payload.findByID({ collection: 'email-campaigns', id: campaign.id, depth: 0, overrideAccess: true })
    expect(done.status).toBe('sent')
    expect(done.progress).toMatchObject({ recipients: 1, sent: 1, failed: 0 })
  })

  it('sends once to a reader on two of the chosen lists, in their language, and never to a suppressed address', async () => {
    const [both] = await readers(1, [listId, otherListId])
    const [polish] = await readers(1, [otherListId], 'pl')
    const [suppressed] = await readers(1)
    await t.payload.create({ collection: 'suppressions', data: { address: suppressed.email, reason: 'added by an admin' } as never, user: people.admin })
    const campaign = await scheduledCampaign([listId, otherListId])
    await sendCampaign(t.payload, campaign.id)
    expect(received([both.email])).toHaveLength(1)
    expect(received([suppressed.email])).toHaveLength(0)
    expect(received([polish.email])[0].html).toMatch(/<html[^>]+lang="pl"/)
    expect(await statusCounts(campaign)).toMatchObject({ suppressed: 1 })
  })

  it('tries again with growing waits while the SMTP server refuses, then delivers', async () => {
    const BASE = 1000
    const group = await readers(3)
    mailbox.refuse(() => ({ code: 421, message: '4.3.2 Service busy, try again later' }))
    const campaign = await scheduledCampaign([listId], { locale: 'en' })
    const first = await sendCampaign(t.payload, campaign.id, { retryBaseMs: BASE })
    expect(first.status).toBe('sending')
    expect(received(addressesOf(group))).toHaveLength(0)
    const waiting = await deliveries(campaign)
    expect(waiting.filter((row) => addressesOf(group).includes((row.subscriber as { email: string }).email)).every((row) => row.status === 'retrying')).toBe(true)

    // Still refusing at the second try: the wait doubles with each try. On a busy machine one run may outlast a
    // wait and try again itself, so the check is on whichever try came last: it happened between `before` and
    // `after`, and the next is planned BASE x 2^(tries - 1) after it. (A second's base: even a slow run cannot
    // use up all six tries before the server takes the emails again.)
    const due = Math.max(...waiting.map((row) => new Date(row.nextAttemptAt ?? 0).getTime()))
    await new Promise((resolve) => setTimeout(resolve, due - Date.now() + 20))
    const before = Date.now()
    await sendCampaign(t.payload, campaign.id, { retryBaseMs: BASE })
    const after = Date.now()
    const retrying = (await deliveries(campaign)).filter((row) => addressesOf(group).includes((row.subscriber as { email: string }).email))
    const twice = retrying.find((row) => (row.subscriber as { email: string }).email === group[0].email)!
    expect(twice.attempts).toBeGreaterThanOrEqual(2)
    const wait = BASE * 2 ** (twice.attempts! - 1)
    expect(new Date(twice.nextAttemptAt!).getTime()).toBeGreaterThanOrEqual(before + wait)
    expect(new Date(twice.nextAttemptAt!).getTime()).toBeLessThanOrEqual(after + wait)

    mailbox.refuse(undefined)
    const allDue = Math.max(...retrying.map((row) => new Date(row.nextAttemptAt ?? 0).getTime()))
    await new Promise((resolve) => setTimeout(resolve, allDue - Date.now() + 50))
    const last = await sendCampaign(t.payload, campaign.id, { retryBaseMs: BASE })
    expect(last.status).toBe('sent')
    expect(received(addressesOf(group)).map((mail) => mail.to).sort()).toEqual(addressesOf(group).sort())
    expectNoDuplicates(addressesOf(group))
  })

  it('records a permanent refusal, suppresses the address, and skips it next time', async () => {
    const [gone, fine] = await readers(2, [otherListId])
    mailbox.refuse((to) => (to === gone.email ? { code: 550, message: '5.1.1 No such mailbox' } : undefined))
    const campaign = await scheduledCampaign([otherListId], { locale: 'en' })
    expect((await sendCampaign(t.payload, campaign.id)).status).toBe('sent')
    const rows = await deliveries(campaign)
    const failed = rows.find((row) => (row.subscriber as { email: string }).email === gone.email)!
    expect(failed.status).toBe('failed')
    expect(failed.lastError).toContain('No such mailbox')
    expect(received([fine.email])).toHaveLength(1)

    mailbox.refuse(undefined)
    const next = await scheduledCampaign([otherListId], { locale: 'en' })
    await sendCampaign(t.payload, next.id)
    expect(received([gone.email])).toHaveLength(0)
    const again = (await deliveries(next)).find((row) => (row.subscriber as { email: string }).email === gone.email)!
    expect(again.status).toBe('suppressed')
  })

  it('holds mid-way when the campaign is paused, and resumes where it stopped', async () => {
    const pauseList = (await t.payload.create({ collection: 'mailing-lists', data: { name: 'Pause test', slug: 'pause-test', description: 'x', audience: 'parents' } })).id
    const group = await readers(12, [pauseList])
    const campaign = await scheduledCampaign([pauseList], { locale: 'en' })
    let paused: Promise<unknown> | undefined
    mailbox.onMail(() => {
      paused ??= t.payload.updateGlobal({ slug: 'campaign-settings', data: { pause: { active: true, reason: 'A news story about a tragedy.' } }, user: people.admin })
    })
    const held = await sendCampaign(t.payload, campaign.id, { batchSize: 5, concurrency: 2 })
    await paused
    expect(held.status).toBe('held')
    const sentWhilePausing = received(addressesOf(group)).length
    expect(sentWhilePausing).toBeGreaterThan(0)
    expect(sentWhilePausing).toBeLessThan(12)
    const stopped = await t.payload.findByID({ collection: 'email-campaigns', id: campaign.id, depth: 0, overrideAccess: true })
    expect(stopped.status).toBe('sending')
    expect(stopped.progress?.note).toMatch(/pause/i)

    // The job honours the pause too.
    await sendDueCampaigns(t.payload, { deadline: Date.now() + 5_000 })
    expect(received(addressesOf(group))).toHaveLength(sentWhilePausing)

    mailbox.onMail(undefined)
    await t.payload.updateGlobal({ slug: 'campaign-settings', data: { pause: { active: false } }, user: people.admin })
    await sendDueCampaigns(t.payload, { deadline: Date.now() + 10_000 })
    expect(received(addressesOf(group))).toHaveLength(12)
    expectNoDuplicates(addressesOf(group))
    expect((await t.payload.findByID({ collection: 'email-campaigns', id: campaign.id, depth: 0, overrideAccess: true })).status).toBe('sent')
  })

  it('never writes to anyone twice when the sender dies mid-send and a new one resumes', async () => {
    const crashList = (await t.payload.create({ collection: 'mailing-lists', data: { name: 'Crash test', slug: 'crash-test', description: 'x', audience: 'parents' } })).id
    const group = await readers(30, [crashList])
    const slow = await startMailbox({ delayMs: 40 })
    try {
      const campaign = await scheduledCampaign([crashList], { locale: 'en' })
      const worker = startWorker(campaign.id, slow.url)
      // Killed the moment the eighth email arrives, mid-batch, as a power cut would.
      slow.onMail(() => {
        if (slow.mails.length >= 8) worker.child.kill('SIGKILL')
      })
      expect(await eventually(async () => slow.mails.length >= 8, 90), `the worker never sent: ${worker.output()}`).toBe(true)
      await worker.exited
      slow.onMail(undefined)
      const beforeResume = slow.mails.length
      expect(beforeResume).toBeLessThan(30)

      // A fresh sender process picks up the same campaign, as the server does after a restart.
      const resumed = startWorker(campaign.id, slow.url)
      expect(await resumed.exited, resumed.output()).toBe(0)
      expect(resumed.output()).toContain('"status":"sent"')
      const got = slow.mails.map((mail) => mail.to)
      expect(new Set(got).size, 'someone got the campaign twice').toBe(got.length)
      const rows = await deliveries(campaign)
      expect(rows).toHaveLength(30)
      const byStatus = await statusCounts(campaign)
      expect(byStatus.sending ?? 0).toBe(0)
      expect((byStatus.sent ?? 0) + (byStatus.unconfirmed ?? 0)).toBe(30)
      // Every email the sender counts as sent arrived; the only ones in doubt are those cut off mid-send.
      for (const row of rows.filter((item) => item.status === 'sent')) expect(got).toContain((row.subscriber as { email: string }).email)
      expect(byStatus.unconfirmed ?? 0).toBeLessThanOrEqual(2)
      const unconfirmed = rows.filter((row) => row.status === 'unconfirmed').map((row) => (row.subscriber as { email: string }).email)
      expect(addressesOf(group).filter((email) => !got.includes(email)).every((email) => unconfirmed.includes(email))).toBe(true)
    } finally {
      await slow.close()
    }
  }, 180_000) // two sender processes start in turn, which is slow on a busy machine
})

describe('scheduling rules', () => {
  it('refuses to schedule an unapproved message, a past time, no lists, or by someone who may not publish', async () => {
    const draft = await draftMessage(t.payload, 'not-yet-reviewed')
    const make = (data: Partial<EmailCampaign>, user: User = people.editor) =>
      t.payload.create({ collection: 'email-campaigns', data: { title: 'x', template: 'message-of-the-week', lists: [listId], status: 'draft', ...data } as never, user, overrideAccess: false })
    const schedule = async (data: Partial<EmailCampaign>, user: User = people.publisher) => {
      const campaign = await make(data)
      return t.payload.update({ collection: 'email-campaigns', id: campaign.id, data: { status: 'scheduled' }, user, overrideAccess: false })
    }
    expect(await refusal(schedule({ message: draft.id }))).toMatch(/Only an approved message/)
    expect(await refusal(schedule({ message: messageId, sendAt: new Date(Date.now() - 3_600_000).toISOString() }))).toMatch(/That time has passed/)
    expect(await refusal(schedule({ message: messageId, lists: [] }))).toMatch(/at least one mailing list/)
    expect(await refusal(schedule({ message: messageId }, people.editor))).toMatch(/Only publishers and admins/)
    await expect(schedule({ message: messageId, sendAt: new Date(Date.now() + 3_600_000).toISOString() })).resolves.toMatchObject({ status: 'scheduled' })
  })

  it('waits for a future send time, and locks a campaign once it is sending', async () => {
    await readers(1)
    const later = await scheduledCampaign([listId], { sendAt: new Date(Date.now() + 3_600_000).toISOString() })
    expect((await sendCampaign(t.payload, later.id)).status).toBe('waiting')
    expect((await deliveries(later)).length).toBe(0)
    const sending = await t.payload.update({ collection: 'email-campaigns', id: later.id, data: { status: 'sending' }, overrideAccess: true, context: { system: true } })
    expect(
      await refusal(t.payload.update({ collection: 'email-campaigns', id: sending.id, data: { title: 'Changed mid-send', lists: [otherListId] }, user: people.publisher, overrideAccess: false })),
    ).toMatch(/is sending/)
    const cancelled = await t.payload.update({ collection: 'email-campaigns', id: sending.id, data: { status: 'cancelled' }, user: people.publisher, overrideAccess: false })
    expect(cancelled.status).toBe('cancelled')
    expect((await sendCampaign(t.payload, later.id)).status).toBe('cancelled')
  })

  it('sends a bulletin only after a reviewer who did not write it approves it, with the same content checks', async () => {
    const bulletin = await t.payload.create({
      collection: 'email-campaigns',
      data: { title: 'Bulletin', template: 'community-bulletin', lists: [otherListId], status: 'draft', bulletin: { heading: 'Training in March', body: 'Come to our free training on perinatal mental health.' } } as never,
      user: people.editor,
      overrideAccess: false,
    })
    expect(await refusal(t.payload.update({ collection: 'email-campaigns', id: bulletin.id, data: { status: 'scheduled' }, user: people.publisher, overrideAccess: false }))).toMatch(/reviewer must approve/)
    expect(await refusal(
      t.payload.update({ collection: 'email-campaigns', id: bulletin.id, data: { bulletin: { review: { state: 'approved' } } } as never, user: people.publisher, overrideAccess: false }),
    )).toMatch(/Only a reviewer/)
    const approved = await t.payload.update({ collection: 'email-campaigns', id: bulletin.id, data: { bulletin: { review: { state: 'approved' } } } as never, user: people.reviewer, overrideAccess: false })
    expect(approved.bulletin?.review?.state).toBe('approved')
    // Editing approved words sends it back to draft.
    const edited = await t.payload.update({ collection: 'email-campaigns', id: bulletin.id, data: { bulletin: { body: 'Come to our free training. Our speaker explains how to spot unfit mothers.' } } as never, user: people.editor, overrideAccess: false })
    expect(edited.bulletin?.review?.state).toBe('draft')
    expect((edited.bulletin?.findings as { rule: string }[]).length).toBeGreaterThan(0)
    expect(await refusal(
      t.payload.update({ collection: 'email-campaigns', id: bulletin.id, data: { bulletin: { review: { state: 'approved' } } } as never, user: people.reviewer, overrideAccess: false }),
    )).toMatch(/content-check problems/)
  })
})
