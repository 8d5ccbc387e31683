// Bulk-schedule files for Hootsuite and Buffer: the scheduled posts for one platform, in each tool's own CSV
// layout and rules, with times on the UK clock. Posts a tool would refuse are left out with the reason, so
// the upload goes through first time. Sources for every rule: docs/calendar.md.

import { stringify } from 'csv-stringify/sync'

import { platformRules, type SocialPlatform } from '../channels/platforms'
import { looksLikeFormula, spreadsheetSafe } from '../domain/spreadsheet'
import { fullText } from '../social/postRules'

import { londonDay, londonParts, londonStamp } from './time'

export const exportFormats = ['hootsuite', 'buffer'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** Hootsuite's bulk composer: times at least 10 minutes ahead, on a five-minute mark, at most 350 rows. */
export const HOOTSUITE_LEAD_MINUTES = 10
export const HOOTSUITE_MINUTE_STEP = 5
export const HOOTSUITE_MAX_ROWS = 350

export const BUFFER_COLUMNS = ['Text', 'Image URL', 'Tags', 'Posting Time'] as const

export type ExportPost = {
  id: string | number
  platform: SocialPlatform
  status: string
  scheduledAt: string | null | undefined
  text: string
  link?: string | null
  hashtags?: string[] | null
  /** The image's public address, when the post has an image everyone may fetch. */
  imageUrl?: string | null
  /** Set when the post has an image that the tool cannot fetch (it is not public). */
  imageNotPublic?: boolean
  /** The admin address of the post, relative to the site. */
  href: string
}

export type ExportRow = { id: string; at: string; time: string; href: string }
export type SkippedPost = ExportRow & { reason: string }

export type ExportResult = {
  format: ExportFormat
  platform: SocialPlatform
  filename: string
  csv: string
  exported: ExportRow[]
  skipped: SkippedPost[]
  /** What the person uploading must still do in the tool. */
  notes: string[]
}

type Context = { platform: SocialPlatform; from: Date; to: Date; now: Date }

const stampFor = (format: ExportFormat, at: Date) => londonStamp(at, format === 'hootsuite' ? 'dd/mm/yyyy HH:mm' : 'yyyy-mm-dd HH:mm')

/**
 * CRLF and every field quoted, as spreadsheet programs write CSV; no byte-order mark, which Hootsuite would
 * read into its first date. Every cell goes through the spreadsheet rule (src/domain/spreadsheet.ts).
 */
const toCsv = (rows: string[][]) =>
  rows.length ? stringify(rows.map((row) => row.map(spreadsheetSafe)), { quoted: true, quoted_empty: true, record_delimiter: 'windows' }) : ''

export function buildExport(format: ExportFormat, posts: ExportPost[], context: Context): ExportResult {
  const label = platformRules[context.platform].label
  // The tools take minutes: a post at 09:05:30 goes out at 09:05.
  const minuteOf = (post: ExportPost) => new Date(Math.floor(Date.parse(post.scheduledAt!) / 60_000) * 60_000)
  const candidates = posts
    .filter((post) => post.status === 'scheduled' && post.platform === context.platform && post.scheduledAt)
    .filter((post) => {
      const at = Date.parse(post.scheduledAt!)
      return at >= context.from.getTime() && at < context.to.getTime()
    })
    .sort((a, b) => Date.parse(a.scheduledAt!) - Date.parse(b.scheduledAt!) || String(a.id).localeCompare(String(b.id)))

  const exported: ExportRow[] = []
  const skipped: SkippedPost[] = []
  const rows: string[][] = []
  const takenSlots = new Map<string, string>()
  const takenTexts = new Map<string, string>()

  for (const post of candidates) {
    const at = minuteOf(post)
    const time = stampFor(format, at)
    const row: ExportRow = { id: String(post.id), at: at.toISOString(), time, href: post.href }
    const text = fullText({ text: post.text, link: post.link, hashtags: post.hashtags })
    const reason =
      formulaRefusal(text) ??
      (format === 'hootsuite' ? hootsuiteRefusal(post, at, text, context, { takenSlots, takenTexts, rows: rows.length }) : bufferRefusal(post, at, context))
    if (reason) {
      skipped.push({ ...row, reason })
      continue
    }
    exported.push(row)
    if (format === 'hootsuite') {
      takenSlots.set(time, row.id)
      takenTexts.set(text, row.id)
      // The link is already in the words, where the post's checks counted it; Hootsuite would add a second copy.
      rows.push([time, text, ''])
    } else {
      // Buffer's tags are its own labels and must exist there first; hashtags stay in the text.
      rows.push([text, post.imageUrl ?? '', '', time])
    }
  }

  const csv = format === 'hootsuite' ? toCsv(rows) : toCsv([[...BUFFER_COLUMNS], ...rows])
  const notes =
    format === 'hootsuite'
      ? [
          `In Hootsuite, choose the day/month/year date format and the ${label} account when uploading.`,
          'Hootsuite reads the times in your Hootsuite time zone: set it to London.',
          "Hootsuite's file carries no images: add each post's share card and its alt text in the review step.",
        ]
      : [
          `Upload this file to the ${label} channel in Buffer; Buffer reads the times in that channel's time zone, so set it to London.`,
          "Buffer's file carries no alt text: add each image's alt text in Buffer before the posts go out.",
        ]
  return {
    format,
    platform: context.platform,
    filename: `${format}-${context.platform}-${londonDay(context.from)}-to-${londonDay(new Date(context.to.getTime() - 1))}.csv`,
    csv,
    exported,
    skipped,
    notes,
  }
}

function hootsuiteRefusal(
  post: ExportPost,
  at: Date,
  text: string,
  context: Context,
  taken: { takenSlots: Map<string, string>; takenTexts: Map<string, string>; rows: number },
): string | undefined {
  const passed = pastRefusal(at, context.now)
  if (passed) return passed
  if (at.getTime() < context.now.getTime() + HOOTSUITE_LEAD_MINUTES * 60_000) {
    return `Hootsuite takes only posts at least ${HOOTSUITE_LEAD_MINUTES} minutes ahead. Schedule it in Hootsuite by hand, or move it later.`
  }
  const { minute } = londonParts(at)
  if (minute % HOOTSUITE_MINUTE_STEP !== 0) {
    return `Hootsuite takes times ending in 0 or 5 (such as 09:05); this one is at ${londonStamp(at, 'dd/mm/yyyy HH:mm').slice(11)}. Move it in the calendar, then export again.`
  }
  const time = londonStamp(at, 'dd/mm/yyyy HH:mm')
  if (taken.takenSlots.has(time)) return `Hootsuite takes one post per time slot, and post ${taken.takenSlots.get(time)} is already at ${time}. Move one of them.`
  if (taken.takenTexts.has(text)) return `Hootsuite refuses the same words twice in one file, and post ${taken.takenTexts.get(text)} has them. Change the words or export it separately.`
  if (taken.rows >= HOOTSUITE_MAX_ROWS) return `Hootsuite takes at most ${HOOTSUITE_MAX_ROWS} posts in one file. Export the rest as a shorter range.`
  return undefined
}

function bufferRefusal(post: ExportPost, at: Date, context: Context): string | undefined {
  const passed = pastRefusal(at, context.now)
  if (passed) return passed
  if (post.imageNotPublic) return "Buffer fetches images from their web address, and this post's image is not public. Make the share card public, or post it by hand."
  if (platformRules[post.platform].imageRequired && !post.imageUrl) return `${platformRules[post.platform].label} posts need an image, and this one has none Buffer can fetch.`
  return undefined
}

/**
 * A post that starts like a spreadsheet formula would have to go out with an apostrophe in front of it, so it
 * is left out of the file with the reason instead: the words would change, or the sheet would run them.
 */
const formulaRefusal = (text: string) =>
  looksLikeFormula(text)
    ? `Its words start with ${startOf(text)}, which a spreadsheet would read as a formula. Start with a word, or schedule it in the tool by hand.`
    : undefined

const startOf = (text: string) => ({ '\t': 'a tab', '\r': 'a line break' })[text.charAt(0)] ?? `"${text.charAt(0)}"`

const pastRefusal = (at: Date, now: Date) => (at.getTime() <= now.getTime() ? 'Its time has passed: scheduling tools take only future times.' : undefined)
