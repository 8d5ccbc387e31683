import { describe, expect, it } from 'vitest'

import { channels } from '@/channels'
import { platformRules } from '@/channels/platforms'
import { socialChannel } from '@/channels/social'
import { clip } from '@/channels/text'

const source = {
  title: 'Postpartum psychosis is an emergency',
  keyMessage: 'Postpartum psychosis is rare, serious and treatable. If you see the signs, get emergency help straight away.',
  paragraphs: ['It can start suddenly in the first weeks after birth.', 'Most women recover fully with the right care.'],
}

describe('renditions derived from one message', () => {
  it('gives every channel a non-empty rendition from the same words', () => {
    for (const channel of channels) {
      const rendition = channel.derive(source)
      expect(channel.isEmpty(rendition), channel.key).toBe(false)
    }
  })

  it('keeps every social post within its platform\'s limit', () => {
    const long = { ...source, keyMessage: 'word '.repeat(800) }
    for (const post of socialChannel.derive(long)) {
      expect(post.text.length, post.platform).toBeLessThanOrEqual(platformRules[post.platform].maxLength)
    }
  })

  it('cuts at a word boundary and shows the cut', () => {
    expect(clip('Help is there, and asking is safe.', 20)).toBe('Help is there, and…')
    expect(clip('Short enough.', 20)).toBe('Short enough.')
  })
})
