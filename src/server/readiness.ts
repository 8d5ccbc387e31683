import fs from 'node:fs/promises'
import path from 'node:path'

import type { DatabaseChoice } from '../config/database'

export type Readiness = { ready: boolean; detail: string }

export type ReadinessProbe = { check(): Promise<Readiness>; close(): Promise<void> }

/** Bytes the probe writes beside the database: more than a small save needs, far less than a slow disk notices. */
const PROBE_BYTES = 64 * 1024
/** Checks closer together than this share one answer, so polling /readyz hard costs the database nothing extra. */
const FRESH_FOR_MS = 2_000
const PROBE_TIMEOUT_MS = 5_000

export type ProbeOptions = {
  /** Writes one record through the running Payload (src/storage/writeProbe.ts). */
  writeThroughPayload: () => Promise<Readiness>
}

/**
 * Is the server ready to take saves? Checked afresh (at most every two seconds), so a lost or full disk shows
 * at once and a fixed one counts again without a restart: the database file is there, its folder takes a
 * real write, and a real record goes through Payload into the database.
 */
export function readinessProbe(database: DatabaseChoice, options: ProbeOptions): ReadinessProbe {
  let last: { at: number; result: Promise<Readiness> } | undefined
  const checkNow = async (): Promise<Readiness> => {
    if (database.kind === 'sqlite') {
      const disk = await sqliteDisk(database.file)
      if (!disk.ready) return disk
    }
    return withTimeout(options.writeThroughPayload(), PROBE_TIMEOUT_MS, { ready: false, detail: 'the database did not take a write in time' })
  }
  return {
    check() {
      if (!last || Date.now() - last.at > FRESH_FOR_MS) last = { at: Date.now(), result: checkNow().catch(() => ({ ready: false, detail: 'the readiness check failed' })) }
      return last.result
    },
    async close() {},
  }
}

let probes = 0

async function sqliteDisk(file: string): Promise<Readiness> {
  try {
    // Opening a missing file would quietly create an empty database, so look before anything opens it.
    await fs.access(file, fs.constants.R_OK | fs.constants.W_OK)
  } catch {
    return { ready: false, detail: 'database file is missing or not writable' }
  }
  // SQLite reuses space it already has, so a small save can still pass on a full disk while the next larger
  // one fails: the folder must take a real write of its own.
  const probe = path.join(path.dirname(file), `.readiness-probe-${process.pid}-${++probes}`)
  try {
    const handle = await fs.open(probe, 'w')
    try {
      await handle.write(Buffer.alloc(PROBE_BYTES))
      await handle.sync()
    } finally {
      await handle.close()
    }
    return { ready: true, detail: 'database folder takes writes' }
  } catch (error) {
    return { ready: false, detail: diskProblem(error as NodeJS.ErrnoException) }
  } finally {
    await fs.rm(probe, { force: true })
  }
}

function diskProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOSPC' || error.code === 'EDQUOT') return "the server's disk is full"
  if (error.code === 'EROFS') return "the server's disk is read-only"
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'the database folder is not writable'
  return `the database folder cannot be written (${error.code ?? 'unknown error'})`
}

function withTimeout<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms)
    timer.unref()
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}
