// Reading a date range from a request, with a reason in words when it cannot be used.

import { addDays, isDay, londonInstant } from './time'

/** Long enough for a quarter's planning, short enough to answer quickly. */
export const MAX_RANGE_DAYS = 120

export type Range = { from: Date; to: Date }

/**
 * A day ('2026-03-30', UK time) or an ISO date-time with its offset ('2026-03-30T09:00:00Z'). A day given
 * as `to` includes that whole day; a date-time `to` is where the range stops.
 */
function readPoint(name: 'from' | 'to', raw: string | null): Date | string {
  const value = raw?.trim()
  if (!value) return `Give "${name}" as a day (2026-03-30) or a date and time with its offset (2026-03-30T09:00:00Z).`
  if (isDay(value)) return londonInstant(name === 'to' ? addDays(value, 1) : value)
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const instant = new Date(value)
    if (!Number.isNaN(instant.getTime())) return instant
  }
  return `"${name}" is not a date: "${value}". Use a day (2026-03-30) or a date and time with its offset (2026-03-30T09:00:00Z).`
}

export function readRange(params: URLSearchParams, maxDays = MAX_RANGE_DAYS): Range | { error: string } {
  const from = readPoint('from', params.get('from'))
  if (typeof from === 'string') return { error: from }
  const to = readPoint('to', params.get('to'))
  if (typeof to === 'string') return { error: to }
  if (to.getTime() <= from.getTime()) return { error: '"to" must come after "from".' }
  if (to.getTime() - from.getTime() > maxDays * 86_400_000 + 3_600_000) {
    // The hour's slack lets a range of whole UK days cross the October clock change.
    return { error: `The range is longer than ${maxDays} days. Ask for a shorter one.` }
  }
  return { from, to }
}
