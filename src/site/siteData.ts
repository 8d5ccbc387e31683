import { showsContent } from './renderRecord'
import { type SiteChange, type SiteTag, touches } from './tags'

// Reads the public site shares between requests: the service registry that every filtered directory page
// filters in memory, the library, each language's feed data. Kept in this process until a change touches
// their tags (the content follower calls forgetSiteData), so a visit never waits for the database, and
// everything a page shows is refreshed through one mechanism. Lives in the Next bundle (it holds Payload's
// documents); the follower in the shell reaches forgetSiteData through src/site/bridge.ts.

type Remembered = { tags: readonly SiteTag[]; value: Promise<unknown>; readAt: number }

/** A safety net only, for a change made outside Payload (a restore): changes themselves arrive within a second. */
export const SITE_DATA_MAX_AGE_MS = 60 * 60 * 1000

const REMEMBERED = Symbol.for('campaign.site-data')

function remembered(): Map<string, Remembered> {
  const registry = globalThis as Record<symbol, Map<string, Remembered> | undefined>
  return (registry[REMEMBERED] ??= new Map())
}

/**
 * The value of `read`, shared by every caller until a change touches `tags`; callers at the same moment share
 * one read. A failed read is not kept. The page rendering it is tagged too, so it is refreshed with it.
 */
export function rememberRead<T>(key: string, tags: readonly SiteTag[], read: () => Promise<T>): Promise<T> {
  showsContent(...tags)
  const store = remembered()
  const known = store.get(key)
  if (known && Date.now() - known.readAt < SITE_DATA_MAX_AGE_MS) return known.value as Promise<T>
  const entry: Remembered = { tags, value: read(), readAt: Date.now() }
  store.set(key, entry)
  entry.value.catch(() => {
    if (store.get(key) === entry) store.delete(key)
  })
  return entry.value as Promise<T>
}

/** Lets go of every read a change touched (a read still running is let go too; the next caller reads again). */
export function forgetSiteData(change: SiteChange): void {
  const store = remembered()
  const changed = change === 'everything' ? change : new Set(change)
  for (const [key, entry] of store) if (touches(changed, entry.tags)) store.delete(key)
}
