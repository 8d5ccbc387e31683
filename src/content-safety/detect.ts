// The category detectors: each category's signs are matched over a sentence's words, and then the sentence's
// structure decides what a match means. A negation in front ("you are not a bad parent") or a myth being
// corrected clears it; a phrase quoted in order to correct it ('calling it "just the baby blues"') clears it;
// a feeling or someone else's view that the sentence goes on to answer ("you might feel like a bad mum, but
// ...") clears it, unless the sentence endorses the view ("and rightly so"); a feeling the reader may have,
// named without an answer, is at most a warning.
import { type Match, matchAll, type Pattern, type Span } from './patterns'
import { categories, type Category, type Sign, structure } from './rules'
import type { SentenceView } from './sentence'
import type { Severity } from './types'

export type Hit = { sign: Sign; category: Category; from: number; to: number; severity: Severity; start: number; end: number }

export type DetectOptions = {
  suicideContent: boolean
  /** Character spans the author marked as a lived-experience quote. */
  quotes?: { start: number; end: number }[]
}

/** How far back a negation reaches, in words, within its clause. */
const NEGATION_REACH = 12
/** A phrase in quotation marks is being talked about, not used, when a cue such as "calling" comes this close before it. */
const MENTION_REACH = 5

type SentenceFacts = {
  /** The parts of the sentence (segments) that say a myth is a myth. */
  refuted: Set<number>
  /** "Rather than", "instead of", "far from": they set aside only what follows them in their clause. */
  alternatives: Span[]
  criticisms: Span[]
  endorsements: Span[]
  feelingFrames: Span[]
  reportedFrames: Span[]
  hedges: Span[]
  selfReferences: Span[]
  mentionCues: Span[]
  reassurance: Span[]
}

const spansOf = (patterns: Pattern[], view: SentenceView) => patterns.flatMap((pattern) => matchAll(pattern, view))
const overlaps = (a: Span, b: Span) => a.from < b.to && b.from < a.to

function factsOf(view: SentenceView): SentenceFacts {
  return {
    refuted: new Set(spansOf(structure.refutations, view).map((span) => view.tokens[span.from].segment)),
    alternatives: spansOf(structure.alternatives, view),
    criticisms: spansOf(structure.criticisms, view),
    endorsements: spansOf(structure.endorsements, view),
    feelingFrames: spansOf(structure.feelingFrames, view),
    reportedFrames: spansOf(structure.reportedFrames, view),
    hedges: spansOf(structure.hedges, view),
    selfReferences: spansOf(structure.selfReferences, view),
    mentionCues: spansOf(structure.mentionCues, view),
    reassurance: spansOf(structure.reassurance, view),
  }
}

/** Every finding of every category in one sentence; within a category, the first sign to match some words keeps them. */
export function detect(view: SentenceView, options: DetectOptions): Hit[] {
  if (view.tokens.length === 0) return []
  const facts = factsOf(view)
  const hits: Hit[] = []
  for (const category of categories) {
    if (category.scope === 'suicide' && !options.suicideContent) continue
    const counters = spansOf(category.counteredBy, view)
    const kept: Hit[] = []
    for (const sign of category.signs) {
      if (sign.scope === 'suicide' && !options.suicideContent) continue
      if (!sign.onlyIf.every((pattern) => matchAll(pattern, view).length > 0)) continue
      const exceptions = spansOf(sign.unless, view)
      const sentenceExceptions = spansOf(sign.unlessInSentence, view)
      for (const span of spansOf(sign.patterns, view)) {
        if (exceptions.some((exception) => overlaps(exception, span))) continue
        // "Not uncommon", "not rare": a counter that is itself denied answers nothing.
        if (counters.some((counter) => answers(view, counter, span) && !DENIALS.has(view.tokens[counter.from - 1]?.lower))) continue
        // "She found peace with the help of her team" is about recovery; "she is at peace now; if you need help,
        // call ..." is not: an exception elsewhere in the sentence counts only in the same part of it.
        if (sentenceExceptions.some((exception) => samePart(view, exception, span) && answers(view, exception, span))) continue
        if (kept.some((hit) => overlaps(hit, span))) continue
        const severity = judge(view, facts, sign, span, inQuote(view, span, options))
        if (!severity) continue
        kept.push({ sign, category, from: span.from, to: span.to, severity, start: view.tokens[span.from].start, end: view.tokens[span.to - 1].end })
      }
    }
    hits.push(...kept)
  }
  return hits
}

/**
 * Words elsewhere in the sentence that answer a match ("extremely rare", "with help") answer it unless they come
 * first and a "but" turns the sentence against them: "It's rare, but mothers with psychosis do harm their babies".
 */
function answers(view: SentenceView, exception: Span, span: Span): boolean {
  if (exception.to > span.from) return true
  return !view.tokens.slice(exception.to, span.from + 1).some((token) => token.isContrast)
}

const samePart = (view: SentenceView, a: Span, b: Span) => view.tokens[a.from].segment === view.tokens[b.from].segment

/** "Rather than see a GP, she should pull herself together": the alternative sets aside what follows it, in its clause, only. */
function setAside(view: SentenceView, alternative: Span, span: Span): boolean {
  const { tokens } = view
  if (alternative.to > span.from) return false
  return tokens.slice(alternative.to, span.from + 1).every((token, index) => index === 0 || token.breakBefore === 0)
}

/** What the sentence makes of a match: its severity, or undefined when the sentence answers it. */
function judge(view: SentenceView, facts: SentenceFacts, sign: Sign, span: Match, quoted: boolean): Severity | undefined {
  const { category } = sign
  const severity = sign.severity ?? category.severity
  if (sign.negatable !== false && negated(view, span, sign.negationInside === true)) return undefined
  // "It's a myth that ...; this is extremely rare" corrects its own part of the sentence, not a later one.
  if (category.refutable !== false && facts.refuted.has(view.tokens[span.from].segment)) return undefined
  if (category.refutable !== false && facts.alternatives.some((alternative) => setAside(view, alternative, span))) return undefined
  if (category.acknowledgeable === false) return severity
  if (mentioned(view, facts, span)) return undefined
  const endorsed = facts.endorsements.some((endorsement) => endorsement.from >= span.from)
  if (endorsed) return severity
  const frame = frameBefore(view, facts, span)
  // Whose view is it? The reader's or the speaker's own feeling ("you may feel", "I thought I was", "she felt she
  // was") is answered by any reassurance after it; a view of someone else ("her husband thinks she is a danger")
  // is answered only by a turn against it, not by whatever the story says next ("... and he won't leave them alone").
  // "You'd think she was deranged" is the writer's view dressed as the reader's.
  const rhetorical = frame !== undefined && WOULD.has(view.tokens[frame.span.from - 1]?.lower) && view.tokens[frame.span.from - 2]?.lower === 'you'
  const own = frame !== undefined && !rhetorical && (hedged(view, facts, frame.span, span) || (frame.kind === 'feeling' && aboutOneself(view, frame.span)))
  // 'Headlines that call mothers "monsters" are wrong': a view or a word held up in order to criticise it. The
  // criticism is of the view, so it comes before the view is reported or after it, not inside it ("say the wrong
  // thing and ...").
  const criticised = facts.criticisms.some((criticism) => criticism.from >= span.to || !frame || criticism.to <= frame.span.from)
  if (((frame && !own) || quotedPhrase(view, span)) && criticised) return undefined
  // "People may call it the baby blues, and it's not.": a bare denial ends the sentence.
  if (deniedAtEnd(view, span)) return undefined
  if (!frame) return severity
  if (answeredAfter(view, facts, span, own)) return undefined
  // A parent's own account of how they felt, in their own quoted words, is not a label; slurs stay a warning
  // in a quote, as the guide asks.
  if (frame.kind === 'feeling' && own && quoted && category.group === 'stigma' && category.id !== 'derogatory-label') return undefined
  if (frame.kind === 'feeling' && hedged(view, facts, frame.span, span)) {
    // "Lots of parents worry that asking for help could mean losing their baby": naming a common fear is the
    // campaign's own voice, not a label or a threat.
    if (isWorry(view, frame.span) && category.group === 'stigma' && category.id !== 'derogatory-label') return undefined
    // A feeling the reader may have, named without an answer, is at most a warning: it is a sign, not a label.
    if (category.group === 'stigma' && severity === 'block') return 'warn'
  }
  return severity
}

/**
 * "You are not a bad parent", "nobody will take your baby away": a negation shortly before, in the same clause.
 * "Thoughts that are not dangerous": a negation in the words a pattern stepped over. A sign whose own words
 * are a negation ("not a real dad") is not undone by another one before it.
 */
function negated(view: SentenceView, span: Match, inside: boolean): boolean {
  const { tokens } = view
  if (span.gapped.some((index) => tokens[index].isNegator && !endsInRelativeClause(view, index, span.to))) return true
  const own = tokens.slice(span.from, span.to).some((token) => token.isNegator)
  if (own) return inside
  const clause = tokens[span.from].clause
  for (let index = span.from - 1; index >= Math.max(0, span.from - NEGATION_REACH); index -= 1) {
    if (tokens[index].clause !== clause) break
    if (tokens[index].isNegator) return !endsInRelativeClause(view, index, span.from) && !endsAtMainVerb(view, index, span.from)
  }
  return false
}

const DENIALS = new Set(['not', "n't", 'never', 'no'])
const WOULD = new Set(["'d", 'would'])
// "Any sign you're not coping gets reported": the verb after a clause used as a subject.
const MAIN_VERBS = new Set(['gets', 'got', 'lands', 'landed', 'ends', 'ended', 'puts', 'leads', 'led'])
const FINITE_BE = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'am', "'m"])
// Verbs whose negation reaches into the clause after them: "does not mean you are a bad parent".
const REACHING = new Set(['mean', 'make', 'say', 'prove', 'show', 'suggest', 'imply', 'think', 'believe', 'feel', 'turn', 'change', 'sign', 'proof', 'evidence', 'reason', 'that'])

/** "Admitting you're not coping is the fastest way to ...": the negation stays in the subject, before "is". */
function endsAtMainVerb(view: SentenceView, negation: number, hit: number): boolean {
  const between = view.tokens.slice(negation + 1, hit)
  const be = between.findIndex((token, index) => index > 0 && (FINITE_BE.has(token.lower) || MAIN_VERBS.has(token.lower)))
  if (be < 0) return false
  return !between.slice(0, be).some((token) => [...token.forms].some((form) => REACHING.has(form)))
}

const RELATIVE = new Set(['who', 'which', 'whom', 'whose'])
const BE = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'be', 'been'])

/** "A man who can't cope ... is not a real dad": the negation belongs to the "who" clause, which ends at "is". */
function endsInRelativeClause(view: SentenceView, negation: number, hit: number): boolean {
  const { tokens } = view
  let first = negation
  while (first > 0 && tokens[first - 1].clause === tokens[negation].clause) first -= 1
  if (!RELATIVE.has(tokens[first].lower)) return false
  return tokens.slice(negation + 1, hit).some((token) => BE.has(token.lower))
}

function inQuote(view: SentenceView, span: Span, options: DetectOptions): boolean {
  const start = view.tokens[span.from].start
  const end = view.tokens[span.to - 1].end
  return (options.quotes ?? []).some((quote) => start >= quote.start && end <= quote.end)
}

/** 'Calling postnatal depression "just the baby blues" can stop parents getting help': the phrase is quoted to correct it. */
function mentioned(view: SentenceView, facts: SentenceFacts, span: Span): boolean {
  if (!quotedPhrase(view, span)) return false
  let opening = span.from
  while (opening > 0 && view.tokens[opening - 1].quoted) opening -= 1
  if (facts.mentionCues.some((cue) => cue.to <= opening && opening - cue.to <= MENTION_REACH)) return true
  return deniedAfter(view, span)
}

/** "'Man up' is not advice": the quoted phrase is the subject of a denial. */
function deniedAfter(view: SentenceView, span: Span): boolean {
  let closing = span.to
  while (closing < view.tokens.length && view.tokens[closing].quoted) closing += 1
  const [verb, next] = [view.tokens[closing], view.tokens[closing + 1]]
  return verb !== undefined && next !== undefined && (FINITE_BE.has(verb.lower) || verb.forms.has('be')) && next.isNegator
}

/** A word or phrase in quotation marks, short enough to be held up rather than someone's whole quoted words. */
function quotedPhrase(view: SentenceView, span: Span): boolean {
  const { tokens } = view
  if (!tokens.slice(span.from, span.to).every((token) => token.quoted)) return false
  let opening = span.from
  while (opening > 0 && tokens[opening - 1].quoted) opening -= 1
  let closing = span.to
  while (closing < tokens.length && tokens[closing].quoted) closing += 1
  return closing - opening <= 8
}

type Frame = { kind: 'feeling' | 'reported'; span: Span }

/** A feeling ("you might feel", "I worried") or someone else's view ("she was told", "friends may say") leading up to the match. */
function frameBefore(view: SentenceView, facts: SentenceFacts, span: Span): Frame | undefined {
  const segment = view.tokens[span.from].segment
  // "If they think you can't cope, they'll take the kids": a frame inside an "if" clause does not reach past its comma.
  const before = (frame: Span) =>
    frame.to <= span.from &&
    view.tokens[frame.from].segment === segment &&
    (view.tokens.slice(frame.to, span.from + 1).every((token) => token.breakBefore === 0) || !conditional(view, frame.from))
  const feeling = facts.feelingFrames.find(before)
  if (feeling) return { kind: 'feeling', span: feeling }
  const reported = facts.reportedFrames.find(before)
  if (reported) return { kind: 'reported', span: reported }
  // A sign that starts with its own reporting verb ("calling it the baby blues") reports a view too.
  const opening = facts.reportedFrames.find((frame) => frame.from === span.from && frame.to < span.to)
  if (opening) return { kind: 'reported', span: opening }
  return undefined
}

const SUBORDINATORS = new Set(['if', 'when', 'because', 'since', 'while', 'unless', 'as', 'once'])

/** Is the word at `index` in a clause that opens with "if", "when", "because" ...? */
function conditional(view: SentenceView, index: number): boolean {
  const { tokens } = view
  let first = index
  while (first > 0 && tokens[first].breakBefore === 0) first -= 1
  return tokens.slice(first, index).some((token) => SUBORDINATORS.has(token.lower))
}

/**
 * After the match, a later clause answers it: "but ...", "; that feeling is a symptom, not the truth", "you're
 * not". Someone else's view needs a turn against it: a "but", or a new part of the sentence after a strong break.
 */
function answeredAfter(view: SentenceView, facts: SentenceFacts, span: Span, own: boolean): boolean {
  const { tokens } = view
  let laterClause = false
  let turned = own
  for (let index = span.to; index < tokens.length; index += 1) {
    const token = tokens[index]
    if (token.breakBefore > 0 || token.isContrast) laterClause = true
    if (token.breakBefore === 2 || token.isContrast) turned = true
    if (!laterClause) continue
    if (token.isContrast) return true
    if (!turned) continue
    if (token.isNegator) return true
    if (facts.reassurance.some((reassurance) => reassurance.from === index)) return true
  }
  return false
}

/** "..., and it's not.", "..., and that isn't true.": a short clause at the end that denies what came before. */
function deniedAtEnd(view: SentenceView, span: Span): boolean {
  const { tokens } = view
  let negation = tokens.length - 1
  while (negation >= 0 && !tokens[negation].isNegator) negation -= 1
  if (negation < span.to || !tokens[negation - 1]?.forms.has('be')) return false
  const after = tokens.slice(negation + 1).map((token) => token.lower)
  if (after.length > 0 && !DENIAL_ENDS.has(after.join(' '))) return false
  let first = negation
  while (first > span.to && tokens[first].breakBefore === 0 && !tokens[first].isContrast) first -= 1
  return first > span.to - 1 && negation - first <= 3 && tokens[first].breakBefore > 0
}
const DENIAL_ENDS = new Set(['true', 'so', 'the case', 'right', 'fair', 'at all', 'true at all', 'the truth', 'correct', 'accurate'])

const GENDER: Record<string, string> = {
  she: 'she', her: 'she', herself: 'she', mum: 'she', mother: 'she', wife: 'she', woman: 'she', sister: 'she', daughter: 'she', girl: 'she',
  he: 'he', him: 'he', his: 'he', himself: 'he', dad: 'he', father: 'he', husband: 'he', man: 'he', brother: 'he', son: 'he', boy: 'he',
  i: 'i', me: 'i', my: 'i', myself: 'i', you: 'you', your: 'you', yourself: 'you', we: 'we', us: 'we', our: 'we',
  they: 'they', them: 'they', their: 'they', themselves: 'they',
}
// Subjects, and nouns that name who they are; possessives ("her husband") are not the holder.
const HOLDERS = new Set(['i', 'you', 'she', 'he', 'we', 'they', 'mum', 'mother', 'wife', 'woman', 'sister', 'daughter', 'girl', 'dad', 'father', 'husband', 'man', 'brother', 'son', 'boy'])
const AFTER_FRAME = new Set(['that', 'like', 'as', 'if', 'though'])

/** "She felt she was a bad mum", "I thought I was going mad": the feeling is the reader's, the writer's, or about the one who feels it. */
function aboutOneself(view: SentenceView, frame: Span): boolean {
  const { tokens } = view
  // Who holds it: the nearest subject before the frame in its part of the sentence ("I cried for weeks and
  // thought ...", "her husband thinks ..." is the husband, not her).
  let before = frame.from - 1
  const segment = tokens[frame.from].segment
  while (before >= 0 && frame.from - before <= 12 && tokens[before].segment === segment && !HOLDERS.has(tokens[before].lower)) before -= 1
  let after = frame.to
  while (after < tokens.length && AFTER_FRAME.has(tokens[after].lower) && !GENDER[tokens[after].lower]) after += 1
  const holder = before >= 0 && tokens[before].segment === segment ? GENDER[tokens[before].lower] : undefined
  const subject = after < tokens.length ? GENDER[tokens[after].lower] : undefined
  // The reader's or the writer's own feeling ("if you feel there is no way out") is theirs whatever it is about.
  return holder !== undefined && (holder === subject || holder === 'you' || holder === 'i' || holder === 'we')
}

const WORRIES = new Set(['worry', 'worried', 'fear', 'afraid', 'scared', 'frightened', 'terrified', 'panic', 'anxious', 'concerned'])
const isWorry = (view: SentenceView, frame: Span) => view.tokens.slice(frame.from, frame.to).some((token) => [...token.forms].some((form) => WORRIES.has(form)))

/** "You may feel", "I felt like I was ...": the feeling is the reader's or the speaker's own, hedged, about themselves. */
function hedged(view: SentenceView, facts: SentenceFacts, frame: Span, span: Span): boolean {
  const clause = view.tokens[frame.from].clause
  const hedge = facts.hedges.some((candidate) => candidate.to <= frame.from && frame.from - candidate.to <= 3 && view.tokens[candidate.from].clause <= clause)
  const segment = view.tokens[span.from].segment
  const aboutThemselves = facts.selfReferences.some((reference) => reference.from >= frame.to && view.tokens[reference.from].segment === segment)
  // "Worried asking for help could mean losing your baby?": a fear put to the reader as a question.
  const asked = view.text.trimEnd().endsWith('?') && frame.from === 0
  return (hedge && aboutThemselves) || asked
}
