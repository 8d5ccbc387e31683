import { describe, expect, it } from 'vitest'

import { plainTextOf, richTextFromParagraphs } from '@/domain/richText'

describe('rich text as plain data', () => {
  it('reads back the paragraphs it was built from', () => {
    const paragraphs = ['Scary thoughts are common.', 'You can talk about them.']
    expect(plainTextOf(richTextFromParagraphs(paragraphs))).toBe(paragraphs.join('\n'))
  })

  it('treats missing content as empty text', () => {
    expect(plainTextOf(null)).toBe('')
    expect(plainTextOf({})).toBe('')
  })
})
