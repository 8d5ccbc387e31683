import { describe, expect, it } from 'vitest'

import { countedLength, fullText, postProblems, type PostFacts, suicideClusters } from '@/social/postRules'

const base: PostFacts = {
  platform: 'bluesky',
  text: 'Scary thoughts about your baby are common after birth. You can talk about them.',
  link: 'https://campaign.example.org/messages/intrusive-thoughts-are-common?ref=social-bluesky',
  hashtags: ['PerinatalMentalHealth'],
  images: [{ alt: 'A parent holding a sleeping baby, with the words: scary thoughts are common.' }],
  message: { state: 'published', socialStale: false },
  scheduledAt: new Date('2026-12-01T09:00:00Z'),
  now: new Date('2026-11-30T09:00:00Z'),
  mayPublish: true,
}
const paths = (facts: Partial<PostFacts>) => postProblems({ ...base, ...facts }).map((problem) => problem.path)

describe('a social post as it goes out', () => {
  it('puts the text, the link and the hashtags in that order', () => {
    expect(fullText({ text: ' Hello ', link: 'https://x.org/a', hashtags: ['One', '#Two'] })).toBe('Hello\n\nhttps://x.org/a\n\n#One #Two')
  })
  it('counts a link as 23 characters on X and Mastodon, as they do, and as itself elsewhere', () => {
    const text = `Hi ${'https://campaign.example.org/'.padEnd(80, 'a')}`
    expect(countedLength('x', text)).toBe(3 + 23)
    expect(countedLength('mastodon', text)).toBe(3 + 23)
    expect(countedLength('bluesky', text)).toBe(text.length)
  })
})

describe('when a post may be scheduled', () => {
  it('allows an approved message, a future time, words within the limit and an image with alt text', () => {
    expect(postProblems(base)).toEqual([])
  })
  it('refuses an unapproved or stale message', () => {
    expect(paths({ message: { state: 'in_review', socialStale: false } })).toEqual(['message'])
    expect(paths({ message: { state: 'approved', socialStale: true } })).toEqual(['message'])
    expect(paths({ message: undefined })).toEqual(['message'])
  })
  it('refuses a time in the past, or no time', () => {
    expect(paths({ scheduledAt: new Date('2026-11-30T08:00:00Z') })).toEqual(['scheduledAt'])
    expect(paths({ scheduledAt: null })).toEqual(['scheduledAt'])
  })
  it("refuses a post over the platform's length, counting its link and hashtags", () => {
    const problems = postProblems({ ...base, text: 'word '.repeat(60) })
    expect(problems.map((problem) => problem.path)).toEqual(['text'])
    expect(problems[0].message).toMatch(/Bluesky posts can be 300 characters; this one is \d+ with its link and hashtags/)
    expect(paths({ platform: 'linkedin', text: 'word '.repeat(60) })).toEqual([])
  })
  it('refuses a missing alt text, a missing image on Instagram, and too many images', () => {
    expect(paths({ images: [{ alt: '' }] })).toEqual(['imageAlt'])
    expect(paths({ platform: 'instagram', images: [] })).toEqual(['image'])
    expect(paths({ platform: 'whatsapp', images: [{ alt: 'a' }, { alt: 'b' }] })).toEqual(['image'])
  })
  it('leaves scheduling to publishers and admins', () => {
    expect(paths({ mayPublish: false })).toEqual(['status'])
  })
})

describe('safe messaging across the calendar', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 4, n, 9))
  it('finds more than three suicide-topic posts in any seven days', () => {
    expect(suicideClusters([1, 3, 5].map((n) => ({ id: n, at: day(n) })))).toEqual([])
    const clusters = suicideClusters([1, 3, 5, 7].map((n) => ({ id: n, at: day(n) })))
    expect(clusters).toEqual([{ from: day(1), ids: [1, 3, 5, 7] }])
    expect(suicideClusters([1, 3, 5, 8].map((n) => ({ id: n, at: day(n) })))).toEqual([])
  })
})
