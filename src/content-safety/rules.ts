import data from './rules.json' with { type: 'json' }
import { compileConcepts, compilePattern, type Pattern } from './patterns'
import type { Severity } from './types'

/**
 * How a category behaves around quotes and reassurance. 'stigma': words about people and illness, which drop
 * from block to warn inside a lived-experience quote. 'safe-messaging': suicide and self-harm rules, which
 * never drop. 'plain-english' and 'channel': readability and format.
 */
export type Group = 'stigma' | 'safe-messaging' | 'plain-english' | 'channel'

type SignData = {
  id: string
  patterns: string[]
  unless?: string[]
  unlessInSentence?: string[]
  /** The sign counts only in a sentence where each of these matches too. */
  onlyIf?: string[]
  severity?: Severity
  scope?: 'suicide'
  why?: string
  instead?: string
  /** false: a negation before it does not make it safe ("don't do anything stupid"). */
  negatable?: boolean
  /** A negation inside the match also makes it safe: "thoughts that are not dangerous". */
  negationInside?: boolean
}

type CategoryData = {
  id: string
  title: string
  group: Group
  severity: Severity
  scope?: 'suicide'
  why: string
  instead: string
  source: string
  /** false: naming it to answer it ("you may have been told ..., but") does not clear it. */
  acknowledgeable?: boolean
  /** false: a myth-busting sentence does not clear it. */
  refutable?: boolean
  /** Words that, anywhere in the sentence, answer this category ("extremely rare"). */
  counteredBy?: string[]
  signs: SignData[]
}

export type Sign = Omit<SignData, 'patterns' | 'unless' | 'unlessInSentence' | 'onlyIf'> & {
  patterns: Pattern[]
  unless: Pattern[]
  unlessInSentence: Pattern[]
  onlyIf: Pattern[]
  category: Category
}

export type Category = Omit<CategoryData, 'signs' | 'counteredBy'> & { counteredBy: Pattern[]; signs: Sign[] }

export type Structure = {
  feelingFrames: Pattern[]
  reportedFrames: Pattern[]
  hedges: Pattern[]
  selfReferences: Pattern[]
  refutations: Pattern[]
  alternatives: Pattern[]
  criticisms: Pattern[]
  endorsements: Pattern[]
  mentionCues: Pattern[]
  reassurance: Pattern[]
}

export const concepts = compileConcepts(data.concepts as Record<string, string[]>)
const compileAll = (sources: string[] = []) => sources.map((source) => compilePattern(source, concepts))

export const categories: Category[] = (data.categories as CategoryData[]).map((raw) => {
  const category = { ...raw, counteredBy: compileAll(raw.counteredBy), signs: [] as Sign[] }
  category.signs = raw.signs.map((sign) => ({
    ...sign,
    patterns: compileAll(sign.patterns),
    unless: compileAll(sign.unless),
    unlessInSentence: compileAll(sign.unlessInSentence),
    onlyIf: compileAll(sign.onlyIf),
    category,
  }))
  return category
})

const structureData = data.structure as Record<keyof Omit<Structure, 'reassurance'>, string[]>
export const structure: Structure = {
  feelingFrames: compileAll(structureData.feelingFrames),
  reportedFrames: compileAll(structureData.reportedFrames),
  hedges: compileAll(structureData.hedges),
  selfReferences: compileAll(structureData.selfReferences),
  refutations: compileAll(structureData.refutations),
  alternatives: compileAll(structureData.alternatives),
  criticisms: compileAll(structureData.criticisms),
  endorsements: compileAll(structureData.endorsements),
  mentionCues: compileAll(structureData.mentionCues),
  reassurance: compileAll(['{reassurance}']),
}

export const signs: Sign[] = categories.flatMap((category) => category.signs)
export const signById = new Map(signs.map((sign) => [sign.id, sign]))
export const categoryById = new Map(categories.map((category) => [category.id, category]))

export const rulesVersion: string = data.version

export const suicideTopic = new RegExp(data.suicideTopic, 'iu')
export const mumsOnlyWords = new RegExp(data.mumsOnly, 'iu')
export const allParentsWords = new RegExp(data.allParents, 'iu')
export const allowedConditionNames: string[] = data.allowedConditionNames
