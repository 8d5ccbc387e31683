// When a process of `npm start` must stop: SIGTERM (systemd, Docker, Kubernetes), SIGINT (Ctrl+C), or its
// parent gone. npm does not pass SIGTERM on to its script and leaves it running under PID 1, and a parent
// killed with SIGKILL cannot pass anything on: so each process also watches its parent, and stops when the
// process that started it is no longer there.

export type StopReason = 'SIGTERM' | 'SIGINT' | 'parent exited'

const PARENT_POLL_MS = 500

/** Calls `stop` on each request to stop (callers ignore repeats). Returns a function that stops listening. */
export function onStopRequest(stop: (reason: StopReason) => void): () => void {
  const parent = process.ppid
  const onTerm = () => stop('SIGTERM')
  const onInt = () => stop('SIGINT')
  process.on('SIGTERM', onTerm)
  process.on('SIGINT', onInt)
  // Started by PID 1 (a container's init, systemd) or as PID 1: there is no parent to lose.
  const watch = parent > 1 ? setInterval(() => process.ppid !== parent && stop('parent exited'), PARENT_POLL_MS) : undefined
  watch?.unref()
  return () => {
    process.off('SIGTERM', onTerm)
    process.off('SIGINT', onInt)
    if (watch) clearInterval(watch)
  }
}
