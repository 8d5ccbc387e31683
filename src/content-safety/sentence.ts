// One sentence as the detectors see it: its words in order, each with the forms it can take (as written and
// its lemmas, so "snapped", "snapping" and "snaps" are all "snap"), where it sits in the text, and the
// structure around it: clause breaks, contrast ("but", "yet"), negation and quotation marks.
import type { Sentence as NlcstSentence } from 'nlcst'
import lemmatizer from 'wink-lemmatizer'

export type Token = {
  /** As written. */
  text: string
  /** Lower case, with curly apostrophes made straight. */
  lower: string
  /** Everything this word may be matched as: itself and its verb, noun and adjective lemmas. */
  forms: Set<string>
  start: number
  end: number
  /** 0: nothing between this word and the one before; 1: a comma; 2: a strong break (; : — brackets) or the sentence start. */
  breakBefore: 0 | 1 | 2
  /** Inside quotation marks within the sentence. */
  quoted: boolean
  /** Which part of the sentence it is in: a new part starts at a strong break or a contrast word ("but"). */
  segment: number
  /** Which clause it is in, for the reach of a negation: clauses also break at commas and at "who", "because", "if". */
  clause: number
  isNumber: boolean
  isNegator: boolean
  isContrast: boolean
}

export type SentenceView = { start: number; end: number; text: string; tokens: Token[] }

const STRONG = new Set([';', ':', '—', '–', '(', ')', '[', ']', '!', '?', '…'])
const QUOTES = new Set(['“', '”', '"', '«', '»'])
const SINGLE_QUOTES = new Set(["'", '‘', '’'])
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'nowhere', 'rarely', 'seldom', 'hardly', 'barely'])
const CONTRASTS = new Set(['but', 'however', 'although', 'whereas', 'instead'])
// "yet" and "though" only count as contrast after a comma or a break: "not yet" is not a contrast.
const CONTRASTS_AFTER_BREAK = new Set(['yet', 'though'])
// "In fact", "in reality", "in truth": what follows answers what came before.
const IN_TRUTH = new Set(['truth', 'fact', 'reality'])
const ALL_BUT = new Set(['nothing', 'anything', 'all'])
const SUPERLATIVE_AFTER_NOTHING = new Set(['beats', 'beat', 'compares', 'compare', 'like', 'matches', 'tops'])
const OR_SUBJECTS = new Set(['i', 'you', 'she', 'he', 'they', 'we', 'your', 'her', 'his', 'their', 'my', 'our', 'else', 'otherwise', 'someone', 'somebody'])
const CLAUSE_STARTERS = new Set(['who', 'whom', 'whose', 'which', 'because', 'if', 'when', 'while', 'until', 'unless', 'since', 'so', 'and'])
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'dozen', 'dozens', 'half', 'twice',
  'double', 'triple', 'treble', 'score',
])
// Contractions: the clitic's own forms, so "she's a danger" matches "be a danger" and "don't" is a negation.
const CLITICS: Record<string, string[]> = {
  "'s": ["'s", 'be', 'is', 'have', 'has'],
  "'re": ["'re", 'be', 'are'],
  "'ve": ["'ve", 'have'],
  "'ll": ["'ll", 'will'],
  "'d": ["'d", 'would', 'have', 'had'],
  "'m": ["'m", 'be', 'am'],
}
const NEGATED_BASES: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'be' }

const lemmaCache = new Map<string, Set<string>>()

/** A word and its lemmas as a verb, a noun and an adjective: over-generous on purpose, as patterns are specific. */
export function formsOf(word: string): Set<string> {
  const lower = word.toLowerCase()
  let forms = lemmaCache.get(lower)
  if (!forms) {
    forms = new Set([lower])
    if (/^[a-z]+$/.test(lower)) {
      forms.add(lemmatizer.verb(lower))
      forms.add(lemmatizer.noun(lower))
      forms.add(lemmatizer.adjective(lower))
    }
    if (lemmaCache.size > 50_000) lemmaCache.clear()
    lemmaCache.set(lower, forms)
  }
  return forms
}

type Part = { text: string; start: number; forms?: string[] }

/** Splits a written word into the words it stands for: "she's" is "she" + "'s", "self-harmed" is "self" + "harmed". */
function partsOf(written: string, at: number): Part[] {
  const word = written.replace(/[’‘]/g, "'")
  if (/^\d/.test(word)) return [{ text: written, start: at }]
  const negated = /^(.+?)(n't)$/i.exec(word)
  if (negated) {
    const base = negated[1]
    return [
      ...hyphenParts(written.slice(0, base.length), at, NEGATED_BASES[base.toLowerCase()]),
      { text: written.slice(base.length), start: at + base.length, forms: ["n't", 'not'] },
    ]
  }
  const clitic = /^(.+)('(?:s|re|ve|ll|d|m))$/i.exec(word)
  if (clitic) {
    const base = clitic[1]
    return [
      ...hyphenParts(written.slice(0, base.length), at),
      { text: written.slice(base.length), start: at + base.length, forms: CLITICS[clitic[2].toLowerCase()] },
    ]
  }
  const bare = word.replace(/'+$/, '').replace(/^'+/, '')
  const lead = word.length - word.replace(/^'+/, '').length
  return hyphenParts(written.slice(lead, lead + bare.length), at + lead)
}

function hyphenParts(written: string, at: number, alias?: string): Part[] {
  const parts: Part[] = []
  let offset = 0
  for (const piece of written.split(/([-‐‑/])/)) {
    if (piece && !/^[-‐‑/]$/.test(piece)) parts.push({ text: piece, start: at + offset, forms: alias ? [alias] : undefined })
    offset += piece.length
  }
  return parts
}

/** Reads one nlcst sentence of `source` into the view the detectors match against. */
export function viewOf(sentence: NlcstSentence, source: string): SentenceView {
  const start = sentence.position?.start.offset ?? 0
  const end = sentence.position?.end.offset ?? source.length
  const tokens: Token[] = []
  let pendingBreak: 0 | 1 | 2 = 2
  let quoted = false
  let singleQuoted = false
  let previousType = ''
  let segment = 0
  let clause = 0
  for (const child of sentence.children) {
    const from = child.position?.start.offset ?? 0
    const to = child.position?.end.offset ?? from
    const written = source.slice(from, to)
    if (child.type === 'WordNode') {
      for (const part of partsOf(written, from)) {
        const lower = part.text.toLowerCase().replace(/[’‘]/g, "'")
        const forms = new Set([...formsOf(lower), ...(part.forms ?? [])])
        const previous = tokens.at(-1)
        // "Nothing but pride" is all pride: neither a negation nor a contrast.
        const allBut = lower === 'but' && previous !== undefined && ALL_BUT.has(previous.lower) && pendingBreak === 0
        if (allBut) previous.isNegator = false
        // "Nothing beats ...", "nothing compares to ...": a superlative, not a negation.
        if (previous?.lower === 'nothing' && SUPERLATIVE_AFTER_NOTHING.has(lower)) previous.isNegator = false
        const isContrast =
          !allBut && (CONTRASTS.has(lower) || (CONTRASTS_AFTER_BREAK.has(lower) && pendingBreak > 0) || (IN_TRUTH.has(lower) && previous?.lower === 'in'))
        if (pendingBreak === 2 || isContrast) segment += tokens.length > 0 ? 1 : 0
        // "Don't tell anyone, or your son could be taken away": "or" before a new subject starts a new clause.
        const orClause = previous?.lower === 'or' && OR_SUBJECTS.has(lower)
        if (orClause) previous.clause = clause + 1
        if (pendingBreak > 0 || isContrast || CLAUSE_STARTERS.has(lower) || orClause) clause += tokens.length > 0 ? 1 : 0
        tokens.push({
          text: part.text,
          lower,
          forms,
          start: part.start,
          end: part.start + part.text.length,
          breakBefore: pendingBreak,
          quoted: quoted || singleQuoted,
          segment,
          clause,
          isNumber: /^\d/.test(lower) || NUMBER_WORDS.has(lower),
          isNegator: [...forms].some((form) => NEGATORS.has(form)),
          isContrast,
        })
        pendingBreak = 0
      }
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      const mark = written.trim()
      if (QUOTES.has(mark)) quoted = mark === '“' ? true : mark === '”' ? false : !quoted
      else if (SINGLE_QUOTES.has(mark)) {
        // A single quote opens after a space and closes an open one; after a word it is an apostrophe (parents').
        if (singleQuoted && mark !== '‘') singleQuoted = false
        else if (mark === '‘' || previousType !== 'WordNode') singleQuoted = true
      } else if (STRONG.has(mark) || /^[-–—]{1,2}$/.test(mark)) pendingBreak = 2
      else if (mark === ',' && pendingBreak < 1) pendingBreak = 1
    }
    previousType = child.type
  }
  mergeAsides(tokens)
  affirmations(tokens)
  return { start, end, text: source.slice(start, end), tokens }
}

// Negations that affirm what follows: "not uncommon", "no doubt", "there's no denying", "it wouldn't surprise me",
// "not only". The claim after them stands, so they must not make it safe.
const DOUBLE_NEGATIVES = new Set([
  'uncommon', 'unusual', 'unheard', 'unknown', 'unlikely', 'infrequent', 'surprising', 'unexpected', 'impossible', 'unreasonable',
  'doubt', 'doubting', 'question', 'denying', 'deny', 'denied', 'secret', 'surprise', 'surprised', 'coincidence', 'exaggeration',
  'accident', 'forget', 'forgetting', 'underestimate', 'ignore', 'ignoring', 'dispute', 'disputing', 'only', 'wonder', 'getting',
])
const BETWEEN_NEGATION_AND_AFFIRMED = new Set(['be', 'a', 'an', 'the', 'can', 'could', 'would', 'will', 'should', 'do', 'does', 'did', 'that', 'so', 'at', 'all', 'me', 'us', 'anyone', 'i', 'you', 'we'])

// "Nobody tells you that ...", "they never warn you ...": what nobody says is being asserted, not denied.
const UNTOLD = new Set(['tell', 'tells', 'told', 'warn', 'warns', 'warned', 'mention', 'mentions', 'admit', 'admits', 'talk', 'talks', 'say', 'says'])
const UNTOLD_OBJECT = new Set(['you', 'us', 'mums', 'parents', 'dads', 'that', 'about', 'how', 'new'])
const UNTOLD_SUBJECT = new Set(['nobody', 'no-one', 'noone'])

function affirmations(tokens: Token[]) {
  tokens.forEach((token, index) => {
    if (!token.isNegator) return
    const teller = UNTOLD_SUBJECT.has(token.lower) || (token.lower === 'no' && tokens[index + 1]?.lower === 'one') || (token.lower === 'never' && ['they', 'doctors', 'people', 'anyone', 'midwives'].includes(tokens[index - 1]?.lower ?? ''))
    const verb = tokens[index + (tokens[index + 1]?.lower === 'one' ? 2 : 1) + (tokens[index + 2]?.lower === 'ever' ? 1 : 0)]
    if (teller && verb && UNTOLD.has(verb.lower) && UNTOLD_OBJECT.has(tokens[verb === tokens[index + 1] ? index + 2 : index + 3]?.lower ?? '')) {
      token.isNegator = false
      return
    }
    let next = index + 1
    while (next < tokens.length && next - index <= 3 && BETWEEN_NEGATION_AND_AFFIRMED.has(tokens[next].lower)) next += 1
    const word = tokens[next]
    if (!word) return
    // "nothing to worry about" and "not getting better" stay negations; "no getting away from it" does not.
    if (word.lower === 'getting' && tokens[next + 1]?.lower !== 'away') return
    if (word.lower === 'wonder' && token.lower !== 'no') return
    if (word.breakBefore === 0 && DOUBLE_NEGATIVES.has(word.lower)) token.isNegator = false
  })
}

/**
 * "A mental health problem is not, on its own, a reason ...": a short aside between two commas does not end
 * the clause around it, so the negation before it still reaches past it.
 */
function mergeAsides(tokens: Token[]) {
  const starts: number[] = []
  tokens.forEach((token, index) => {
    if (index === 0 || token.clause !== tokens[index - 1].clause) starts.push(index)
  })
  for (let i = 1; i + 1 < starts.length; i += 1) {
    const from = starts[i]
    const next = starts[i + 1]
    const aside = next - from <= 4 && tokens[from].breakBefore === 1 && tokens[next].breakBefore === 1
    const resumes = !tokens[next].isContrast && !CLAUSE_STARTERS.has(tokens[next].lower) && tokens[next].segment === tokens[from - 1].segment
    if (!aside || !resumes) continue
    const clause = tokens[from - 1].clause
    for (let index = from; index < (starts[i + 2] ?? tokens.length); index += 1) tokens[index].clause = clause
  }
}
