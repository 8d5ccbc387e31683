// What each exit of `npm start`, `campaign start` and `campaign worker` means, for a supervisor (systemd, Docker,
// a PaaS) deciding whether to restart. docs/operations.md has the same table.
import os from 'node:os'

export const EXIT = {
  /** Stopped cleanly when asked (SIGTERM, SIGINT), or the command did what it was asked. */
  ok: 0,
  /** Could not start, or crashed: the reason is in the log. */
  failed: 1,
  /** The command was called wrongly; the usage is printed. */
  usage: 2,
  /** Refused to start, having started nothing: the port is taken, or a live server holds the database. */
  refused: 3,
  /** Asked to stop, but the shutdown took longer than SHUTDOWN_TIMEOUT_MS and was cut short. */
  shutdownTooSlow: 4,
} as const

/** A process that died by a signal exits, by shell convention, 128 + the signal's number (SIGKILL: 137). */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code
  return 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0)
}
