// Where a translation stands against the English it was made from.
export type TranslationState = 'missing' | 'partial' | 'complete' | 'stale'

export function translationState(input: {
  /** For each translatable part (title, key message, body): does this locale have its own words? */
  filled: boolean[]
  /** The English wording print when the translation was last saved. */
  translatedFrom?: string | null
  englishNow?: string | null
}): TranslationState {
  const count = input.filled.filter(Boolean).length
  if (count === 0) return 'missing'
  if (input.translatedFrom && input.englishNow && input.translatedFrom !== input.englishNow) return 'stale'
  return count === input.filled.length ? 'complete' : 'partial'
}
