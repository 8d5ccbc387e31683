import { flesch } from 'flesch'
import { fleschKincaid } from 'flesch-kincaid'
import { smogFormula } from 'smog-formula'
import { syllable } from 'syllable'

import { allowedConditionNames } from './rules'
import type { Readability } from './types'

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' })
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

export type Sentence = { start: number; end: number; text: string; words: number }

/** Sentences with their offsets and word counts, using the platform's own Unicode segmenter. */
export function sentencesOf(text: string, locale = 'en'): Sentence[] {
  const segmenter = locale === 'en' ? sentenceSegmenter : new Intl.Segmenter(locale, { granularity: 'sentence' })
  return [...segmenter.segment(text)]
    .map(({ segment, index }) => ({ start: index, end: index + segment.trimEnd().length, text: segment.trim(), words: wordsOf(segment, locale).length }))
    .filter((sentence) => sentence.words > 0)
}

export function wordsOf(text: string, locale = 'en'): string[] {
  const segmenter = locale === 'en' ? wordSegmenter : new Intl.Segmenter(locale, { granularity: 'word' })
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment)
}

/**
 * SMOG, Flesch-Kincaid grade and Flesch reading ease. Condition names parents need to know (postnatal
 * depression, health visitor ...) are not counted as hard words, as NHS guidance advises.
 */
export function readabilityOf(text: string, locale = 'en'): Readability {
  const sentences = sentencesOf(text, locale).length
  const words = wordsOf(text, locale)
  if (locale !== 'en' || words.length === 0 || sentences === 0) {
    return { smog: 0, fleschKincaidGrade: 0, fleschReadingEase: 0, words: words.length, sentences }
  }
  const plain = withoutConditionNames(text)
  const plainWords = wordsOf(plain)
  const syllables = plainWords.map((word) => syllable(word))
  const counts = {
    sentence: sentences,
    word: plainWords.length,
    syllable: syllables.reduce((sum, count) => sum + count, 0),
    polysillabicWord: syllables.filter((count) => count >= 3).length,
  }
  return {
    smog: round(smogFormula(counts)),
    fleschKincaidGrade: round(fleschKincaid(counts)),
    fleschReadingEase: round(flesch(counts)),
    words: words.length,
    sentences,
  }
}

function withoutConditionNames(text: string): string {
  let plain = text
  for (const name of [...allowedConditionNames].sort((a, b) => b.length - a.length)) {
    plain = plain.replace(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'giu'), 'it')
  }
  return plain
}

const round = (value: number) => Math.round(value * 10) / 10
