// Page visits counted in memory, in the server, as plain numbers under a key of (page, language, day,
// channel): nothing about the visitor is ever looked at but the address they asked for. The tally is handed
// over in batches (src/insight/flushing.ts) so a visit costs a map lookup, not a database write.

import { defaultSiteLocale, isSiteLocale, type SiteLocale } from '../i18n/siteWords'
import { type Channel, channelOf } from './references'

export type VisitKey = { page: string; locale: SiteLocale; day: string; channel: Channel }
export type VisitBatch = (VisitKey & { visits: number })[]

/** More distinct keys than this between two flushes, and the rest wait for the next (a flood of odd addresses). */
export const MAX_KEYS_PER_BATCH = 5000
/** The query the helpful form's answer returns with (src/insight/helpful.ts). */
export const RETURNED_FROM_ANSWER = 'helpful=thanks'
/** Longer addresses are not counted: no page of ours has one. */
const MAX_PAGE_LENGTH = 200

export type VisitTally = {
  /** One visit to the page at this address (path and query, as the request gave it). */
  note(url: string, now?: Date): void
  /** The visits counted since the last take, and a fresh start. */
  take(): VisitBatch
  /** Visits a flush could not write go back, to be written with the next. */
  putBack(batch: VisitBatch): void
  readonly size: number
  /** Visits left out because the tally was full (a count, for the log). */
  takeDropped(): number
}

export function visitTally({ maxKeys = MAX_KEYS_PER_BATCH } = {}): VisitTally {
  let counts = new Map<string, number>()
  let dropped = 0
  const add = (key: string, visits: number) => {
    const before = counts.get(key)
    if (before === undefined && counts.size >= maxKeys) {
      dropped += visits
      return
    }
    counts.set(key, (before ?? 0) + visits)
  }
  return {
    note(url, now = new Date()) {
      const key = visitKeyOf(url, now)
      if (key) add(key, 1)
    },
    take() {
      const taken = counts
      counts = new Map()
      return [...taken].map(([key, visits]) => ({ ...parseKey(key), visits }))
    },
    putBack(batch) {
      for (const row of batch) add(joinKey(row), row.visits)
    },
    get size() {
      return counts.size
    },
    takeDropped() {
      const count = dropped
      dropped = 0
      return count
    },
  }
}

/** The key a visit to `url` counts under, or undefined for an address that is not a page we would count. */
export function visitKeyOf(url: string, now: Date): string | undefined {
  const at = url.indexOf('?')
  const page = pageOf(at === -1 ? url : url.slice(0, at))
  // The way back from answering "Was this page helpful?" is not another visit.
  if (!page || (at !== -1 && url.includes(RETURNED_FROM_ANSWER, at))) return undefined
  return joinKey({ ...page, day: dayOf(now), channel: channelOf(at === -1 ? undefined : url.slice(at + 1)) })
}

/** A page's address without its language prefix, and the language: /pl/services is ("/services", pl). */
export function pageOf(path: string): { page: string; locale: SiteLocale } | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return undefined
  }
  if (decoded.length > MAX_PAGE_LENGTH || !decoded.startsWith('/') || /[|\s]/.test(decoded)) return undefined
  const [, first = '', rest = ''] = /^\/([^/]*)(.*)$/.exec(decoded) ?? []
  if (isSiteLocale(first)) return { page: rest === '' ? '/' : rest, locale: first }
  return { page: decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded, locale: defaultSiteLocale }
}

// Days as Kent lives them (UK time), not UTC: a visit at 00:30 BST belongs to that morning.
const ukDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
let remembered = { minute: -1, day: '' }

/** The UK day (YYYY-MM-DD) of a moment; worked out once a minute, as a visit costs little. */
export function dayOf(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000)
  if (minute !== remembered.minute) remembered = { minute, day: ukDay.format(now) }
  return remembered.day
}

const joinKey = ({ page, locale, day, channel }: VisitKey) => `${page}|${locale}|${day}|${channel}`

function parseKey(key: string): VisitKey {
  const [page, locale, day, channel] = key.split('|')
  return { page, locale: locale as SiteLocale, day, channel: channel as Channel }
}
