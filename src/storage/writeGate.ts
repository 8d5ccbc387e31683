// One writer at a time per SQLite file in this process. SQLite allows one writer per file, and the libsql
// driver waits for a busy lock synchronously, freezing the whole event loop, so a second writer in the same
// process would stall the very save it is waiting for. Writers queue here instead, without blocking anything.
// The busy timeout still covers other processes on the same file (the command line beside the server).

import { StorageFault } from './faults'

export type Release = () => void

export type WriteGate = {
  /** Waits for its turn (first come, first served); the caller must release exactly once. */
  acquire(): Promise<Release>
  /** Runs one write in its turn. */
  run<T>(write: () => Promise<T>): Promise<T>
  /** How many writers wait now (for logs and tests). */
  readonly waiting: number
}

/** A writer that waits this long has almost certainly met a save that never ends; failing beats hanging. */
export const DEFAULT_WAIT_LIMIT_MS = 30_000

export function createWriteGate(waitLimitMs = DEFAULT_WAIT_LIMIT_MS): WriteGate {
  let held = false
  const queue: Array<(release: Release) => void> = []

  const releaseFor = (): Release => {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = queue.shift()
      if (next) next(releaseFor())
      else held = false
    }
  }

  const acquire = (): Promise<Release> => {
    if (!held) {
      held = true
      return Promise.resolve(releaseFor())
    }
    return new Promise<Release>((resolve, reject) => {
      const turn = (release: Release) => {
        clearTimeout(timer)
        resolve(release)
      }
      const timer = setTimeout(() => {
        const index = queue.indexOf(turn)
        if (index >= 0) queue.splice(index, 1)
        reject(new StorageFault('busy', `waited ${Math.round(waitLimitMs / 1000)} s for another save to finish`))
      }, waitLimitMs)
      timer.unref()
      queue.push(turn)
    })
  }

  return {
    acquire,
    async run(write) {
      const release = await acquire()
      try {
        return await write()
      } finally {
        release()
      }
    },
    get waiting() {
      return queue.length
    },
  }
}

const GATES = Symbol.for('campaign.write-gates')

/**
 * The gate for one database file, shared by everything in the process that writes to it. The Express shell
 * and the Next bundle are separate module graphs, so they meet in the process-wide symbol registry.
 */
export function writeGateFor(file: string): WriteGate {
  const registry = ((globalThis as Record<symbol, unknown>)[GATES] ??= new Map<string, WriteGate>()) as Map<string, WriteGate>
  let gate = registry.get(file)
  if (!gate) {
    gate = createWriteGate()
    registry.set(file, gate)
  }
  return gate
}
