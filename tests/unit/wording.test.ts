import { describe, expect, it } from 'vitest'

import { translationState } from '@/workflow/translations'
import { fingerprint } from '@/workflow/wording'

describe('wording fingerprints', () => {
  it('ignore row ids, key order and empty values, so a re-save of the same words matches', () => {
    const saved = { title: 'Help is there', rows: [{ id: 'a1', text: 'Call 111', tags: [] }], extra: null }
    const resent = { rows: [{ text: 'Call 111', id: 'b2' }], title: 'Help is there ' }
    expect(fingerprint(saved)).toBe(fingerprint(resent))
  })

  it('change when any word changes', () => {
    expect(fingerprint({ title: 'Help is there' })).not.toBe(fingerprint({ title: 'Help is here' }))
  })
})

describe('translation status', () => {
  it('is missing, partial, complete or stale', () => {
    expect(translationState({ filled: [false, false, false] })).toBe('missing')
    expect(translationState({ filled: [true, false, false], translatedFrom: 'a', englishNow: 'a' })).toBe('partial')
    expect(translationState({ filled: [true, true, true], translatedFrom: 'a', englishNow: 'a' })).toBe('complete')
    expect(translationState({ filled: [true, true, true], translatedFrom: 'a', englishNow: 'b' })).toBe('stale')
  })
})
