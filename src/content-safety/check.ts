import { retext } from 'retext'
import retextEnglish from 'retext-english'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

import { platformRules, type SocialPlatform } from '../channels/platforms'
import { type LexiconMessageData, retextCampaignLexicon } from './lexicon'
import { readabilityOf, sentencesOf } from './readability'
import { allParentsWords, categoryById, mumsOnlyWords, suicideTopic } from './rules'
import type { CheckContext, CheckResult, Finding, Readability, Severity } from './types'

export const MAX_TEXT_LENGTH = 50_000

/** Text the checker cannot take: empty or too long. The reason is for the person who sent it. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError'
}

/** Checks a piece of campaign copy against the campaign's language, safety, plain-English and channel rules. */
export async function checkText(text: string, context: CheckContext = {}): Promise<CheckResult> {
  if (!text.trim()) throw new ContentCheckError('There is no text to check.')
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ContentCheckError(`The text is ${text.length} characters long; the checker takes up to ${MAX_TEXT_LENGTH}.`)
  }
  const locale = context.locale ?? 'en'
  const suicideContent = Boolean(context.topicFlags?.includes('suicide-or-self-harm')) || suicideTopic.test(text)
  const checks: string[] = []
  const findings: Finding[] = []
  const readability = readabilityOf(text, locale)

  if (locale === 'en') {
    checks.push('stigmatising language', 'safe messaging', 'plain English')
    findings.push(...(await languageFindings(text, suicideContent, context.quotes ?? [])))
    findings.push(...plainEnglishFindings(text, readability))
    // Hope and content notes belong to the piece a person reads through (body, web, email), not to each post.
    if (!context.channel || context.channel === 'web' || context.channel === 'email') {
      findings.push(...wholeItemFindings(text, suicideContent, readability.words))
    }
  } else {
    checks.push('safe messaging (support block only)')
  }
  findings.push(...supportBlockFindings(text, suicideContent, context))
  checks.push('channel rules')
  findings.push(...channelFindings(text, context))

  return {
    findings: sortFindings(withQuotesLowered(findings, context.quotes ?? [])),
    readability,
    checks,
  }
}

const pipeline = retext().use(retextEnglish).use(retextCampaignLexicon).freeze()

async function languageFindings(text: string, suicideContent: boolean, quotes: { start: number; end: number }[]): Promise<Finding[]> {
  const file = await pipeline.process(new VFile({ value: text, data: { campaign: { suicideContent, quotes } } }))
  return file.messages.map((message) => fromRetext(message as VFileMessage & LexiconMessageData, text))
}

function fromRetext(message: VFileMessage & LexiconMessageData, text: string): Finding {
  const start = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0
  const end = message.place && 'end' in message.place ? (message.place.end.offset ?? start) : start
  return {
    rule: String(message.ruleId),
    category: message.category,
    severity: message.severity,
    start,
    end,
    text: text.slice(start, end),
    message: message.reason,
    suggestion: message.expected?.[0] ?? '',
  }
}

function plainEnglishFindings(text: string, score: Readability): Finding[] {
  const findings: Finding[] = []
  for (const sentence of sentencesOf(text)) {
    if (sentence.words > 20) {
      findings.push({
        rule: 'long-sentence',
        category: 'plain-english',
        severity: 'warn',
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        message: `This sentence has ${sentence.words} words; parents read sentences of up to 20 words most easily.`,
        suggestion: 'split it into two sentences',
      })
    }
  }
  let offset = 0
  for (const paragraph of text.split(/\n\s*\n/)) {
    const count = sentencesOf(paragraph).length
    if (count > 3) {
      findings.push({
        rule: 'long-paragraph',
        category: 'plain-english',
        severity: 'info',
        start: offset,
        end: offset + paragraph.length,
        text: paragraph.slice(0, 80),
        message: `This paragraph has ${count} sentences; keep paragraphs to three.`,
        suggestion: 'break it into shorter paragraphs',
      })
    }
    offset += paragraph.length + 2
  }
  // Formulas are noise on short text: they only judge items of about 100 words or more.
  if (score.words >= 100) {
    const whole = { category: 'plain-english', start: 0, end: text.length, text: text.slice(0, 80) }
    if (score.smog > 14 || score.fleschKincaidGrade > 9) {
      findings.push({ rule: 'reading-age', severity: 'block', ...whole, message: `Too hard to read: SMOG ${score.smog}, grade ${score.fleschKincaidGrade} (aim for grade 6 or below).`, suggestion: 'shorter sentences and everyday words' })
    } else if (score.fleschKincaidGrade > 6 || score.smog > 11 || score.fleschReadingEase < 60) {
      findings.push({ rule: 'reading-age', severity: 'warn', ...whole, message: `Harder to read than we aim for: grade ${score.fleschKincaidGrade}, reading ease ${score.fleschReadingEase}.`, suggestion: 'shorter sentences and everyday words' })
    }
  }
  return findings
}

const HOPE = /\b(?:help is (?:there|available|here)|preventable|recover(?:y|s|ed)?|you are not alone|you're not alone|support is (?:there|available)|things can (?:get|feel) better|(?:people|parents) (?:do )?get better|hope)\b/i
const CONTENT_NOTE = /^\s*(?:content note|content warning|this (?:page|story|article|piece) (?:talks about|mentions|includes))/i

/**
 * Safe messaging for a whole item (a body or an article, not a title): it must offer hope and recovery, and a
 * long one must open with a content note.
 */
function wholeItemFindings(text: string, suicideContent: boolean, words: number): Finding[] {
  if (!suicideContent || words < 40) return []
  const findings: Finding[] = []
  const opening = { category: 'safe-messaging', start: 0, end: Math.min(text.length, 80), text: text.slice(0, 80) }
  if (!HOPE.test(text)) {
    findings.push({ rule: 'hope-missing', severity: 'warn', ...opening, message: 'Content about suicide or self-harm should say that help is there and people recover.', suggestion: 'add that suicide is preventable, help is available and people do get better' })
  }
  if (words >= 300 && !CONTENT_NOTE.test(text)) {
    findings.push({ rule: 'content-note-missing', severity: 'warn', ...opening, message: 'A long piece about suicide or self-harm should open with a content note.', suggestion: 'start with "Content note: this story talks about suicide."' })
  }
  return findings
}

function supportBlockFindings(text: string, suicideContent: boolean, context: CheckContext): Finding[] {
  if (!suicideContent || context.supportBlock === true) return []
  const known = context.supportBlock === false
  return [
    {
      rule: 'support-block-missing',
      category: 'safe-messaging',
      severity: known ? 'block' : 'warn',
      start: 0,
      end: Math.min(text.length, 80),
      text: text.slice(0, 80),
      message: known
        ? 'Content about suicide or self-harm must carry the support block: a free 24/7 line, NHS 111 and 999, from the service registry.'
        : 'Content about suicide or self-harm must carry the support block from the service registry; add it in the CMS.',
      suggestion: 'add signposts to the 24/7 helpline, NHS 111 and 999 from the services list',
    },
  ]
}

function channelFindings(text: string, context: CheckContext): Finding[] {
  const findings: Finding[] = []
  const platform = context.channel && context.channel in platformRules ? (context.channel as SocialPlatform) : undefined
  if (platform && text.length > platformRules[platform].maxLength) {
    const limit = platformRules[platform].maxLength
    findings.push({
      rule: 'too-long-for-channel',
      category: 'channel',
      severity: 'block',
      start: limit,
      end: text.length,
      text: text.slice(limit, limit + 80),
      message: `${platformRules[platform].label} posts can be ${limit} characters; this one is ${text.length}.`,
      suggestion: 'shorten the post',
    })
  }
  for (const alt of context.altTexts ?? []) {
    if (!alt?.trim()) {
      findings.push({ rule: 'alt-text-missing', category: 'channel', severity: 'block', start: 0, end: 0, text: '', message: 'An image has no alt text.', suggestion: 'describe what the image shows, or mark it decorative' })
    } else if (/\.(png|jpe?g|webp|gif|svg)$/i.test(alt.trim()) || alt.trim().length < 5 || /^(image|photo|picture|img)\b/i.test(alt.trim())) {
      findings.push({ rule: 'alt-text-meaningless', category: 'channel', severity: 'warn', start: 0, end: 0, text: alt, message: `Alt text "${alt}" does not say what the image shows.`, suggestion: 'describe the image in a short sentence' })
    }
  }
  if (context.audiences?.includes('all-parents') && mumsOnlyWords.test(text) && !allParentsWords.test(text)) {
    const match = text.match(mumsOnlyWords)!
    findings.push({
      rule: 'mums-only',
      category: 'channel',
      severity: 'warn',
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      text: match[0],
      message: 'This message is for all parents but speaks only to mums; dads and co-parents can struggle too.',
      suggestion: 'parents; mums, dads and co-parents',
    })
  }
  return findings
}

/** In a lived-experience quote, labels drop from block to warn; safe-messaging rules never do. */
function withQuotesLowered(findings: Finding[], quotes: { start: number; end: number }[]): Finding[] {
  return findings.map((finding) => {
    const quoted = quotes.some((quote) => finding.start >= quote.start && finding.end <= quote.end)
    const isLabel = categoryById.get(finding.category)?.group === 'stigma'
    return quoted && isLabel && finding.severity === 'block' ? { ...finding, severity: 'warn' as Severity } : finding
  })
}

const severityOrder: Record<Severity, number> = { block: 0, warn: 1, info: 2 }
const sortFindings = (findings: Finding[]) =>
  [...findings].sort((a, b) => a.start - b.start || severityOrder[a.severity] - severityOrder[b.severity])
