import type { Root, Sentence } from 'nlcst'
import type { Plugin } from 'unified'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

import { type Rule, rules } from './rules'

const NEGATION = /\b(?:not|never|no|isn't|aren't|don't|doesn't|didn't|won't|can't|cannot|wasn't|weren't|nothing)\b|n't\b/i

export type LexiconOptions = { suicideContent: boolean }

/**
 * The campaign's own retext plugin: applies the perinatal rules from rules.json within each sentence that
 * retext found, and reports each match as a message with the rule's id and exact place.
 */
export const retextCampaignLexicon: Plugin<[LexiconOptions], Root> = (options) => {
  const active = rules
    .filter((rule) => rule.scope !== 'suicide' || options.suicideContent)
    .map((rule) => ({ rule, pattern: new RegExp(rule.pattern, 'giu') }))
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      const from = sentence.position?.start.offset ?? 0
      const to = sentence.position?.end.offset ?? source.length
      const text = source.slice(from, to)
      for (const { rule, pattern } of active) {
        pattern.lastIndex = 0
        for (const match of text.matchAll(pattern)) {
          const start = from + (match.index ?? 0)
          if (rule.negatable && (negated(text.slice(0, match.index)) || (rule.negationInside && NEGATION.test(match[0])))) continue
          report(file, rule, start, start + match[0].length)
        }
      }
    })
  }
}

/** Reassurance is not a label: "you are not a bad parent", "thoughts that are not dangerous". */
function negated(before: string): boolean {
  const lastWords = before.split(/\s+/).slice(-6).join(' ')
  return NEGATION.test(lastWords)
}

function report(file: VFile, rule: Rule, start: number, end: number) {
  const message = file.message(rule.why, {
    place: { start: offsetPoint(start), end: offsetPoint(end) },
    ruleId: rule.id,
    source: 'campaign-lexicon',
  })
  message.expected = [rule.instead]
  message.actual = String(file.value).slice(start, end)
}

const offsetPoint = (offset: number) => ({ line: 1, column: offset + 1, offset })
