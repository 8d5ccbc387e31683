import { describe, expect, it } from 'vitest'

import { flushVisits } from '@/insight/flushing'
import { channelOf, withReference } from '@/insight/references'
import { dayOf, pageOf, type VisitBatch, visitTally } from '@/insight/tally'

// Visits counted in memory by page, language, UK day and channel, handed over in batches; nothing else kept.

const noon = new Date('2026-12-06T12:00:00Z')

describe('the visit tally', () => {
  it('counts by page, language, day and channel, and a take starts afresh', () => {
    const tally = visitTally()
    for (const url of ['/', '/?ref=social-facebook', '/pl', '/pl/services', '/services', '/services?q=thanet', '/services/', '/messages/a?ref=email&utm_source=x']) tally.note(url, noon)
    tally.note('/services', new Date('2026-12-06T23:30:00Z'))
    // The way back from answering "Was this page helpful?" is the same visit, not another.
    tally.note('/services?helpful=thanks', noon)
    const batch = sorted(tally.take())
    expect(batch).toEqual(
      sorted([
        { page: '/', locale: 'en', day: '2026-12-06', channel: 'direct', visits: 1 },
        { page: '/', locale: 'en', day: '2026-12-06', channel: 'social-facebook', visits: 1 },
        { page: '/', locale: 'pl', day: '2026-12-06', channel: 'direct', visits: 1 },
        { page: '/services', locale: 'pl', day: '2026-12-06', channel: 'direct', visits: 1 },
        { page: '/services', locale: 'en', day: '2026-12-06', channel: 'direct', visits: 4 },
        { page: '/messages/a', locale: 'en', day: '2026-12-06', channel: 'email', visits: 1 },
      ]),
    )
    expect(tally.size).toBe(0)
    expect(tally.take()).toEqual([])
  })

  it('keeps UK days: half past midnight in summer time is the next day', () => {
    expect(dayOf(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02')
    expect(dayOf(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01')
  })

  it('keeps only references the campaign puts out; anything else counts as direct', () => {
    expect(channelOf('ref=social-x')).toBe('social-x')
    expect(channelOf('ref=qr')).toBe('qr')
    expect(channelOf('ref=email')).toBe('email')
    expect(channelOf('ref=social-myspace')).toBe('direct')
    expect(channelOf('ref=<script>')).toBe('direct')
    expect(channelOf('ref=%E0%A4%A')).toBe('direct')
    expect(channelOf(undefined)).toBe('direct')
  })

  it('adds the reference to a link, replacing one already there and keeping the fragment', () => {
    expect(withReference('https://site.example/messages/a', 'email')).toBe('https://site.example/messages/a?ref=email')
    expect(withReference('/messages/a?ref=qr#top', 'email')).toBe('/messages/a?ref=email#top')
    expect(withReference('/services/search?q=a+b', 'qr')).toBe('/services/search?q=a+b&ref=qr')
  })

  it('refuses addresses no page of ours has, and bounds how many keys it holds', () => {
    expect(pageOf('/%E0%A4%A')).toBeUndefined()
    expect(pageOf(`/${'a'.repeat(300)}`)).toBeUndefined()
    expect(pageOf('/a|b')).toBeUndefined()
    expect(pageOf('/ro/')).toEqual({ page: '/', locale: 'ro' })
    const tally = visitTally({ maxKeys: 3 })
    for (const page of ['/a', '/b', '/c', '/d', '/e', '/a']) tally.note(page, noon)
    expect(tally.size).toBe(3)
    expect(tally.takeDropped()).toBe(2)
    expect(tally.take().reduce((sum, row) => sum + row.visits, 0)).toBe(4)
  })
})

describe('writing visits in batches', () => {
  it('writes nothing until there is somewhere to write, then everything counted meanwhile', async () => {
    const tally = visitTally()
    const written: VisitBatch[] = []
    let store: ((batch: VisitBatch) => Promise<void>) | undefined
    const flusher = flushVisits({ tally, writer: () => store, everyMs: 3_600_000, warn: () => undefined })
    tally.note('/', noon)
    await flusher.flush()
    expect(tally.size).toBe(1)
    store = async (batch) => void written.push(batch)
    tally.note('/', noon)
    await flusher.stop()
    expect(written).toEqual([[{ page: '/', locale: 'en', day: '2026-12-06', channel: 'direct', visits: 2 }]])
  })

  it('puts back only the rows a failed write did not store, so nothing is lost and nothing counts twice', async () => {
    const tally = visitTally()
    const stored = new Map<string, number>()
    let failAfter: number | undefined = 1
    const warnings: string[] = []
    const flusher = flushVisits({
      tally,
      writer: () => async (batch) => {
        for (const [index, row] of batch.entries()) {
          if (failAfter !== undefined && index === failAfter) throw Object.assign(new Error('database is locked'), { added: index })
          stored.set(row.page, (stored.get(row.page) ?? 0) + row.visits)
        }
      },
      everyMs: 3_600_000,
      warn: (_error, message) => warnings.push(message),
    })
    for (const page of ['/a', '/b', '/c', '/a']) tally.note(page, noon)
    await flusher.flush()
    expect(warnings).toHaveLength(1)
    expect(tally.size).toBe(2)
    failAfter = undefined
    tally.note('/b', noon)
    await flusher.stop()
    expect(Object.fromEntries(stored)).toEqual({ '/a': 2, '/b': 2, '/c': 1 })
  })

  it('runs one flush at a time: a flush asked for during another writes after it', async () => {
    const tally = visitTally()
    const order: string[] = []
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const flusher = flushVisits({
      tally,
      writer: () => async (batch) => {
        order.push(`start ${batch[0].page}`)
        if (batch[0].page === '/first') await gate
        order.push(`end ${batch[0].page}`)
      },
      everyMs: 3_600_000,
      warn: () => undefined,
    })
    tally.note('/first', noon)
    const first = flusher.flush()
    await new Promise((resolve) => setImmediate(resolve))
    tally.note('/second', noon)
    const second = flusher.flush()
    release()
    await Promise.all([first, second])
    expect(order).toEqual(['start /first', 'end /first', 'start /second', 'end /second'])
  })
})

const sorted = (batch: VisitBatch) => [...batch].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
