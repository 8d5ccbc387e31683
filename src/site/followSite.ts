import type { Logger } from 'pino'

import { offerSiteShellSide, siteBundleSide } from './bridge'
import { followContentChanges, type FollowerTimings, type Refresh } from './follower'
import type { PageCache } from './pageCache'
import { forgetSiteData } from './siteData'
import type { SiteChange } from './tags'

/**
 * After a change is noticed, visitors may get the previous copy of a touched page for this long while it is
 * made again; after it they wait for the new one. With the follower's poll and its one-refresh-a-second, a
 * change is live on every process within two seconds of being saved.
 */
export const SERVE_STALE_MS = 1500

/** The shell's side of the site: follows the content version and refreshes what each change touched. */
export function followSite({ pages, logger, timings }: { pages: PageCache; logger: Logger; timings?: Partial<FollowerTimings> }) {
  const refresh = ({ change, rows, noticedAt }: Refresh) => {
    // Shared reads first, so the pages made again next read the new content.
    forgetSiteData(change)
    const stale = pages.invalidate(change, noticedAt + SERVE_STALE_MS)
    logger.info({ changes: rows, touched: described(change), pages: stale }, 'site refreshed')
  }
  const follower = followContentChanges({
    feed: () => siteBundleSide()?.feed,
    refresh,
    warn: (error, message) => logger.warn({ err: error }, message),
    timings,
  })
  offerSiteShellSide({ lookNow: follower.lookNow })
  return {
    async stop() {
      offerSiteShellSide(undefined)
      await follower.stop()
    },
  }
}

/** What a refresh touched, short enough for one log line. */
function described(change: SiteChange): string[] | 'everything' {
  if (change === 'everything') return change
  return change.length > 20 ? [...change.slice(0, 20), `and ${change.length - 20} more`] : change
}
