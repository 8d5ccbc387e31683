import { randomUUID } from 'node:crypto'

import type { Payload, Where } from 'payload'

import { idOf } from '@/domain/ids'
import { campaignIsPaused } from '@/jobs/pause'
import { jobsStopping } from '@/jobs/stopping'
import { type HeldLease, LeaseLost, withLease } from '@/leases/lease'
import { renderTemplate, type RenderedEmail } from '@/emails/templates'
import { type SiteLocale, isSiteLocale } from '@/i18n/siteWords'
import { afterFailure, classifyFailure, describeFailure, personalise, placeholders } from '@/mailing/delivery'
import { type ListIdentity, listHeaders } from '@/mailing/listHeaders'
import { addressKey } from '@/mailing/suppression'
import type { EmailCampaign, Subscriber } from '@/payload-types'

import { campaignContent, campaignFooter, NotReadyToSend } from './compose'
import { insertDeliveries } from './insertDeliveries'
import { readerLinks } from './links'

export type SendOptions = {
  /** Stop starting new batches after this moment (ms since epoch); the next run carries on. */
  deadline?: number
  batchSize?: number
  /** Emails in flight at once; the SMTP pool has four connections. */
  concurrency?: number
  /** The first wait after a temporary SMTP failure; it doubles with each try. */
  retryBaseMs?: number
}

/** `elsewhere`: another process holds this campaign's lease and is sending it now. */
export type SendReport = { status: EmailCampaign['status'] | 'held' | 'waiting' | 'elsewhere'; sent: number; failed: number; note?: string }

const system = { system: true, disableRevalidate: true }

/**
 * Sends one campaign as far as it can before the deadline, in batches. Safe to stop at any moment and run
 * again, in any process: one process at a time holds the campaign's lease and sends; each reader has one
 * delivery row per campaign (unique in the database), written before the email goes, claimed "sending" by a
 * conditional write just before it goes and marked "sent" as soon as the SMTP server accepts it, so nobody
 * is written to twice. Holds at once when the pause switch is on.
 */
export async function sendCampaign(payload: Payload, campaignId: number | string, options: SendOptions = {}): Promise<SendReport> {
  try {
    const run = await withLease(payload, `email-campaign:${campaignId}`, (lease) => sendHolding(payload, campaignId, options, lease))
    if (run.held) return run.result
  } catch (error) {
    if (!(error instanceof LeaseLost)) throw error
  }
  return { status: 'elsewhere', sent: 0, failed: 0, note: 'Another process is sending this campaign.' }
}

async function sendHolding(payload: Payload, campaignId: number | string, options: SendOptions, lease: HeldLease): Promise<SendReport> {
  const { deadline = Date.now() + 25_000, batchSize = 200, concurrency = 8, retryBaseMs = 60_000 } = options
  let campaign = await payload.findByID({ collection: 'email-campaigns', id: campaignId, depth: 0, overrideAccess: true })
  const report: SendReport = { status: campaign.status, sent: 0, failed: 0 }
  if (campaign.status !== 'scheduled' && campaign.status !== 'sending') return report
  if (campaign.sendAt && new Date(campaign.sendAt).getTime() > Date.now()) return { ...report, status: 'waiting' }
  if (await campaignIsPaused(payload)) return hold(payload, campaign, report)

  const lists = (campaign.lists ?? []).map((list) => idOf(list)!)
  const listNames = await namesOf(payload, lists)
  const identities = await identitiesOf(payload, lists)
  const rendered = new Map<SiteLocale, RenderedEmail>()
  const renderFor = async (locale: SiteLocale) => {
    if (!rendered.has(locale)) {
      const props = await campaignContent(payload, campaign, locale, campaignFooter(locale, listNames[locale], placeholders))
      rendered.set(locale, await renderTemplate(campaign.template, props as never))
    }
    return rendered.get(locale)!
  }
  try {
    await renderFor('en')
  } catch (error) {
    if (!(error instanceof NotReadyToSend)) throw error
    await update(payload, campaign.id, { progress: { ...campaign.progress, note: error.message } })
    return { ...report, status: 'waiting', note: error.message }
  }

  if (campaign.status === 'scheduled') {
    campaign = await update(payload, campaign.id, {
      status: 'sending',
      progress: { ...campaign.progress, recipients: await countRecipients(payload, campaign, lists), startedAt: new Date().toISOString(), note: null },
    })
  }
  // This process holds the campaign's lease, so a row still "sending" belonged to a sender whose lease lapsed
  // (it died, or stalled past its lease): the SMTP server may or may not have taken that email.
  await payload.db.updateMany({
    collection: 'email-deliveries',
    where: { and: [{ campaign: { equals: campaign.id } }, { status: { equals: 'sending' } }] },
    data: { status: 'unconfirmed', lastError: 'Cut off mid-send; not sent again in case the server had taken it.' },
    returning: false,
  })

  const deliver = deliveryTo(payload, campaign, lists, identities, renderFor, retryBaseMs, report)
  // Between strides: the deadline, this process stopping, and the lease still ours (it is renewed meanwhile).
  const goOn = async () => {
    if (Date.now() > deadline || jobsStopping()) return false
    await lease.check()
    return true
  }
  // The admin polls every two seconds; counting once a second is live enough and costs little.
  let counted = Date.now()
  for (;;) {
    if (!(await goOn())) break
    if (await campaignIsPaused(payload)) return hold(payload, campaign, report)
    const current = await payload.findByID({ collection: 'email-campaigns', id: campaign.id, depth: 0, overrideAccess: true, select: { status: true } })
    if (current.status !== 'sending') return { ...report, status: current.status }

    // First whatever is waiting (rows a cut-off run had queued, retries now due), then the next readers.
    let waiting = await waitingRows(payload, campaign.id, batchSize)
    if (waiting.length === 0) {
      const { readers, cursor } = await nextReaders(payload, campaign, lists, batchSize)
      if (readers.length === 0) {
        if (await waitingRetries(payload, campaign.id)) break
        await refreshProgress(payload, campaign, { status: 'sent', finishedAt: new Date().toISOString() })
        return { ...report, status: 'sent' }
      }
      waiting = await writeRows(payload, campaign, lists, readers)
      campaign = await update(payload, campaign.id, { cursor })
    }
    await sendInStrides(payload, waiting, concurrency, deliver, goOn)
    if (Date.now() - counted > 1000) {
      await refreshProgress(payload, campaign)
      counted = Date.now()
    }
  }
  await refreshProgress(payload, campaign)
  return { ...report, status: 'sending' }
}

/** A reader's delivery row, ready to send; `attempts` counts the tries so far. */
type Claim = { deliveryId: number | string; attempts: number; reader: Pick<Subscriber, 'id' | 'email' | 'locale' | 'subscribedLists'> }

/** The next readers on the chosen lists, in id order from where the last batch stopped. */
async function nextReaders(payload: Payload, campaign: EmailCampaign, lists: (number | string)[], limit: number) {
  const where: Where[] = [{ subscribedLists: { in: lists } }]
  if (campaign.cursor) where.push({ id: { greater_than: asId(campaign.cursor) } })
  if (campaign.locale !== 'all') where.push({ locale: { equals: campaign.locale } })
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { and: where },
    sort: 'id',
    limit,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true, locale: true, subscribedLists: true },
  })
  return { readers: docs, cursor: docs.length > 0 ? String(docs[docs.length - 1].id) : undefined }
}

/**
 * Writes each reader's delivery row before anything is sent. Readers who already have a row (a batch written
 * before a crash) are skipped, and the database refuses a second row for a reader in any case; suppressed
 * addresses get a row that says so and no email.
 */
async function writeRows(payload: Payload, campaign: EmailCampaign, lists: (number | string)[], readers: Claim['reader'][]): Promise<Claim[]> {
  const ids = readers.map((reader) => reader.id)
  const existing = await payload.find({
    collection: 'email-deliveries',
    where: { and: [{ campaign: { equals: campaign.id } }, { subscriber: { in: ids } }] },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    select: { subscriber: true },
  })
  const done = new Set(existing.docs.map((row) => String(idOf(row.subscriber))))
  const keys = new Map(readers.map((reader) => [addressKey(payload.secret, reader.email), reader]))
  const suppressions = await payload.find({
    collection: 'suppressions',
    where: { and: [{ addressKey: { in: [...keys.keys()] } }, { or: [{ list: { exists: false } }, { list: { in: lists } }] }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { addressKey: true },
  })
  const suppressed = new Set(suppressions.docs.map((row) => keys.get(row.addressKey)?.id))
  const fresh = readers.filter((reader) => !done.has(String(reader.id)))
  const rowIds = await insertDeliveries(
    payload,
    fresh.map((reader) => {
      const status = suppressed.has(reader.id) ? ('suppressed' as const) : ('queued' as const)
      return { campaign: campaign.id, subscriber: reader.id, status, attempts: 0 }
    }),
  )
  return fresh
    .filter((reader) => !suppressed.has(reader.id) && rowIds.has(String(reader.id)))
    .map((reader) => ({ deliveryId: rowIds.get(String(reader.id))!, attempts: 0, reader }))
}

/** Rows queued by an earlier run that was cut off before it sent them, and retries whose time has come. */
async function waitingRows(payload: Payload, campaignId: number | string, limit: number): Promise<Claim[]> {
  const { docs } = await payload.find({
    collection: 'email-deliveries',
    where: {
      and: [
        { campaign: { equals: campaignId } },
        { or: [{ status: { equals: 'queued' } }, { and: [{ status: { equals: 'retrying' } }, { nextAttemptAt: { less_than_equal: new Date().toISOString() } }] }] },
      ],
    },
    depth: 1,
    limit,
    pagination: false,
    overrideAccess: true,
  })
  return docs
    .filter((row) => typeof row.subscriber === 'object' && row.subscriber)
    .map((row) => ({ deliveryId: row.id, attempts: row.attempts ?? 0, reader: row.subscriber as Subscriber }))
}

/**
 * Hands the emails to SMTP a few at a time. Each row is claimed "sending" just before its email goes, by a
 * write that succeeds only while the row is still waiting, so a row another sender took meanwhile is never
 * sent here. After a crash only the stride in flight is in doubt; the rest of the batch is still "queued".
 */
async function sendInStrides(payload: Payload, waiting: Claim[], stride: number, deliver: (claim: Claim) => Promise<void>, goOn: () => Promise<boolean>) {
  for (let start = 0; start < waiting.length; start += stride) {
    if (start > 0 && !(await goOn())) return
    const claimed = await claimRows(payload, waiting.slice(start, start + stride))
    const outcomes = await Promise.allSettled(claimed.map(deliver))
    // Every email of the stride has its answer before anything else happens (an error included).
    const failure = outcomes.find((outcome) => outcome.status === 'rejected')
    if (failure) throw failure.reason
  }
}

async function claimRows(payload: Payload, group: Claim[]): Promise<Claim[]> {
  const claimed = await Promise.all(
    group.map((item) =>
      payload.db.updateOne({
        collection: 'email-deliveries',
        where: { and: [{ id: { equals: item.deliveryId } }, { status: { in: ['queued', 'retrying'] } }] },
        data: { status: 'sending' },
        options: { atomic: true },
      }),
    ),
  )
  return group.filter((_, index) => claimed[index])
}

const waitingRetries = async (payload: Payload, campaignId: number | string) =>
  (await payload.count({ collection: 'email-deliveries', where: { and: [{ campaign: { equals: campaignId } }, { status: { equals: 'retrying' } }] }, overrideAccess: true })).totalDocs > 0

function deliveryTo(
  payload: Payload,
  campaign: EmailCampaign,
  lists: (number | string)[],
  identities: Map<string, ListIdentity>,
  renderFor: (locale: SiteLocale) => Promise<RenderedEmail>,
  retryBaseMs: number,
  report: SendReport,
) {
  const host = new URL(payload.config.serverURL).hostname
  return async ({ deliveryId, attempts: before, reader }: Claim) => {
    const attempts = before + 1
    const locale: SiteLocale = isSiteLocale(reader.locale) ? reader.locale : 'en'
    const email = await renderFor(locale)
    const through = lists.filter((list) => (reader.subscribedLists ?? []).some((own) => String(idOf(own)) === String(list)))
    const links = readerLinks(payload.secret, payload.config.serverURL, reader, through.length > 0 ? through : lists)
    const list = identities.get(String(through[0] ?? lists[0])) ?? { slug: `campaign-${campaign.id}`, name: '' }
    const messageId = `<campaign-${campaign.id}.${reader.id}.${randomUUID().slice(0, 8)}@${host}>`
    try {
      await payload.sendEmail({
        to: reader.email,
        subject: email.subject,
        html: personalise(email.html, links),
        text: personalise(email.text, links),
        messageId,
        // Base64 costs a tenth of quoted-printable to encode, and every mail program reads it.
        textEncoding: 'base64',
        // The list this reader gets it through names the email (their first, when a campaign goes to several).
        headers: listHeaders({ list, host, unsubscribeUrl: links.unsubscribeUrl }),
      })
      await payload.db.updateOne({ collection: 'email-deliveries', id: deliveryId, data: { status: 'sent', attempts, sentAt: new Date().toISOString(), messageId }, returning: false })
      report.sent++
    } catch (error) {
      const kind = classifyFailure(error)
      const next = afterFailure(kind, attempts, retryBaseMs, Date.now())
      await payload.db.updateOne({
        collection: 'email-deliveries',
        id: deliveryId,
        data: { ...next, attempts, nextAttemptAt: 'nextAttemptAt' in next ? new Date(next.nextAttemptAt).toISOString() : null, lastError: describeFailure(error) },
        returning: false,
      })
      if (next.status === 'failed') report.failed++
      if (kind === 'bounce') {
        await payload.create({ collection: 'suppressions', data: { addressKey: addressKey(payload.secret, reader.email), reason: 'bounced', at: new Date().toISOString() }, overrideAccess: true, context: system })
      }
    }
  }
}

async function countRecipients(payload: Payload, campaign: EmailCampaign, lists: (number | string)[]) {
  const where: Where[] = [{ subscribedLists: { in: lists } }]
  if (campaign.locale !== 'all') where.push({ locale: { equals: campaign.locale } })
  return (await payload.count({ collection: 'subscribers', where: { and: where }, overrideAccess: true })).totalDocs
}

/** The counts the admin shows, taken from the delivery rows themselves so they stay true after a crash. */
async function refreshProgress(payload: Payload, campaign: EmailCampaign, extra: { status?: EmailCampaign['status']; finishedAt?: string } = {}) {
  const count = async (status: string) =>
    (await payload.count({ collection: 'email-deliveries', where: { and: [{ campaign: { equals: campaign.id } }, { status: { equals: status } }] }, overrideAccess: true })).totalDocs
  const [sent, failed, suppressed, unconfirmed, retrying] = await Promise.all(['sent', 'failed', 'suppressed', 'unconfirmed', 'retrying'].map(count))
  const { status, finishedAt } = extra
  return update(payload, campaign.id, {
    ...(status ? { status } : {}),
    progress: { ...campaign.progress, sent, failed, suppressed, unconfirmed, retrying, note: null, ...(finishedAt ? { finishedAt } : {}) },
  })
}

async function hold(payload: Payload, campaign: EmailCampaign, report: SendReport): Promise<SendReport> {
  const note = 'Held by the campaign pause switch; sending resumes where it stopped when the pause is lifted.'
  await update(payload, campaign.id, { progress: { ...campaign.progress, note } })
  return { ...report, status: 'held', note }
}

const update = (payload: Payload, id: number | string, data: Partial<EmailCampaign>) =>
  payload.update({ collection: 'email-campaigns', id, data, depth: 0, overrideAccess: true, context: system }) as Promise<EmailCampaign>

async function namesOf(payload: Payload, lists: (number | string)[]): Promise<Record<SiteLocale, string[]>> {
  const names = {} as Record<SiteLocale, string[]>
  for (const locale of ['en', 'pl', 'ro'] as const) {
    const { docs } = await payload.find({ collection: 'mailing-lists', where: { id: { in: lists } }, locale, fallbackLocale: 'en', depth: 0, limit: 0, overrideAccess: true })
    names[locale] = docs.map((list) => list.name)
  }
  return names
}

/** Each list's slug and English name, keyed by id as text. */
async function identitiesOf(payload: Payload, lists: (number | string)[]): Promise<Map<string, ListIdentity>> {
  const { docs } = await payload.find({ collection: 'mailing-lists', where: { id: { in: lists } }, locale: 'en', depth: 0, limit: 0, overrideAccess: true })
  return new Map(docs.map((list) => [String(list.id), { slug: list.slug, name: list.name }]))
}

const asId = (cursor: string): number | string => (/^\d+$/.test(cursor) ? Number(cursor) : cursor)
