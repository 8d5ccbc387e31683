import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addOne } from '@/collections/counts'
import { countDownload } from '@/collections/DownloadCounts/count'
import { addVisits } from '@/insight/visitRows'

import { racingProcess } from '../helpers/processes'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Counts stored by atomic increments on a unique key: nothing lost when writes race, in one process or several.

let t: TestPayload
let venue: number

beforeAll(async () => {
  t = await startTestPayload()
  venue = (await t.payload.create({ collection: 'venues', data: { name: 'Sheppey Family Hub', kind: 'family-hub', district: 'swale' } as never })).id as number
})
afterAll(async () => t?.close())

const rows = async (collection: 'page-visits' | 'qr-visits' | 'download-counts') =>
  (await t.payload.db.find({ collection, limit: 0, pagination: false })).docs as unknown as Record<string, unknown>[]

describe('stored counts', () => {
  it('adds visits racing for the same new row: one row, every visit counted, nothing else stored', async () => {
    const batch = (visits: number) => [{ page: '/dads', locale: 'pl' as const, day: '2026-12-01', channel: 'social-facebook' as const, visits }]
    await Promise.all(Array.from({ length: 20 }, (_, index) => addVisits(t.payload, batch(index + 1))))
    const stored = (await rows('page-visits')).filter((row) => row.page === '/dads')
    expect(stored).toHaveLength(1)
    expect(stored[0].visits).toBe(210)
    // The row holds what was counted and nothing about anyone: no address, browser, referrer or cookie.
    expect(Object.keys(stored[0]).sort()).toEqual(['channel', 'createdAt', 'day', 'id', 'key', 'locale', 'page', 'updatedAt', 'visits'])
  })

  it('counts downloads and scans racing in one process, with or without a district', async () => {
    const material = (await t.payload.db.create({ collection: 'materials', data: { title: 'Poster', slug: 'poster', type: 'poster', filename: 'poster.pdf', mimeType: 'application/pdf' } as never })) as { id: number }
    await Promise.all([
      ...Array.from({ length: 12 }, () => countDownload(t.payload, material.id, { organisationKind: 'visitor' }, new Date('2026-12-02'))),
      ...Array.from({ length: 7 }, () => countDownload(t.payload, material.id, { organisationKind: 'health', district: 'swale' }, new Date('2026-12-02'))),
      ...Array.from({ length: 9 }, () => addOne(t.payload, 'qr-visits', { venue, message: undefined, month: '2026-11' }, 'visits')),
    ])
    const downloads = (await rows('download-counts')).map((row) => [row.organisationKind, row.district ?? null, row.downloads])
    expect(downloads.sort()).toEqual([['health', 'swale', 7], ['visitor', null, 12]].sort())
    expect((await rows('qr-visits')).filter((row) => row.month === '2026-11').map((row) => row.visits)).toEqual([9])
  })

  it('loses no counts when three server processes write visits and scans to one database at once', async () => {
    const pages = ['/', '/dads', '/services', '/messages/a', '/messages/b']
    const rounds = 10
    const writers = [0, 1, 2].map(() => writerProcess({ pages, rounds, venue }))
    await Promise.all(writers.map((writer) => writer.ready))
    const goAt = Date.now() + 500
    for (const writer of writers) writer.go(goAt)
    const results = await Promise.all(writers.map((writer) => writer.done))
    expect(results.every((result) => result.left === 0)).toBe(true)
    const visits = (await rows('page-visits')).filter((row) => row.day === '2026-12-06')
    expect(visits).toHaveLength(pages.length)
    for (const row of visits) expect({ page: row.page, channel: row.channel, visits: row.visits }).toEqual({ page: row.page, channel: 'qr', visits: 3 * rounds })
    expect((await rows('qr-visits')).filter((row) => row.month === '2026-12').map((row) => row.visits)).toEqual([3 * rounds])
  }, 120_000)
})

function writerProcess(plan: { pages: string[]; rounds: number; venue: number }) {
  const writer = racingProcess<{ left: number }>('tests/helpers/visitWriter.ts', { VISIT_PLAN: JSON.stringify(plan) }, 'done')
  return { ...writer, done: writer.result }
}
