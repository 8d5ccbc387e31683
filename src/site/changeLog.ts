import type { Payload, PayloadRequest, Where } from 'payload'

import { mergeChanges, type SiteChange, type SiteTag } from './tags'

// The content version every server process follows. A saved change visitors could see writes one row to
// `site-changes` naming the tags it touched, inside the same transaction as the change; each process reads the
// rows written since it last looked and refreshes what they touched (the follower, src/site/follower.ts).
//
// How "since it last looked" is known depends on the database:
// - SQLite lets one writer in at a time, so row ids are given out in commit order: a process remembers the
//   last id it applied, and one cheap query for the newest id says whether anything happened.
// - MongoDB ids are not in commit order. A change stream (on a replica set) wakes the follower the moment a
//   row is written; the rows themselves are read from a recent window, each applied once.

const COLLECTION = 'site-changes' as const

/** Rows are kept this long; a process further behind than this refreshes everything. */
const KEEP_MS = 10 * 60 * 1000
/** MongoDB only: how far back each read looks (commits can land out of order; clocks can differ a little). */
const WINDOW_MS = 2 * 60 * 1000
const PAGE = 500

/** Records a change in the transaction of the request that made it (Payload passes `req` along). */
export async function recordSiteChange(req: PayloadRequest, tags: SiteTag[]): Promise<void> {
  await req.payload.create({ collection: COLLECTION, data: { tags }, req, overrideAccess: true, depth: 0, select: { createdAt: true } })
}

export type ChangeCursor = { kind: 'ordered'; lastId: number } | { kind: 'window'; seen: Map<string, number> }

export type ChangesRead = {
  cursor: ChangeCursor
  /** What the changes touched, merged; undefined when nothing happened. */
  change: SiteChange | undefined
  /** How many change rows were read. */
  rows: number
}

export type ContentFeed = {
  /** Where a process starting now begins: nothing is cached yet, so nothing before now needs refreshing. */
  start(): Promise<ChangeCursor>
  since(cursor: ChangeCursor): Promise<ChangesRead>
  /**
   * Calls `wake` whenever a change row is written anywhere, where the database can tell (a MongoDB change
   * stream). Returns a stop function, or undefined when it cannot; `lost` says the stream ended.
   */
  watch?(wake: () => void, lost: () => void): (() => void) | undefined
  /** Drops rows every process has long since read. */
  prune(): Promise<void>
}

/** The feed for this database; `reading` picks one way or the other (tests read SQLite both ways). */
export function contentFeed(payload: Payload, reading: 'by-id' | 'by-window' = payload.db.name === 'sqlite' ? 'by-id' : 'by-window'): ContentFeed {
  return reading === 'by-id' ? orderedFeed(payload) : windowFeed(payload)
}

type Row = { id: number | string; tags: unknown; createdAt: string }

const tagsOf = (row: Row): SiteTag[] => (Array.isArray(row.tags) ? row.tags.filter((tag): tag is string => typeof tag === 'string') : [])

async function rows(payload: Payload, where: Where, sort: string, limit = PAGE): Promise<Row[]> {
  const { docs } = await payload.find({ collection: COLLECTION, where, sort, limit, pagination: false, depth: 0, overrideAccess: true })
  return docs as unknown as Row[]
}

function orderedFeed(payload: Payload): ContentFeed {
  const newestId = async () => Number((await rows(payload, {}, '-id', 1))[0]?.id ?? 0)
  return {
    async start() {
      return { kind: 'ordered', lastId: await newestId() }
    },
    async since(cursor) {
      if (cursor.kind !== 'ordered') throw new Error('a SQLite feed reads from an id')
      const newest = await newestId()
      if (newest === cursor.lastId) return { cursor, change: undefined, rows: 0 }
      // The table was emptied or restored under us: nothing we hold can be trusted.
      if (newest < cursor.lastId) return { cursor: { kind: 'ordered', lastId: newest }, change: 'everything', rows: 0 }
      const found = await rows(payload, { id: { greater_than: cursor.lastId } }, 'id')
      let change: Set<SiteTag> | 'everything' = new Set()
      // Rows after ours were pruned before we read them: this process fell too far behind to know what changed.
      if (cursor.lastId > 0 && Number(found[0]?.id) > cursor.lastId + 1) change = 'everything'
      for (const row of found) change = mergeChanges(change, tagsOf(row))
      const lastId = Number(found.at(-1)?.id ?? cursor.lastId)
      return { cursor: { kind: 'ordered', lastId }, change: asChange(change), rows: found.length }
    },
    async prune() {
      // Never the newest row: SQLite gives the next id after the largest one left, and ids must only grow.
      const newest = await newestId()
      const cutoff = new Date(Date.now() - KEEP_MS).toISOString()
      await payload.db.deleteMany({ collection: COLLECTION, where: { and: [{ createdAt: { less_than: cutoff } }, { id: { less_than: newest } }] } })
    },
  }
}

function windowFeed(payload: Payload): ContentFeed {
  const recent = () => rows(payload, { createdAt: { greater_than: new Date(Date.now() - WINDOW_MS).toISOString() } }, 'createdAt', 5000)
  const forgetOld = (seen: Map<string, number>) => {
    for (const [id, at] of seen) if (at < Date.now() - 2 * WINDOW_MS) seen.delete(id)
  }
  return {
    async start() {
      const seen = new Map<string, number>()
      for (const row of await recent()) seen.set(String(row.id), Date.now())
      return { kind: 'window', seen }
    },
    async since(cursor) {
      if (cursor.kind !== 'window') throw new Error('a MongoDB feed reads from a window')
      let change: Set<SiteTag> | 'everything' | undefined
      let count = 0
      for (const row of await recent()) {
        if (cursor.seen.has(String(row.id))) continue
        cursor.seen.set(String(row.id), Date.now())
        change = mergeChanges(change ?? new Set(), tagsOf(row))
        count++
      }
      forgetOld(cursor.seen)
      return { cursor, change: change && asChange(change), rows: count }
    },
    watch(wake, lost) {
      const model = (payload.db as unknown as { collections?: Record<string, { watch?: (pipeline: object[]) => ChangeStream }> }).collections?.[COLLECTION]
      try {
        const stream = model?.watch?.([{ $match: { operationType: 'insert' } }])
        if (!stream) return undefined
        stream.on('change', wake)
        // A standalone server has no change streams: the error arrives here, and the poll carries on alone.
        stream.on('error', () => {
          lost()
          void stream.close().catch(() => undefined)
        })
        return () => void stream.close().catch(() => undefined)
      } catch {
        return undefined
      }
    },
    async prune() {
      const cutoff = new Date(Date.now() - KEEP_MS).toISOString()
      await payload.db.deleteMany({ collection: COLLECTION, where: { createdAt: { less_than: cutoff } } })
    },
  }
}

const asChange = (change: Set<SiteTag> | 'everything'): SiteChange => (change === 'everything' ? change : [...change])

type ChangeStream = { on(event: 'change' | 'error', listener: () => void): unknown; close(): Promise<void> }
