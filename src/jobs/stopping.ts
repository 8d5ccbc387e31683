// Set by the job runner when this process begins to stop (src/jobs/runner.ts); read by long jobs, which end at
// their next safe point and hand the rest on. A symbol in the process-wide registry, as the Next bundle and the
// command line may each carry a copy of this module.
const STOPPING = Symbol.for('campaign.jobs-stopping')

export function markJobsStopping(signal: AbortSignal): void {
  ;(globalThis as Record<symbol, unknown>)[STOPPING] = signal
}

/** True once this process has begun to stop. */
export function jobsStopping(): boolean {
  return Boolean((globalThis as Record<symbol, AbortSignal | undefined>)[STOPPING]?.aborted)
}
