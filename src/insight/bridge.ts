import type { Payload } from 'payload'

import type { VisitBatch } from './tally'
import { addVisits } from './visitRows'

// The shell counts visits (it answers pages from its cache without Next); the bundle has Payload to store
// them. They meet through a process-wide symbol, as the site's feed does (src/site/bridge.ts).

const BUNDLE_SIDE = Symbol.for('campaign.insight.bundle')

export type InsightBundleSide = { addVisits(batch: VisitBatch): Promise<void> }

const registry = globalThis as Record<symbol, unknown>

/** Bundle, once Payload is up (payload.config.ts onInit). */
export function offerVisitStore(payload: Payload): void {
  registry[BUNDLE_SIDE] = { addVisits: (batch) => addVisits(payload, batch) } satisfies InsightBundleSide
}

/** Shell: where to write visits, once Payload has started in this process. */
export const visitStore = (): InsightBundleSide | undefined => registry[BUNDLE_SIDE] as InsightBundleSide | undefined
