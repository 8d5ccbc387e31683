// Joining, confirming, changing and leaving mailing lists, and a reader's rights over their data. The public
// endpoints and the preferences page call these; every change is written to the reader's consent log.
import type { Payload } from 'payload'

import { type SiteLocale, isSiteLocale, localePath } from '@/i18n/siteWords'
import { idOf } from '@/domain/ids'
import { emailWordsFor } from '@/i18n/emailWords'
import { readEmailAddress } from '@/mailing/address'
import { type ConsentMethod, consentWording } from '@/mailing/consent'
import { type ListIdentity, listHeaders } from '@/mailing/listHeaders'
import { checkLink, idInLink, signLink } from '@/mailing/signedLink'
import { addressKey } from '@/mailing/suppression'
import type { MailingList, Subscriber } from '@/payload-types'

import { manageToken, readerLinks } from './links'
import { sendOne } from './sendOne'

export const CONFIRM_DAYS = 7
/** At most one confirmation email per address in this time, so the form cannot flood someone's inbox. */
const CONFIRMATION_GAP_MS = 5 * 60_000

export type SubscribeRequest = { email: unknown; lists: unknown; locale: unknown; method: ConsentMethod }
export type SubscribeResult = { ok: true } | { ok: false; field: 'email' | 'lists'; reason: string }

/** Ids as the generated types see them (numbers on SQLite; MongoDB's strings pass through unchanged). */
type Id = MailingList['id']
const listIdOf = (value: unknown) => idOf(value) as Id
const system = { system: true }

/**
 * Asks for a confirmation by email. The answer is the same whether the address is new, waiting, or already
 * on the lists, so the form never tells a stranger who is subscribed; the email itself says which.
 */
export async function subscribe(payload: Payload, request: SubscribeRequest): Promise<SubscribeResult> {
  const address = readEmailAddress(request.email)
  if (!address.ok) return { ok: false, field: 'email', reason: address.reason }
  const locale: SiteLocale = isSiteLocale(request.locale) ? request.locale : 'en'
  const lists = await publicLists(payload, locale, request.lists)
  if (lists.length === 0) return { ok: false, field: 'lists', reason: emailWordsFor(locale).chooseAList }

  const now = new Date().toISOString()
  const existing = await findByAddress(payload, address.address)
  const subscribed = new Set((existing?.subscribedLists ?? []).map((list) => String(idOf(list))))
  const wanted = lists.filter((list) => !subscribed.has(String(list.id)))
  if (existing && wanted.length === 0) {
    if (!recentlyWritten(existing)) {
      const links = readerLinks(payload.secret, payload.config.serverURL, existing, [])
      await sendThenMark(payload, existing, now, 'subscription-already', {
        locale,
        siteUrl: payload.config.serverURL,
        preferencesUrl: links.preferencesUrl,
        footer: { reason: emailWordsFor(locale).footer.becauseSomeoneAsked, preferencesUrl: links.preferencesUrl },
      })
    }
    return { ok: true }
  }
  const asked = wanted.map((list) => ({ list: list.id, event: 'asked' as const, method: request.method, ...consentOf(locale, list), at: now }))
  const data = {
    pendingLists: unique([...(existing?.pendingLists ?? []).map((list) => listIdOf(list)), ...wanted.map((list) => list.id)]),
    consentLog: [...(existing?.consentLog ?? []), ...asked],
  }
  const reader: Subscriber = existing
    ? await payload.update({ collection: 'subscribers', id: existing.id, data, overrideAccess: true, context: system })
    : await payload.create({ collection: 'subscribers', data: { email: address.address, locale, ...data }, overrideAccess: true, context: system })
  if (existing && recentlyWritten(existing)) return { ok: true }
  // A page with a button: opening the link confirms nothing, so a mail link checker cannot sign anyone up.
  const confirmUrl = `${payload.config.serverURL}${localePath(locale, '/email-updates/confirm')}?token=${signLink(payload.secret, 'subscription-confirm', reader.id, reader.email, Date.now() + CONFIRM_DAYS * 86_400_000)}`
  await sendThenMark(payload, reader, now, 'subscription-confirm', {
    locale,
    siteUrl: payload.config.serverURL,
    lists: wanted.map((list) => list.name),
    confirmUrl,
    expiresInDays: CONFIRM_DAYS,
    footer: { reason: emailWordsFor(locale).footer.becauseSomeoneAsked },
  })
  return { ok: true }
}

export type ConfirmResult = { ok: true; manageToken: string; locale: SiteLocale; newly: number } | { ok: false; reason: 'malformed' | 'expired' | 'wrong' }

/** The link in the confirmation email. Confirming twice is harmless: the second time there is nothing left to confirm. */
export async function confirm(payload: Payload, token: string): Promise<ConfirmResult> {
  const reader = await readerOf(payload, token)
  const check = checkLink(payload.secret, 'subscription-confirm', token, () => reader?.email)
  if (!check.ok || !reader) return { ok: false, reason: check.ok ? 'wrong' : check.reason }
  const pending = (reader.pendingLists ?? []).map((list) => listIdOf(list))
  const locale = (isSiteLocale(reader.locale) ? reader.locale : 'en') as SiteLocale
  if (pending.length > 0) {
    const now = new Date().toISOString()
    const wordingOf = (list: Id) => [...(reader.consentLog ?? [])].reverse().find((entry) => entry.event === 'asked' && String(idOf(entry.list)) === String(list))
    await payload.update({
      collection: 'subscribers',
      id: reader.id,
      data: {
        subscribedLists: unique([...(reader.subscribedLists ?? []).map((list) => listIdOf(list)), ...pending]),
        pendingLists: [],
        confirmedAt: now,
        consentLog: [
          ...(reader.consentLog ?? []),
          ...pending.map((list) => ({ list, event: 'confirmed' as const, method: 'email link' as const, wording: wordingOf(list)?.wording, wordingVersion: wordingOf(list)?.wordingVersion, at: now })),
        ],
      },
      overrideAccess: true,
      context: system,
    })
    // A fresh yes outweighs an old no: lift earlier unsubscribes, bounces and erasures for these lists.
    await payload.delete({
      collection: 'suppressions',
      where: { and: [{ addressKey: { equals: addressKey(payload.secret, reader.email) } }, { or: [{ list: { exists: false } }, { list: { in: pending } }] }] },
      overrideAccess: true,
    })
    const lists = await payload.find({ collection: 'mailing-lists', where: { id: { in: pending } }, locale, fallbackLocale: 'en', depth: 0, limit: 0, overrideAccess: true })
    const links = readerLinks(payload.secret, payload.config.serverURL, reader, pending)
    await sendOne(
      payload,
      reader.email,
      'welcome',
      {
        locale,
        siteUrl: payload.config.serverURL,
        lists: lists.docs.map((list) => ({ name: list.name, description: list.description })),
        preferencesUrl: links.preferencesUrl,
        footer: { reason: emailWordsFor(locale).footer.becauseYouJoined(lists.docs.map((list) => list.name)), ...links },
      },
      // The welcome is the list's first email: its Unsubscribe button leaves every list just joined.
      listHeaders({ list: await firstListIdentity(payload, pending), host: new URL(payload.config.serverURL).hostname, unsubscribeUrl: links.unsubscribeUrl }),
    )
  }
  return { ok: true, manageToken: manageToken(payload.secret, reader), locale, newly: pending.length }
}

/** Stops the given lists (all, when none are given) at once, and keeps them stopped whatever lists say later. */
export async function unsubscribe(payload: Payload, token: string, lists: (Id | string)[] | 'all', method: ConsentMethod): Promise<boolean> {
  const reader = await managedReader(payload, token)
  if (!reader) return false
  const current = (reader.subscribedLists ?? []).map((list) => listIdOf(list))
  const leaving = lists === 'all' ? unique([...current, ...(reader.pendingLists ?? []).map((list) => listIdOf(list))]) : lists.map(String)
  const isLeaving = (list: Id | string) => leaving.some((id) => String(id) === String(list))
  const now = new Date().toISOString()
  await payload.update({
    collection: 'subscribers',
    id: reader.id,
    data: {
      subscribedLists: current.filter((list) => !isLeaving(list)),
      pendingLists: (reader.pendingLists ?? []).map((list) => listIdOf(list)).filter((list) => !isLeaving(list)),
      consentLog: [...(reader.consentLog ?? []), ...leaving.map((list) => ({ list: asId(list), event: 'unsubscribed' as const, method, at: now }))],
    },
    overrideAccess: true,
    context: system,
  })
  const key = addressKey(payload.secret, reader.email)
  for (const list of leaving) {
    await payload.create({ collection: 'suppressions', data: { addressKey: key, list: asId(list), reason: 'unsubscribed', at: now }, overrideAccess: true, context: system })
  }
  return true
}

/**
 * The preferences page's Save: the lists ticked and the language. Ticking a new list there counts as a
 * confirmed yes, because only the owner of the inbox has this link.
 */
export async function savePreferences(
  payload: Payload,
  token: string,
  choice: { lists: (Id | string)[]; locale: unknown; pageLocale?: SiteLocale },
): Promise<boolean> {
  const reader = await managedReader(payload, token)
  if (!reader) return false
  const locale: SiteLocale = isSiteLocale(choice.locale) ? choice.locale : ((reader.locale ?? 'en') as SiteLocale)
  // The consent words are the ones the reader saw, in the page's language, whatever language they choose for email.
  const shownIn = choice.pageLocale ?? locale
  const offered = await publicLists(payload, shownIn, 'all')
  const chosen = offered.filter((list) => choice.lists.map(String).includes(String(list.id)))
  const current = (reader.subscribedLists ?? []).map((list) => String(idOf(list)))
  // Only the lists the page offers can be left here; a partners' list an admin added stays.
  const leaving = offered.map((list) => String(list.id)).filter((list) => current.includes(list) && !chosen.some((item) => String(item.id) === list))
  if (leaving.length > 0) await unsubscribe(payload, token, leaving, 'preferences page')
  const fresh = (await managedReader(payload, token))!
  const joining = chosen.filter((list) => !current.includes(String(list.id)))
  const now = new Date().toISOString()
  await payload.update({
    collection: 'subscribers',
    id: reader.id,
    data: {
      locale,
      subscribedLists: unique([...(fresh.subscribedLists ?? []).map((list) => listIdOf(list)), ...joining.map((list) => list.id)]),
      consentLog: [...(fresh.consentLog ?? []), ...joining.map((list) => ({ list: list.id, event: 'confirmed' as const, method: 'preferences page' as const, ...consentOf(shownIn, list), at: now }))],
    },
    overrideAccess: true,
    context: system,
  })
  if (joining.length > 0) {
    await payload.delete({
      collection: 'suppressions',
      where: { and: [{ addressKey: { equals: addressKey(payload.secret, reader.email) } }, { list: { in: joining.map((list) => list.id) } }] },
      overrideAccess: true,
    })
  }
  return true
}

/** What the preferences page shows: the reader's lists and language, and the lists anyone may join. */
export async function preferencesOf(payload: Payload, token: string, locale: SiteLocale) {
  const reader = await managedReader(payload, token)
  if (!reader) return undefined
  return {
    email: reader.email,
    locale: (reader.locale ?? 'en') as SiteLocale,
    subscribed: (reader.subscribedLists ?? []).map((list) => String(idOf(list))),
    pending: (reader.pendingLists ?? []).map((list) => String(idOf(list))),
    lists: await publicLists(payload, locale, 'all'),
  }
}

/** UK GDPR: a copy of everything held about this reader, as JSON. */
export async function exportData(payload: Payload, token: string) {
  const reader = await managedReader(payload, token, 1)
  if (!reader) return undefined
  const deliveries = await payload.find({
    collection: 'email-deliveries',
    where: { subscriber: { equals: reader.id } },
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return {
    about: 'Everything the Nurturing Little Hearts and Minds campaign holds about this email address.',
    exportedAt: new Date().toISOString(),
    email: reader.email,
    language: reader.locale,
    lists: (reader.subscribedLists ?? []).map((list) => (typeof list === 'object' ? list.name : list)),
    waitingForConfirmation: (reader.pendingLists ?? []).map((list) => (typeof list === 'object' ? list.name : list)),
    signedUpAt: reader.createdAt,
    confirmedAt: reader.confirmedAt,
    consentLog: (reader.consentLog ?? []).map(({ list, event, method, wording, at }) => ({ list: typeof list === 'object' && list ? list.name : list, event, method, wording, at })),
    emailsSent: deliveries.docs.map((row) => ({
      campaign: typeof row.campaign === 'object' ? row.campaign.title : row.campaign,
      status: row.status,
      sentAt: row.sentAt,
    })),
  }
}

/**
 * UK GDPR: erase the reader and their delivery records. Only a keyed hash of the address is kept, on the
 * suppression list, so no campaign ever writes to them again unless they sign up afresh.
 */
export async function erase(payload: Payload, token: string): Promise<boolean> {
  const reader = await managedReader(payload, token)
  if (!reader) return false
  await payload.delete({ collection: 'email-deliveries', where: { subscriber: { equals: reader.id } }, overrideAccess: true })
  await payload.delete({ collection: 'subscribers', id: reader.id, overrideAccess: true })
  await payload.create({ collection: 'suppressions', data: { addressKey: addressKey(payload.secret, reader.email), reason: 'erased', at: new Date().toISOString() }, overrideAccess: true, context: system })
  return true
}

/** The reader a preferences or unsubscribe link names, if the link is genuine. */
async function managedReader(payload: Payload, token: string, depth = 0): Promise<Subscriber | undefined> {
  const reader = await readerOf(payload, token, depth)
  const check = checkLink(payload.secret, 'subscription-manage', token, () => reader?.email)
  return check.ok ? reader : undefined
}

async function readerOf(payload: Payload, token: string, depth = 0): Promise<Subscriber | undefined> {
  const id = idInLink(token)
  if (!id) return undefined
  return ((await payload.findByID({ collection: 'subscribers', id, depth, overrideAccess: true, disableErrors: true })) as Subscriber | null) ?? undefined
}

/** Lists anyone may join, named in the reader's language; `wanted` narrows them by slug or id. */
export async function publicLists(payload: Payload, locale: SiteLocale, wanted: unknown): Promise<MailingList[]> {
  const { docs } = await payload.find({
    collection: 'mailing-lists',
    where: { publicSignUp: { equals: true } },
    locale,
    fallbackLocale: 'en',
    depth: 0,
    limit: 0,
    sort: 'createdAt',
    overrideAccess: true,
  })
  if (wanted === 'all') return docs
  const asked = (Array.isArray(wanted) ? wanted : typeof wanted === 'string' ? wanted.split(',') : []).map((item) => String(item).trim())
  return docs.filter((list) => asked.includes(list.slug) || asked.includes(String(list.id)))
}

/** The first of the lists joined, by its English name, as the List-Id header names it. */
async function firstListIdentity(payload: Payload, joined: Id[]): Promise<ListIdentity> {
  const { docs } = await payload.find({ collection: 'mailing-lists', where: { id: { in: joined } }, locale: 'en', depth: 0, limit: 0, overrideAccess: true })
  const list = joined.map((id) => docs.find((doc) => String(doc.id) === String(id))).find(Boolean)
  return list ? { slug: list.slug, name: list.name } : { slug: 'campaign', name: '' }
}

async function findByAddress(payload: Payload, email: string): Promise<Subscriber | undefined> {
  const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: true })
  return docs[0]
}

const consentOf = (locale: SiteLocale, list: MailingList) => {
  const { wording, version } = consentWording(locale, list.name)
  return { wording, wordingVersion: version }
}
const recentlyWritten = (reader: Subscriber) => Boolean(reader.confirmationSentAt && Date.now() - new Date(reader.confirmationSentAt).getTime() < CONFIRMATION_GAP_MS)

/** The email could not be handed to the mail server (or written to the outbox): nothing was sent. */
export class EmailNotSent extends Error {
  constructor(cause: unknown) {
    super('The email could not be sent just now.', { cause })
    this.name = 'EmailNotSent'
  }
}

/**
 * The email first, then the mark that holds back the next one for five minutes. A crash between the two can
 * only mean a second email on the next try, never a sign-up that waits for an email that was not sent. And a
 * mail server or outbox that fails leaves no mark, so the next try sends.
 */
async function sendThenMark<K extends 'subscription-confirm' | 'subscription-already'>(payload: Payload, reader: Subscriber, at: string, key: K, props: Parameters<typeof sendOne<K>>[3]) {
  try {
    await sendOne(payload, reader.email, key, props)
  } catch (error) {
    throw new EmailNotSent(error)
  }
  await payload.update({ collection: 'subscribers', id: reader.id, data: { confirmationSentAt: at }, overrideAccess: true, context: system })
}
const unique = (ids: Id[]): Id[] => [...new Map(ids.map((id) => [String(id), id])).values()]
const asId = (value: Id | string): Id => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value) as Id

export const preferencesPath = (locale: SiteLocale) => localePath(locale, '/email-preferences')
