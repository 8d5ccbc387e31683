import type { ChangeCursor, ContentFeed } from './changeLog'
import { mergeChanges, type SiteChange, type SiteTag } from './tags'

// Each web process follows the content version (src/site/changeLog.ts): it polls cheaply for change rows,
// folds what they touched together, and refreshes at most once a second however many changes arrive, so a
// burst of saves is a handful of refreshes, and one save is live within a second or so.

export type FollowerTimings = {
  /** How often to look for changes. */
  pollMs: number
  /** How often to look while a change stream wakes us (MongoDB): the poll is then only a safety net. */
  watchedPollMs: number
  /** At most one refresh this often; changes in between wait and go together. */
  minGapMs: number
  pruneEveryMs: number
}

/** A save has just been made here: its transaction commits a moment after the hook that asks. */
const LOOK_NOW_MS = 20

export const defaultTimings: FollowerTimings = { pollMs: 250, watchedPollMs: 5000, minGapMs: 1000, pruneEveryMs: 60_000 }

export type Refresh = {
  change: SiteChange
  /** Change rows folded into this refresh. */
  rows: number
  /** When the first of them was noticed: pages may show the previous copy only briefly after this. */
  noticedAt: number
}

export type FollowerOptions = {
  /** The bundle's feed, once Payload has started in this process. */
  feed: () => ContentFeed | undefined
  refresh: (refresh: Refresh) => void
  warn: (error: unknown, message: string) => void
  timings?: Partial<FollowerTimings>
}

export type Follower = {
  /** Look for changes now (a save in this process has just been made), rather than at the next poll. */
  lookNow(): void
  stop(): Promise<void>
}

export function followContentChanges({ feed: feedNow, refresh, warn, timings: given }: FollowerOptions): Follower {
  const timings = { ...defaultTimings, ...given }
  let cursor: ChangeCursor | undefined
  let pending: { change: Set<SiteTag> | 'everything'; rows: number; noticedAt: number } | undefined
  let lastRefreshAt = -Infinity
  let lastPruneAt = Date.now()
  let watching: (() => void) | undefined
  let failing = false
  let lookAgain = false
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined

  const schedule = (ms: number) => {
    if (stopped) return
    clearTimeout(timer)
    timer = setTimeout(() => void (running = tick()), ms)
  }

  async function tick(): Promise<void> {
    timer = undefined
    lookAgain = false
    const feed = feedNow()
    try {
      if (feed && !cursor) {
        cursor = await feed.start()
        watching = feed.watch?.(lookNow, () => (watching = undefined))
      } else if (feed && cursor) {
        const read = await feed.since(cursor)
        cursor = read.cursor
        if (read.change) {
          pending = pending ?? { change: new Set(), rows: 0, noticedAt: Date.now() }
          pending.change = mergeChanges(pending.change, read.change)
          pending.rows += read.rows
        }
        if (Date.now() - lastPruneAt > timings.pruneEveryMs) {
          lastPruneAt = Date.now()
          await feed.prune()
        }
      }
      failing = false
    } catch (error) {
      // Say so once, not four times a second; pages keep what they have and catch up when the database answers.
      if (!failing) warn(error, 'could not read the content version; pages catch up once the database answers')
      failing = true
    }
    if (stopped) return
    const sinceRefresh = Date.now() - lastRefreshAt
    if (pending && sinceRefresh >= timings.minGapMs) {
      const { change, rows, noticedAt } = pending
      pending = undefined
      lastRefreshAt = Date.now()
      refresh({ change: change === 'everything' ? change : [...change], rows, noticedAt })
    }
    const poll = lookAgain ? LOOK_NOW_MS : watching ? timings.watchedPollMs : timings.pollMs
    schedule(pending ? Math.min(poll, timings.minGapMs - (Date.now() - lastRefreshAt)) : poll)
  }

  function lookNow() {
    // A tick in progress schedules the next one itself when it ends: it is told to look again soon.
    if (timer) schedule(LOOK_NOW_MS)
    else lookAgain = true
  }

  schedule(0)
  return {
    lookNow,
    async stop() {
      stopped = true
      clearTimeout(timer)
      watching?.()
      await running
    },
  }
}
