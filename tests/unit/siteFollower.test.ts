import { describe, expect, it } from 'vitest'

import type { ChangeCursor, ChangesRead, ContentFeed } from '@/site/changeLog'
import { followContentChanges, type Refresh } from '@/site/follower'
import { mergeChanges, tagsForChange, touches } from '@/site/tags'

// The follower against a feed held in memory: the real one reads the database (tests/int/siteChanges.test.ts).

/** A feed whose changes the test writes; ids in order, as SQLite gives them. */
function memoryFeed() {
  const rows: { id: number; tags: string[] }[] = []
  let failing = false
  let reads = 0
  const feed: ContentFeed = {
    async start() {
      return { kind: 'ordered', lastId: rows.at(-1)?.id ?? 0 }
    },
    async since(cursor: ChangeCursor): Promise<ChangesRead> {
      reads++
      if (failing) throw new Error('database is locked')
      const lastId = (cursor as { lastId: number }).lastId
      const found = rows.filter((row) => row.id > lastId)
      if (found.length === 0) return { cursor, change: undefined, rows: 0 }
      return { cursor: { kind: 'ordered', lastId: found.at(-1)!.id }, change: [...new Set(found.flatMap((row) => row.tags))], rows: found.length }
    },
    async prune() {},
  }
  return {
    feed,
    write: (...tags: string[]) => rows.push({ id: rows.length + 1, tags }),
    fail: (now: boolean) => (failing = now),
    get reads() {
      return reads
    },
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await wait(5)
  }
}

describe('following the content version', () => {
  it('starts from the newest change (nothing is cached yet) and refreshes what each later one touched', async () => {
    const db = memoryFeed()
    db.write('messages:1', 'messages')
    const refreshes: Refresh[] = []
    const follower = followContentChanges({ feed: () => db.feed, refresh: (refresh) => refreshes.push(refresh), warn: () => undefined, timings: { pollMs: 10, minGapMs: 0 } })
    await until(() => db.reads > 1)
    expect(refreshes).toEqual([])
    db.write('themes:3', 'themes')
    await until(() => refreshes.length === 1)
    expect(refreshes[0]).toMatchObject({ change: ['themes:3', 'themes'], rows: 1 })
    await follower.stop()
  })

  it('waits for the bundle to offer its feed (Payload starting), then follows it', async () => {
    const db = memoryFeed()
    let offered: ContentFeed | undefined
    const refreshes: Refresh[] = []
    const follower = followContentChanges({ feed: () => offered, refresh: (refresh) => refreshes.push(refresh), warn: () => undefined, timings: { pollMs: 10, minGapMs: 0 } })
    await wait(50)
    offered = db.feed
    await until(() => db.reads > 0)
    db.write('services')
    await until(() => refreshes.length === 1)
    await follower.stop()
  })

  it('folds a burst into one refresh a gap apart, and the last change always lands', async () => {
    const db = memoryFeed()
    const refreshes: Refresh[] = []
    const follower = followContentChanges({ feed: () => db.feed, refresh: (refresh) => refreshes.push(refresh), warn: () => undefined, timings: { pollMs: 10, minGapMs: 300 } })
    await until(() => db.reads > 1)
    const started = Date.now()
    for (let save = 1; save <= 50; save++) {
      db.write(`themes:${save}`, 'themes')
      await wait(10)
    }
    const burst = Date.now() - started
    await until(() => refreshes.flatMap((refresh) => refresh.change).includes('themes:50'))
    await follower.stop()
    expect(refreshes.reduce((sum, refresh) => sum + refresh.rows, 0)).toBe(50)
    expect(refreshes.length).toBeLessThanOrEqual(Math.ceil(burst / 300) + 1)
    expect(refreshes.length).toBeLessThan(50)
  })

  it('says once that it cannot read, not at every poll, and catches up when the database answers', async () => {
    const db = memoryFeed()
    const warnings: string[] = []
    const refreshes: Refresh[] = []
    const follower = followContentChanges({
      feed: () => db.feed,
      refresh: (refresh) => refreshes.push(refresh),
      warn: (_error, message) => warnings.push(message),
      timings: { pollMs: 5, minGapMs: 0 },
    })
    await until(() => db.reads > 0)
    db.fail(true)
    db.write('messages')
    await until(() => db.reads > 10)
    expect(warnings).toHaveLength(1)
    db.fail(false)
    await until(() => refreshes.length === 1)
    await follower.stop()
  })

  it('looks at once when asked (a save in this process), rather than at the next poll', async () => {
    const db = memoryFeed()
    const refreshes: Refresh[] = []
    const follower = followContentChanges({ feed: () => db.feed, refresh: (refresh) => refreshes.push(refresh), warn: () => undefined, timings: { pollMs: 60_000, minGapMs: 0 } })
    await until(() => db.reads === 0 && refreshes.length === 0)
    await wait(50)
    db.write('kits')
    follower.lookNow()
    await until(() => refreshes.length === 1, 2000)
    await follower.stop()
  })
})

describe('tags', () => {
  it('names a message, its lists, its themes and the page for dads', () => {
    expect(tagsForChange('messages', { id: 4, themes: [2, { id: 3 }], audiences: ['dads-and-co-parents'] })).toEqual([
      'messages:4',
      'messages',
      'messages@theme:2',
      'messages@theme:3',
      'messages@dads',
    ])
    expect(tagsForChange('services', { id: 9 })).toEqual(['services:9', 'services'])
  })

  it('says whether a change touches a page, and folds changes together', () => {
    expect(touches(new Set(['messages:4']), ['messages:4', 'services:1'])).toBe(true)
    expect(touches(new Set(['messages:5']), ['messages:4', 'services:1'])).toBe(false)
    expect(touches('everything', [])).toBe(true)
    expect(mergeChanges(new Set(['a']), ['b'])).toEqual(new Set(['a', 'b']))
    expect(mergeChanges(new Set(['a']), 'everything')).toBe('everything')
  })
})
