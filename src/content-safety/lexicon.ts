import type { Root, Sentence } from 'nlcst'
import type { Plugin } from 'unified'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

import { detect, type Hit } from './detect'
import { viewOf } from './sentence'
import type { Severity } from './types'

/** What the lexicon needs to know about the text, passed on the file as `file.data.campaign`. */
export type LexiconOptions = { suicideContent: boolean; quotes?: { start: number; end: number }[] }

declare module 'vfile' {
  interface DataMap {
    campaign: LexiconOptions
  }
}

/** What the campaign lexicon adds to a retext message: the category and the severity the sentence gave it. */
export type LexiconMessageData = { category: string; severity: Severity }

/**
 * The campaign's own retext plugin: runs every category's detector over each sentence retext found, and
 * reports each finding as a message with its sign's id, its category and its exact place.
 */
export const retextCampaignLexicon: Plugin<[], Root> = () => {
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    const options = file.data.campaign ?? { suicideContent: false }
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      for (const hit of detect(viewOf(sentence, source), options)) report(file, hit)
    })
  }
}

function report(file: VFile, hit: Hit) {
  const message = file.message(hit.sign.why ?? hit.category.why, {
    place: { start: offsetPoint(hit.start), end: offsetPoint(hit.end) },
    ruleId: hit.sign.id,
    source: 'campaign-lexicon',
  })
  message.expected = [hit.sign.instead ?? hit.category.instead]
  message.actual = String(file.value).slice(hit.start, hit.end)
  Object.assign(message, { category: hit.category.id, severity: hit.severity } satisfies LexiconMessageData)
}

const offsetPoint = (offset: number) => ({ line: 1, column: offset + 1, offset })
