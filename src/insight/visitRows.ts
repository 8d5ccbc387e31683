import type { Payload } from 'payload'

import { addCounts } from './addCounts'
import type { VisitBatch } from './tally'

/** A batch of visits from one server, added to the stored counts (each row atomically). */
export function addVisits(payload: Payload, batch: VisitBatch): Promise<void> {
  return addCounts(
    payload,
    'page-visits',
    batch.map(({ page, locale, day, channel, visits }) => ({
      key: `${page}|${locale}|${day}|${channel}`,
      facts: { page, locale, day, channel },
      add: { visits },
    })),
  )
}
