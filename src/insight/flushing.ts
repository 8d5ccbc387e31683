import type { VisitBatch, VisitTally } from './tally'

// Writes the tally to the database every few seconds and once more at shutdown. A batch that cannot be
// written (the database busy, Payload not up yet) goes back into the tally and is tried with the next one.

/** How often each server writes its visits (VISIT_FLUSH_MS). */
export const VISIT_FLUSH_MS = 10_000

/** How many rows of a failed batch were written (the error says, when the writer wrote row by row). */
const partlyWritten = (error: unknown) => {
  const added = (error as { added?: unknown } | undefined)?.added
  return typeof added === 'number' && added >= 0 ? added : 0
}

export type VisitWriter = (batch: VisitBatch) => Promise<void>

export type VisitFlusher = {
  /** Writes what is counted now; resolves when written (or put back). One flush at a time. */
  flush(): Promise<void>
  /** Stops the timer and writes what is left. */
  stop(): Promise<void>
}

export function flushVisits({
  tally,
  writer,
  everyMs = VISIT_FLUSH_MS,
  warn,
}: {
  tally: VisitTally
  /** Undefined while there is nowhere to write yet (Payload still starting): the counts wait. */
  writer: () => VisitWriter | undefined
  everyMs?: number
  warn: (error: unknown, message: string) => void
}): VisitFlusher {
  let running: Promise<void> = Promise.resolve()
  const flushOnce = async () => {
    const write = writer()
    if (!write || tally.size === 0) return
    const batch = tally.take()
    try {
      await write(batch)
    } catch (error) {
      // The rows written before the refusal are stored: only the rest go back, so nothing counts twice.
      const written = partlyWritten(error)
      tally.putBack(batch.slice(written))
      warn(error, `could not write ${batch.length - written} page visit counts; they will be tried again`)
    }
    const dropped = tally.takeDropped()
    if (dropped > 0) warn(undefined, `${dropped} page visits were not counted: too many different pages between two writes`)
  }
  const flush = () => (running = running.then(flushOnce, flushOnce))
  const timer = setInterval(() => void flush(), everyMs)
  timer.unref()
  return {
    flush,
    async stop() {
      clearInterval(timer)
      await flush()
    },
  }
}

/** COUNT_VISITS=off turns counting off (the benchmark's comparison); VISIT_FLUSH_MS sets how often it writes. */
export function visitCountingFromEnv(env: NodeJS.ProcessEnv = process.env): { on: boolean; everyMs: number } {
  const everyMs = Number(env.VISIT_FLUSH_MS)
  return { on: env.COUNT_VISITS !== 'off', everyMs: Number.isFinite(everyMs) && everyMs >= 100 ? everyMs : VISIT_FLUSH_MS }
}
