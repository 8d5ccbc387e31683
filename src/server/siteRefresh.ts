// How a content change reaches the cached public site. The Express shell and the Next bundle are separate
// module graphs in one process, so they meet through a symbol in the process-wide registry (as shutdown does):
// the shell registers how to refresh; Payload hooks in the bundle ask for a refresh once a change is saved.

const SITE_REFRESH = Symbol.for('campaign.site-refresh')

/** The header and environment variable carrying the shell's per-process secret for its own refresh call. */
export const REFRESH_TOKEN_HEADER = 'x-campaign-refresh'
export const REFRESH_TOKEN_ENV = 'CAMPAIGN_REFRESH_TOKEN'
/** Payload's endpoint (under /api) that refreshes Next's cache from inside a Next request. */
export const REFRESH_ENDPOINT = '/site-cache/refresh'

/** Tags Next's cached reads that are not pages, so a refresh covers them with the pages. */
export const SITE_CONTENT_TAG = 'site-content'

export type SiteRefresh = () => Promise<void>

export function registerSiteRefresh(refresh: SiteRefresh): void {
  ;(globalThis as Record<symbol, unknown>)[SITE_REFRESH] = refresh
}

/** Asks the running server to refresh the public site. Without a server (tests, scripts) nothing is cached. */
export async function requestSiteRefresh(): Promise<void> {
  const refresh = (globalThis as Record<symbol, unknown>)[SITE_REFRESH] as SiteRefresh | undefined
  await refresh?.()
}

/**
 * Runs `task` for a burst of requests at most twice: once now, and once more if anything asked while it ran,
 * so publishing ten messages refreshes the site once or twice, not ten times, and the last change always lands.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined
  let again = false
  const run = async (): Promise<void> => {
    try {
      do {
        again = false
        await task()
      } while (again)
    } finally {
      running = undefined
    }
  }
  return () => {
    if (running) {
      again = true
      return running
    }
    running = run()
    return running
  }
}
