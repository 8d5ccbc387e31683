/**
 * Wraps a job's work so only one run goes at a time in this process: the queue may start a run while the last
 * is still going, and two runs would race for the same rows. A run asked for meanwhile does nothing and
 * answers `idle`.
 */
export function oneAtATime<Args extends unknown[], Result>(work: (...args: Args) => Promise<Result>, idle: () => Result) {
  let running: Promise<Result> | undefined
  return async (...args: Args): Promise<Result> => {
    if (running) return idle()
    running = work(...args)
    try {
      return await running
    } finally {
      running = undefined
    }
  }
}
