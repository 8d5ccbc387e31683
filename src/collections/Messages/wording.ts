import { idOf } from '@/domain/ids'
import { plainTextOf, readerShapeOf } from '@/domain/richText'
import { fingerprint } from '@/workflow/wording'
import type { MessageSource } from '@/channels'

/** The parts of a message a reviewer signs off, in one locale: everything a reader sees in that language. */
export type Wording = {
  title?: string | null
  keyMessage?: string | null
  body?: unknown
  signposts?: { service?: unknown; urgency?: string | null; when?: string | null }[] | null
  renditions?: unknown
}

/** What a reader sees that is the same in every language. */
export type SharedFacts = {
  sources?: { title?: string | null; supports?: string | null; url?: string | null }[] | null
  reviewBy?: string | null
  themes?: unknown[] | null
  topicFlags?: string[] | null
  audiences?: string[] | null
}

export type Prints = Record<string, string>

/**
 * The words of one locale (plain text): whether a translation was made from the current English. Links and
 * pictures do not make a translation out of date; for approval, `approvalPrints` covers them.
 */
export function wordingPrint(doc: Wording): string {
  return fingerprint({
    title: doc.title,
    keyMessage: doc.keyMessage,
    body: plainTextOf(doc.body),
    signposts: signpostsOf(doc),
    renditions: withoutBookkeeping(doc.renditions),
  })
}

/** The core words every rendition derives from; when these change, renditions written earlier may no longer fit. */
export function corePrint(doc: Wording): string {
  return fingerprint({ title: doc.title, keyMessage: doc.keyMessage, body: plainTextOf(doc.body) })
}

// Approval prints carry this mark; prints stored by earlier versions (plain words only) do not.
const READER_PRINT = 'r1:'
const SHARED = 'shared'

/** Everything a reader sees in one language: words with their emphasis, link addresses, pictures, signposts, renditions. */
export function readerPrint(doc: Wording): string {
  return (
    READER_PRINT +
    fingerprint({
      title: doc.title,
      keyMessage: doc.keyMessage,
      body: readerShapeOf(doc.body),
      signposts: (doc.signposts ?? []).map((signpost) => ({ service: idText(signpost.service), urgency: signpost.urgency, when: signpost.when })),
      renditions: renditionsOf(doc.renditions),
    })
  )
}

/** What readers see in every language alike: the sources, the review date, themes, sensitive topics and audiences. */
export function sharedPrint(doc: SharedFacts): string {
  return READER_PRINT + fingerprint({
    sources: (doc.sources ?? []).map(({ title, supports, url }) => ({ title, supports, url })),
    reviewBy: doc.reviewBy ? new Date(doc.reviewBy).toISOString() : null,
    themes: (doc.themes ?? []).map(idText).sort(),
    topicFlags: [...(doc.topicFlags ?? [])].sort(),
    audiences: [...(doc.audiences ?? [])].sort(),
  })
}

/**
 * The prints an approval records, and the ones every later check (a publisher's, the publishing job's)
 * compares with it: one per language that has words, and one for what all languages share.
 */
export function approvalPrints(perLocale: Record<string, Wording>, shared: SharedFacts): Prints {
  const prints: Prints = { [SHARED]: sharedPrint(shared) }
  for (const [locale, doc] of Object.entries(perLocale)) if (doc.title || doc.keyMessage) prints[locale] = readerPrint(doc)
  return prints
}

/**
 * Does the message still show readers what was approved? An approval made before prints covered links and
 * pictures holds the plain-words prints of its day; it is compared the way it was made.
 */
export function stillApproved(approved: Prints | null | undefined, now: Prints, wordsNow: Prints): boolean {
  const entries = Object.entries(approved ?? {})
  if (entries.length === 0) return false
  const madeBefore = !entries.some(([, print]) => print.startsWith(READER_PRINT))
  if (madeBefore) return Object.entries(wordsNow).every(([locale, print]) => approved![locale] === print)
  const locales = new Set([...Object.keys(approved!), ...Object.keys(now)])
  return [...locales].every((locale) => approved![locale] === now[locale])
}

export function sourceOf(doc: Wording): MessageSource {
  return {
    title: doc.title ?? '',
    keyMessage: doc.keyMessage ?? '',
    paragraphs: plainTextOf(doc.body).split('\n').filter(Boolean),
  }
}

/** A related record's id as text: the same whether it arrived as a number, a string or the record itself. */
const idText = (value: unknown) => (idOf(value) === undefined ? null : String(idOf(value)))

const signpostsOf = (doc: Wording) =>
  (doc.signposts ?? []).map((signpost) => ({ service: idOf(signpost.service), urgency: signpost.urgency, when: signpost.when }))

function withoutBookkeeping(renditions: unknown): unknown {
  if (!renditions || typeof renditions !== 'object') return renditions
  const { basedOn: _basedOn, stale: _stale, confirmCurrent: _confirm, ...words } = renditions as Record<string, unknown>
  return words
}

type Renditions = {
  webSummary?: string | null
  emailBlock?: string | null
  social?: { platform?: string | null; text?: string | null; hashtags?: string[] | null; image?: unknown; imageAlt?: string | null }[] | null
  poster?: { headline?: string | null; strapline?: string | null } | null
  oneMinuteConversation?: { point?: string | null }[] | null
}

/** Every channel's rendition, with pictures as the record they point at however they arrive. */
function renditionsOf(value: unknown) {
  const renditions = (value ?? {}) as Renditions
  return {
    webSummary: renditions.webSummary,
    emailBlock: renditions.emailBlock,
    social: (renditions.social ?? []).map(({ platform, text, hashtags, image, imageAlt }) => ({ platform, text, hashtags, image: idText(image), imageAlt })),
    poster: { headline: renditions.poster?.headline, strapline: renditions.poster?.strapline },
    oneMinuteConversation: (renditions.oneMinuteConversation ?? []).map(({ point }) => ({ point })),
  }
}
