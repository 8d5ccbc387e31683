import { describe, expect, it } from 'vitest'

import { libraryEntries } from '@/domain/libraryEntries'
import type { Material, Message } from '@/payload-types'

// The library groups what was made from one message into one entry; these are the rules, without a server.

const message = (id: number, title: string) => ({ id, title }) as Message
let next = 1
const material = (changes: Partial<Material>): Material =>
  ({ id: next++, title: 'x', type: 'other', language: 'en', accessibleFormat: 'standard', accessLevel: 'public', ...changes }) as Material

describe('library entries', () => {
  it("put a message's poster, cards, talking points and every language in one entry, English first", () => {
    const help = message(7, 'Asking for help is safe')
    const polishPoster = material({ title: 'Plakat (A4)', type: 'poster', language: 'pl', messages: [help], standardVersion: 1 })
    const card = material({ title: 'Share card', type: 'social-image', messages: [help] })
    const poster = material({ title: 'Poster (A4)', type: 'poster', messages: [help] })
    const points = material({ title: 'Talking points', type: 'talking-points', messages: [help] })
    const guide = material({ title: 'Conversation guide', type: 'other' })
    const guideInPolish = material({ title: 'Przewodnik', language: 'pl', standardVersion: guide.id })
    const entries = libraryEntries([polishPoster, card, guide, poster, points, guideInPolish])
    expect(entries.map((entry) => [entry.message?.title ?? null, entry.materials.map((item) => item.title)])).toEqual([
      ['Asking for help is safe', ['Poster (A4)', 'Talking points', 'Share card', 'Plakat (A4)']],
      // Not from a message: an entry of its own; its translation shows as one of its other versions.
      [null, ['Conversation guide']],
    ])
  })

  it('keep two messages apart', () => {
    const a = material({ title: 'A poster', type: 'poster', messages: [message(1, 'A')] })
    const b = material({ title: 'B poster', type: 'poster', messages: [message(2, 'B')] })
    expect(libraryEntries([a, b]).map((entry) => entry.message?.title)).toEqual(['A', 'B'])
  })
})
