import type { ContentFeed } from './changeLog'

// The Express shell and the Next bundle are separate module graphs in one process; they meet through symbols
// in the process-wide registry (as shutdown does). The bundle, which has Payload, offers the content feed; the
// shell, which has the front cache, follows it and offers a way to be told "look now" after a save in this
// process. (Remembered reads, src/site/siteData.ts, already live under a process-wide symbol of their own.)

const BUNDLE_SIDE = Symbol.for('campaign.site.bundle')
const SHELL_SIDE = Symbol.for('campaign.site.shell')

export type SiteBundleSide = { feed: ContentFeed }
export type SiteShellSide = { lookNow(): void }

const registry = globalThis as Record<symbol, unknown>

/** Bundle, once Payload is up (payload.config.ts onInit). */
export function offerSiteBundleSide(side: SiteBundleSide): void {
  registry[BUNDLE_SIDE] = side
}

/** Shell: the bundle's side, once Payload has started in this process. */
export const siteBundleSide = (): SiteBundleSide | undefined => registry[BUNDLE_SIDE] as SiteBundleSide | undefined

export function offerSiteShellSide(side: SiteShellSide | undefined): void {
  registry[SHELL_SIDE] = side
}

/** Bundle, after a save: the shell's follower looks for changes now rather than at its next poll. No shell (tests, jobs alone), nothing. */
export function askFollowerToLookNow(): void {
  ;(registry[SHELL_SIDE] as SiteShellSide | undefined)?.lookNow()
}
