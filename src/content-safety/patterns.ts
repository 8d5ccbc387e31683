// A small pattern language over a sentence's words, so rules.json can say what it means once and catch every
// inflection and the usual ways of saying it:
//   take              any form of the word: take, took, taken, taking
//   =mad              exactly this word as written (no lemmas)
//   {baby}            any word or phrase in the concept "baby" from rules.json (baby, babies, newborn, little one ...)
//   #num              a number: 60, thirty, a dozen, twice
//   #neg              a negation: not, n't, never, no, nobody
//   a|b|{c}           any one of these
//   word?             may be left out
//   *  *4             up to 3 (or 4) words of any kind in between, never across a strong break or a "but"
//   a_b               a phrase of two words as one alternative: let_out|released
//   ^                 the start of a clause (the sentence's start, or after a comma or a strong break)
//   $                 the end of a clause, or a small word that follows one ("she went mad after ...")
import type { SentenceView, Token } from './sentence'

type WordMatcher = { exact?: string; form?: string; number?: true; negation?: true }
type Phrase = WordMatcher[]
type Element =
  | { kind: 'words'; phrases: Phrase[]; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'clause-start' }
  | { kind: 'clause-end' }
export type Pattern = { source: string; elements: Element[]; needs: Needs[] }

/** What a required part of a pattern needs to find somewhere in the sentence before trying to match it. */
type Needs = { forms: Set<string>; exact: Set<string>; number: boolean; negation: boolean }
export type Span = { from: number; to: number }
/** A match, and which of its words were stepped over by a gap (a negation there negates the match). */
export type Match = Span & { gapped: number[] }

export type Concepts = Map<string, Phrase[]>

/** Turns the editable concept lists (plain phrases, or another concept in braces) into matchers. */
export function compileConcepts(lists: Record<string, string[]>): Concepts {
  const concepts: Concepts = new Map()
  const expand = (name: string, seen: Set<string>): Phrase[] => {
    if (concepts.has(name)) return concepts.get(name)!
    if (!lists[name]) throw new Error(`rules.json: the concept {${name}} is used but not defined.`)
    if (seen.has(name)) throw new Error(`rules.json: the concept {${name}} includes itself.`)
    const phrases: Phrase[] = []
    for (const entry of lists[name]) {
      // An entry is words and other concepts in a row: "take {poss} own life" is every such phrase.
      let combined: Phrase[] = [[]]
      for (const piece of entry.trim().toLowerCase().split(/\s+/)) {
        const inner = /^\{([\w-]+)\}$/.exec(piece)
        const options = inner ? expand(inner[1], new Set([...seen, name])) : [wordsOf(piece).map(wordMatcher)]
        combined = combined.flatMap((start) => options.map((option) => [...start, ...option]))
      }
      phrases.push(...combined)
    }
    concepts.set(name, phrases)
    return phrases
  }
  for (const name of Object.keys(lists)) expand(name, new Set())
  return concepts
}

/** A pattern word as the words a sentence is split into: "can't" is "can" + "n't", "she's" is "she" + "'s". */
function wordsOf(word: string): string[] {
  const plain = word.replace(/[’‘]/g, "'")
  const exact = plain.startsWith('=') ? '=' : ''
  const bare = exact ? plain.slice(1) : plain
  const negated = /^(.+?)n't$/.exec(bare)
  if (negated) return [exact + (NEGATED_BASES[negated[1]] ?? negated[1]), "n't"]
  const clitic = /^(.+)('(?:s|re|ve|ll|d|m))$/.exec(bare)
  if (clitic) return [exact + clitic[1], clitic[2]]
  return [plain]
}
const NEGATED_BASES: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'be' }

function wordMatcher(word: string): WordMatcher {
  if (word === '#num') return { number: true }
  if (word === '#neg') return { negation: true }
  if (word.startsWith('=')) return { exact: word.slice(1).replace(/’/g, "'") }
  return { form: word.replace(/’/g, "'") }
}

export function compilePattern(source: string, concepts: Concepts): Pattern {
  const elements: Element[] = source
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (part === '^') return { kind: 'clause-start' }
      if (part === '$') return { kind: 'clause-end' }
      const gap = /^\*(\d*)$/.exec(part)
      if (gap) return { kind: 'gap', max: gap[1] ? Number(gap[1]) : 3 }
      const optional = part.endsWith('?') && part.length > 1
      const body = optional ? part.slice(0, -1) : part
      const phrases = body.split('|').flatMap((alternative) => alternativePhrases(alternative, source, concepts))
      return { kind: 'words', phrases, optional }
    })
  return { source, elements, needs: elements.flatMap((element) => (element.kind === 'words' && !element.optional ? [needsOf(element.phrases)] : [])) }
}

function needsOf(phrases: Phrase[]): Needs {
  const needs: Needs = { forms: new Set(), exact: new Set(), number: false, negation: false }
  for (const [first] of phrases) {
    if (!first) continue
    if (first.number) needs.number = true
    else if (first.negation) needs.negation = true
    else if (first.exact !== undefined) needs.exact.add(first.exact)
    else needs.forms.add(first.form!)
  }
  return needs
}

type SentenceWords = { forms: Set<string>; lower: Set<string>; number: boolean; negation: boolean }
const wordsCache = new WeakMap<SentenceView, SentenceWords>()

function sentenceWords(view: SentenceView): SentenceWords {
  let words = wordsCache.get(view)
  if (!words) {
    words = { forms: new Set(), lower: new Set(), number: false, negation: false }
    for (const token of view.tokens) {
      for (const form of token.forms) words.forms.add(form)
      words.lower.add(token.lower)
      words.number ||= token.isNumber
      words.negation ||= token.isNegator
    }
    wordsCache.set(view, words)
  }
  return words
}

const someIn = (wanted: Set<string>, present: Set<string>) => {
  for (const word of wanted) if (present.has(word)) return true
  return false
}

/** A quick test that every required part of the pattern has a word to match somewhere in the sentence. */
function mayMatch(pattern: Pattern, view: SentenceView): boolean {
  const words = sentenceWords(view)
  return pattern.needs.every(
    (needs) => (needs.number && words.number) || (needs.negation && words.negation) || someIn(needs.exact, words.lower) || someIn(needs.forms, words.forms),
  )
}

/** One alternative as phrases: a word, a concept, or words and concepts joined by '_' (every combination). */
function alternativePhrases(alternative: string, source: string, concepts: Concepts): Phrase[] {
  let phrases: Phrase[] = [[]]
  for (const piece of alternative.split('_')) {
    const concept = /^\{([\w-]+)\}$/.exec(piece)
    let options: Phrase[]
    if (concept) {
      const found = concepts.get(concept[1])
      if (!found) throw new Error(`rules.json: the pattern "${source}" uses {${concept[1]}}, which is not a concept.`)
      options = found
    } else options = [wordsOf(piece.toLowerCase()).map(wordMatcher)]
    phrases = phrases.flatMap((start) => options.map((option) => [...start, ...option]))
  }
  return phrases
}

// Words that can follow a predicate without being its noun: "she went mad after the birth", "mad since".
const AFTER_A_CLAUSE = new Set([
  'after', 'since', 'when', 'with', 'and', 'because', 'in', 'at', 'on', 'over', 'from', 'by', 'or', 'but', 'now', 'again',
  'too', 'then', 'if', 'as', 'before', 'during', 'while', 'until', 'for', 'today', 'yesterday', 'sometimes', 'lately',
  'recently', 'completely', 'totally', 'really', 'to', 'ever',
])

const matchesWord = (matcher: WordMatcher, token: Token) =>
  matcher.number ? token.isNumber : matcher.negation ? token.isNegator : matcher.exact !== undefined ? token.lower === matcher.exact : token.forms.has(matcher.form!)

/** Can the words run on from `previous` to `next` with nothing in between? */
const adjacent = (tokens: Token[], next: number) => tokens[next].breakBefore === 0

/** Can a gap step over the word at `index`, or stop in front of it? Never across a strong break or a "but". */
const gapMayReach = (tokens: Token[], index: number) => tokens[index].breakBefore < 2 && !tokens[index].isContrast

function phraseEnd(phrase: Phrase, tokens: Token[], at: number, needsAdjacent: boolean): number {
  if (at + phrase.length > tokens.length) return -1
  for (let offset = 0; offset < phrase.length; offset += 1) {
    const index = at + offset
    if ((offset > 0 || needsAdjacent) && !adjacent(tokens, index)) return -1
    if (!matchesWord(phrase[offset], tokens[index])) return -1
  }
  return at + phrase.length
}

function matchFrom(elements: Element[], element: number, tokens: Token[], at: number, first: boolean, gapped: number[]): number {
  if (element === elements.length) return at
  const current = elements[element]
  if (current.kind === 'clause-end') {
    const ends = at === tokens.length || tokens[at].breakBefore > 0 || tokens[at].isContrast || AFTER_A_CLAUSE.has(tokens[at].lower)
    return ends ? matchFrom(elements, element + 1, tokens, at, true, gapped) : -1
  }
  if (current.kind === 'clause-start') {
    return at === 0 || (at < tokens.length && tokens[at].breakBefore > 0) ? matchFrom(elements, element + 1, tokens, at, true, gapped) : -1
  }
  if (current.kind === 'gap') {
    for (let skip = 0; skip <= current.max; skip += 1) {
      const next = at + skip
      if (next > tokens.length) break
      if (skip > 0 && !gapMayReach(tokens, next - 1)) break
      if (next < tokens.length && skip > 0 && !gapMayReach(tokens, next)) break
      const depth = gapped.length
      for (let index = at; index < next; index += 1) gapped.push(index)
      const end = matchFrom(elements, element + 1, tokens, next, true, gapped)
      if (end >= 0) return end
      gapped.length = depth
    }
    return -1
  }
  if (at < tokens.length) {
    for (const phrase of current.phrases) {
      const end = phraseEnd(phrase, tokens, at, !first)
      if (end < 0) continue
      const rest = matchFrom(elements, element + 1, tokens, end, false, gapped)
      if (rest >= 0) return rest
    }
  }
  if (current.optional) return matchFrom(elements, element + 1, tokens, at, first, gapped)
  return -1
}

/** Every place the pattern matches in the sentence, as word spans (to is exclusive), left to right, not overlapping. */
export function matchAll(pattern: Pattern, view: SentenceView): Match[] {
  const matches: Match[] = []
  if (!mayMatch(pattern, view)) return matches
  const { tokens } = view
  for (let from = 0; from < tokens.length; from += 1) {
    const gapped: number[] = []
    const to = matchFrom(pattern.elements, 0, tokens, from, true, gapped)
    if (to > from) {
      matches.push({ from, to, gapped })
      from = to - 1
    }
  }
  return matches
}
