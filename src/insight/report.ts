import type { Payload, Where } from 'payload'

import { addDays, mondayOf } from '../calendar/time'
import { type OrganisationKind, organisationKindLabels, organisationKinds } from '../domain/materials'
import { type Audience, audienceLabels, audiences, districtLabels, type KentDistrict, kentDistricts } from '../domain/vocabulary'
import { languageNames, type SiteLocale, siteLocales } from '../i18n/siteWords'
import { isSmall, shownCount, shownShare } from './figures'
import { type Channel, channelLabel, channels } from './references'
import { dayOf } from './tally'

// The Insight view's figures, gathered from the counts (never from people): reach by channel and over time,
// messages and themes, the Dads and co-parents share, languages, downloads and QR scans by place and kind of
// organisation, email lists, and helpfulness. The view draws each section as a chart beside its table; the
// CSV is the same table. Small counts are shown in words (src/insight/figures.ts).

export const ranges = {
  '28d': { label: 'Last 4 weeks', days: 28 },
  '90d': { label: 'Last 3 months', days: 91 },
  '365d': { label: 'Last 12 months', days: 365 },
} as const
export type RangeKey = keyof typeof ranges

export type InsightFilters = { range: RangeKey; from: string; to: string; theme?: string; audience?: Audience; district?: KentDistrict }

type Params = Record<string, string | string[] | undefined>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The filters from the address (plain links); anything unknown is left out rather than refused. */
export function readFilters(params: Params, now = new Date()): InsightFilters {
  const rangeParam = one(params.range)
  const range: RangeKey = rangeParam && rangeParam in ranges ? (rangeParam as RangeKey) : '28d'
  const to = dayOf(now)
  const from = addDays(to, -(ranges[range].days - 1))
  const theme = one(params.theme)
  const audience = one(params.audience)
  const district = one(params.district)
  return {
    range,
    from,
    to,
    theme: theme && /^[a-z0-9-]{1,100}$/.test(theme) ? theme : undefined,
    audience: audiences.includes(audience as Audience) ? (audience as Audience) : undefined,
    district: kentDistricts.includes(district as KentDistrict) ? (district as KentDistrict) : undefined,
  }
}

/** The filters as a query, for links and the CSV address. */
export function filterQuery(filters: Partial<InsightFilters>): string {
  const params = new URLSearchParams()
  if (filters.range && filters.range !== '28d') params.set('range', filters.range)
  if (filters.theme) params.set('theme', filters.theme)
  if (filters.audience) params.set('audience', filters.audience)
  if (filters.district) params.set('district', filters.district)
  return params.toString()
}

export type Cell = string | { count: number }
export type Table = { columns: string[]; rows: Cell[][] }
export type Bar = { label: string; value: number }
export type Section = {
  id: string
  title: string
  /** What the figures say, in sentences (the chart's description too). */
  words: string[]
  chart?: { bars: Bar[]; unit: string }
  table: Table
}

/** A cell as shown and exported: counts under five in words. */
export const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : shownCount(cell.count))

type VisitRow = { page: string; locale: SiteLocale; day: string; channel: Channel; visits: number }
type MessageFacts = { id: number | string; slug: string; title: string; themes: (number | string)[]; audiences: Audience[] }
type ThemeFacts = { id: number | string; slug: string; title: string }

export async function insightReport(payload: Payload, filters: InsightFilters): Promise<{ sections: Section[]; themes: ThemeFacts[] }> {
  const [visitRows, messages, themes] = await Promise.all([rowsIn<VisitRow>(payload, 'page-visits', dayRange(filters)), messageFacts(payload), themeFacts(payload)])
  const theme = themes.find((candidate) => candidate.slug === filters.theme)
  const bySlug = new Map(messages.map((message) => [message.slug, message]))
  const messageOf = (page: string) => (page.startsWith('/messages/') ? bySlug.get(page.slice('/messages/'.length)) : undefined)
  const isDadsContent = (page: string) => page === '/dads' || Boolean(messageOf(page)?.audiences.includes('dads-and-co-parents'))
  const inFilters = (page: string) => {
    const message = messageOf(page)
    if (theme && !(page === `/themes/${theme.slug}` || message?.themes.some((id) => String(id) === String(theme.id)))) return false
    if (filters.audience && !(message?.audiences.includes(filters.audience) || (filters.audience === 'dads-and-co-parents' && page === '/dads'))) return false
    return true
  }
  const visits = visitRows.filter((row) => inFilters(row.page))
  const [placeSections, email, helpful] = await Promise.all([placesSections(payload, filters, messages, theme), emailSection(payload, filters, visits), helpfulSection(payload, filters, inFilters)])
  return {
    themes,
    sections: [
      reachOverTime(visits, filters),
      reachByChannel(visits),
      topMessages(visits, messageOf),
      themeReach(visits, messages, themes),
      dadsShare(visits, isDadsContent),
      languages(visits),
      ...placeSections,
      email,
      helpful,
    ],
  }
}

function reachOverTime(visits: VisitRow[], filters: InsightFilters): Section {
  const periodOf = filters.range === '365d' ? (day: string) => day.slice(0, 7) : filters.range === '90d' ? mondayOf : (day: string) => day
  const periodName = filters.range === '365d' ? 'Month' : filters.range === '90d' ? 'Week starting' : 'Day'
  const periods = new Map<string, Map<Channel, number>>()
  for (let day = filters.from; day <= filters.to; day = addDays(day, 1)) periods.set(periodOf(day), new Map())
  for (const row of visits) add(periods.get(periodOf(row.day)), row.channel, row.visits)
  const used = channels.filter((channel) => visits.some((row) => row.channel === channel))
  const totals = [...periods].map(([period, byChannel]) => ({ label: period, value: sum(byChannel.values()) }))
  const busiest = [...totals].sort((a, b) => b.value - a.value)[0]
  return {
    id: 'reach-over-time',
    title: 'Reach over time, by channel',
    words: [
      `${shownCount(sum(totals.map((total) => total.value)))} page visits from ${filters.from} to ${filters.to}.`,
      busiest && busiest.value > 0 ? `The busiest ${periodName.toLowerCase()} was ${busiest.label}.` : 'No visits were counted in this period.',
    ],
    chart: { bars: totals, unit: 'visits' },
    table: {
      columns: [periodName, ...used.map(channelLabel), 'All channels'],
      rows: [...periods].map(([period, byChannel]) => [period, ...used.map((channel) => ({ count: byChannel.get(channel) ?? 0 })), { count: sum(byChannel.values()) }]),
    },
  }
}

function reachByChannel(visits: VisitRow[]): Section {
  const byChannel = new Map<Channel, number>()
  for (const row of visits) add(byChannel, row.channel, row.visits)
  const bars = channels.filter((channel) => byChannel.has(channel)).map((channel) => ({ label: channelLabel(channel), value: byChannel.get(channel)! }))
  bars.sort((a, b) => b.value - a.value)
  const campaign = sum(bars.filter((bar) => bar.label !== channelLabel('direct')).map((bar) => bar.value))
  return {
    id: 'channels',
    title: 'Arrivals by channel',
    words: [`${shownCount(campaign)} visits arrived through the campaign's own links (social posts, emails and QR posters), counted by the reference on the link.`],
    chart: { bars, unit: 'visits' },
    table: { columns: ['Channel', 'Visits'], rows: bars.map((bar) => [bar.label, { count: bar.value }]) },
  }
}

function topMessages(visits: VisitRow[], messageOf: (page: string) => MessageFacts | undefined): Section {
  const byMessage = new Map<MessageFacts, number>()
  for (const row of visits) {
    const message = messageOf(row.page)
    if (message) add(byMessage, message, row.visits)
  }
  const ranked = [...byMessage].sort((a, b) => b[1] - a[1])
  return {
    id: 'messages',
    title: 'Top messages',
    words: ranked.length ? [`The most visited message was “${ranked[0][0].title}”.`] : ['No message pages were visited in this period.'],
    chart: { bars: ranked.slice(0, 10).map(([message, value]) => ({ label: message.title, value })), unit: 'visits' },
    table: { columns: ['Message', 'Visits'], rows: ranked.map(([message, value]) => [message.title, { count: value }]) },
  }
}

function themeReach(visits: VisitRow[], messages: MessageFacts[], themes: ThemeFacts[]): Section {
  const byTheme = new Map<ThemeFacts, number>()
  const bySlug = new Map(messages.map((message) => [message.slug, message]))
  for (const row of visits) {
    const message = row.page.startsWith('/messages/') ? bySlug.get(row.page.slice('/messages/'.length)) : undefined
    for (const theme of themes) {
      if (row.page === `/themes/${theme.slug}` || message?.themes.some((id) => String(id) === String(theme.id))) add(byTheme, theme, row.visits)
    }
  }
  const ranked = themes.map((theme) => ({ label: theme.title, value: byTheme.get(theme) ?? 0 })).sort((a, b) => b.value - a.value)
  return {
    id: 'themes',
    title: 'Themes',
    words: ['A theme counts the visits to its own page and to each message in it (a message in two themes counts for both).'],
    chart: { bars: ranked, unit: 'visits' },
    table: { columns: ['Theme', 'Visits'], rows: ranked.map((bar) => [bar.label, { count: bar.value }]) },
  }
}

function dadsShare(visits: VisitRow[], isDadsContent: (page: string) => boolean): Section {
  const dads = sum(visits.filter((row) => isDadsContent(row.page)).map((row) => row.visits))
  const all = sum(visits.map((row) => row.visits))
  return {
    id: 'dads',
    title: 'Dads and co-parents',
    words: [`${shownShare(dads, all)} of visits were to Dads and co-parents content (the Dads page and messages for dads and co-parents).`],
    chart: { bars: [{ label: 'Dads and co-parents content', value: dads }, { label: 'Everything else', value: all - dads }], unit: 'visits' },
    table: {
      columns: ['Content', 'Visits', 'Share'],
      rows: [
        ['Dads and co-parents content', { count: dads }, shownShare(dads, all)],
        ['Everything else', { count: all - dads }, shownShare(all - dads, all)],
      ],
    },
  }
}

function languages(visits: VisitRow[]): Section {
  const bars = siteLocales.map((locale) => ({ label: languageNames[locale], value: sum(visits.filter((row) => row.locale === locale).map((row) => row.visits)) }))
  return {
    id: 'languages',
    title: 'Languages',
    words: ['Visits by the language of the page read.'],
    chart: { bars, unit: 'visits' },
    table: { columns: ['Language', 'Visits'], rows: bars.map((bar) => [bar.label, { count: bar.value }]) },
  }
}

type DownloadRow = { month: string; organisationKind: OrganisationKind | 'visitor'; district?: KentDistrict | null; downloads: number }
type ScanRow = { month: string; venue: number | string; message?: number | string | null; visits: number }

async function placesSections(payload: Payload, filters: InsightFilters, messages: MessageFacts[], theme: ThemeFacts | undefined): Promise<Section[]> {
  const months = { and: [{ month: { greater_than_equal: filters.from.slice(0, 7) } }, { month: { less_than_equal: filters.to.slice(0, 7) } }] }
  const [downloads, scans, venues] = await Promise.all([
    rowsIn<DownloadRow>(payload, 'download-counts', months),
    rowsIn<ScanRow>(payload, 'qr-visits', months),
    payload.find({ collection: 'venues', depth: 0, limit: 0, pagination: false, select: { district: true } }),
  ])
  const districtOfVenue = new Map(venues.docs.map((venue) => [String(venue.id), venue.district as KentDistrict]))
  const messageById = new Map(messages.map((message) => [String(message.id), message]))
  const scanMatches = (scan: ScanRow) => {
    if (!theme && !filters.audience) return true
    const message = scan.message === undefined || scan.message === null ? undefined : messageById.get(String(scan.message))
    if (theme && !message?.themes.some((id) => String(id) === String(theme.id))) return false
    return !filters.audience || Boolean(message?.audiences.includes(filters.audience))
  }
  const shownDownloads = downloads.filter((row) => !filters.district || row.district === filters.district)
  const shownScans = scans.filter(scanMatches).filter((row) => !filters.district || districtOfVenue.get(String(row.venue)) === filters.district)

  const districts = filters.district ? [filters.district] : [...kentDistricts]
  const downloadsIn = (district: KentDistrict) => sum(shownDownloads.filter((row) => row.district === district).map((row) => row.downloads))
  const scansIn = (district: KentDistrict) => sum(shownScans.filter((row) => districtOfVenue.get(String(row.venue)) === district).map((row) => row.visits))
  const reach = districts.map((district) => ({ district, downloads: downloadsIn(district), scans: scansIn(district) }))
  const nothing = reach.filter((place) => place.downloads + place.scans === 0).map((place) => districtLabels[place.district])
  const little = reach.filter((place) => isSmall(place.downloads + place.scans)).map((place) => districtLabels[place.district])
  const period = filters.range === '28d' ? 'in the last 4 weeks' : filters.range === '90d' ? 'in the last 3 months' : 'in the last 12 months'
  const words = [
    nothing.length ? `Nothing reached ${listed(nothing)} ${period}: no material downloads by partners there and no poster scans.` : `Every district shown had downloads or poster scans ${period}.`,
    ...(little.length ? [`Little reached ${listed(little)}: fewer than 5 downloads and scans together.`] : []),
    'Downloads by visitors who are not signed in have no district; they count in the kinds of organisation below.',
    ...(theme || filters.audience ? ['Downloads are not tied to a theme or audience here; the theme and audience filters apply to scans only.'] : []),
  ]
  const noDistrict = sum(shownDownloads.filter((row) => !row.district).map((row) => row.downloads))
  const kinds = (['visitor', ...organisationKinds] as const).map((kind) => ({
    label: kind === 'visitor' ? 'Not signed in' : organisationKindLabels[kind],
    value: sum(shownDownloads.filter((row) => row.organisationKind === kind).map((row) => row.downloads)),
  }))
  return [
    {
      id: 'districts',
      title: 'Downloads and QR scans by district',
      words,
      chart: { bars: reach.map((place) => ({ label: districtLabels[place.district], value: place.downloads + place.scans })), unit: 'downloads and scans' },
      table: {
        columns: ['District', 'Downloads', 'QR scans', 'Together'],
        rows: [
          ...reach.map((place) => [districtLabels[place.district], { count: place.downloads }, { count: place.scans }, { count: place.downloads + place.scans }]),
          ...(filters.district ? [] : [['No district (not signed in)', { count: noDistrict }, { count: 0 }, { count: noDistrict }]]),
        ],
      },
    },
    {
      id: 'organisations',
      title: 'Downloads by kind of organisation',
      words: ['Partners say what kind of organisation they are when they join; visitors who are not signed in count as such.'],
      chart: { bars: kinds, unit: 'downloads' },
      table: { columns: ['Kind of organisation', 'Downloads'], rows: kinds.map((kind) => [kind.label, { count: kind.value }]) },
    },
  ]
}

type ConsentEntry = { event: 'asked' | 'confirmed' | 'unsubscribed' | 'bounced'; at: string }

async function emailSection(payload: Payload, filters: InsightFilters, visits: VisitRow[]): Promise<Section> {
  const [subscribers, sent] = await Promise.all([
    payload.find({ collection: 'subscribers', depth: 0, limit: 0, pagination: false, select: { consentLog: true } }),
    payload.count({ collection: 'email-deliveries', where: { and: [{ status: { equals: 'sent' } }, { sentAt: { greater_than_equal: `${filters.from}T00:00:00.000Z` } }] } }),
  ])
  const weeks = new Map<string, { confirmed: number; unsubscribed: number }>()
  for (let day = filters.from; day <= filters.to; day = addDays(day, 1)) if (!weeks.has(mondayOf(day))) weeks.set(mondayOf(day), { confirmed: 0, unsubscribed: 0 })
  for (const subscriber of subscribers.docs) {
    for (const entry of (subscriber.consentLog ?? []) as ConsentEntry[]) {
      const day = dayOf(new Date(entry.at))
      if (day < filters.from || day > filters.to) continue
      const week = weeks.get(mondayOf(day))
      if (week && entry.event === 'confirmed') week.confirmed++
      if (week && (entry.event === 'unsubscribed' || entry.event === 'bounced')) week.unsubscribed++
    }
  }
  const confirmed = sum([...weeks.values()].map((week) => week.confirmed))
  const unsubscribed = sum([...weeks.values()].map((week) => week.unsubscribed))
  const clicks = sum(visits.filter((row) => row.channel === 'email').map((row) => row.visits))
  return {
    id: 'email',
    title: 'Email lists',
    words: [
      `${shownCount(confirmed)} confirmations to join a list and ${shownCount(unsubscribed)} people leaving one (unsubscribes and addresses that stopped working).`,
      `${shownCount(sent.totalDocs)} emails sent; ${shownCount(clicks)} visits came through links in them. Opens are not counted: our emails carry no tracking.`,
    ],
    chart: {
      bars: [
        { label: 'Confirmations', value: confirmed },
        { label: 'Unsubscribes', value: unsubscribed },
        { label: 'Emails sent', value: sent.totalDocs },
        { label: 'Visits from email links', value: clicks },
      ],
      unit: 'people or emails',
    },
    table: {
      columns: ['Week starting', 'Confirmations', 'Unsubscribes', 'Growth'],
      rows: [...weeks].map(([week, counts]) => [week, { count: counts.confirmed }, { count: counts.unsubscribed }, growth(counts.confirmed - counts.unsubscribed, counts)]),
    },
  }
}

/** Growth in a week: the difference, unless either side is too small to show honestly. */
function growth(difference: number, counts: { confirmed: number; unsubscribed: number }): string {
  if (isSmall(counts.confirmed) || isSmall(counts.unsubscribed)) return 'too few to say'
  return difference > 0 ? `+${difference}` : String(difference)
}

type HelpfulRow = { page: string; locale: SiteLocale; yes: number; no: number }

async function helpfulSection(payload: Payload, filters: InsightFilters, inFilters: (page: string) => boolean): Promise<Section> {
  const rows = (await rowsIn<HelpfulRow>(payload, 'helpful-answers', dayRange(filters))).filter((row) => inFilters(row.page))
  const byPage = new Map<string, { yes: number; no: number }>()
  for (const row of rows) {
    const page = byPage.get(row.page) ?? { yes: 0, no: 0 }
    page.yes += row.yes
    page.no += row.no
    byPage.set(row.page, page)
  }
  const ranked = [...byPage].sort((a, b) => b[1].yes + b[1].no - (a[1].yes + a[1].no))
  return {
    id: 'helpful',
    title: 'Was this page helpful?',
    words: ranked.length ? ['Answers to the question at the foot of each page, by page (every language together).'] : ['Nobody answered the question in this period.'],
    chart: { bars: ranked.slice(0, 10).map(([page, answers]) => ({ label: page, value: answers.yes + answers.no })), unit: 'answers' },
    table: {
      columns: ['Page', 'Yes', 'No', 'Said yes'],
      rows: ranked.map(([page, answers]) => [page, { count: answers.yes }, { count: answers.no }, shownShare(answers.yes, answers.yes + answers.no)]),
    },
  }
}

async function messageFacts(payload: Payload): Promise<MessageFacts[]> {
  const { docs } = await payload.find({
    collection: 'messages',
    depth: 0,
    limit: 0,
    pagination: false,
    locale: 'en',
    select: { slug: true, title: true, themes: true, audiences: true },
  })
  return docs.map((doc) => ({
    id: doc.id,
    slug: String(doc.slug ?? ''),
    title: String(doc.title ?? doc.slug),
    themes: ((doc.themes ?? []) as (number | string | { id: number | string })[]).map((theme) => (typeof theme === 'object' ? theme.id : theme)),
    audiences: (doc.audiences ?? []) as Audience[],
  }))
}

async function themeFacts(payload: Payload): Promise<ThemeFacts[]> {
  const { docs } = await payload.find({ collection: 'themes', depth: 0, limit: 0, pagination: false, locale: 'en', sort: 'title', select: { slug: true, title: true } })
  return docs.map((doc) => ({ id: doc.id, slug: String(doc.slug ?? ''), title: String(doc.title ?? doc.slug) }))
}

async function rowsIn<T>(payload: Payload, collection: 'page-visits' | 'helpful-answers' | 'download-counts' | 'qr-visits', where: Where): Promise<T[]> {
  const { docs } = await payload.db.find({ collection, where, limit: 0, pagination: false })
  return docs as unknown as T[]
}

const dayRange = (filters: InsightFilters): Where => ({ and: [{ day: { greater_than_equal: filters.from } }, { day: { less_than_equal: filters.to } }] })

function add<K>(map: Map<K, number> | undefined, key: K, amount: number) {
  map?.set(key, (map.get(key) ?? 0) + Number(amount))
}

const sum = (values: Iterable<number>) => {
  let total = 0
  for (const value of values) total += Number(value)
  return total
}


const listed = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)

export const audienceChoices = audiences.map((value) => ({ value, label: audienceLabels[value] }))
export const districtChoices = kentDistricts.map((value) => ({ value, label: districtLabels[value] }))
