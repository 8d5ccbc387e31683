// Readiness asks the database for a real write: one small record in Payload's key-value store, replaced each
// time. Payload lives in the Next bundle and the readiness check in the Express shell, so they meet in the
// process-wide symbol registry (as the site refresh and shutdown do). Types only from Payload: the shell
// never loads it.
import type { Payload } from 'payload'

import type { Readiness } from '../server/readiness'
import { storageFaultOf } from './faults'

const WRITE_PROBE = Symbol.for('campaign.write-probe')
const PROBE_KEY = 'campaign:readiness-probe'

const DETAIL = { full: "the server's disk is full", 'read-only': "the server's disk is read-only", io: 'the disk reported an error', busy: 'the database is busy', unavailable: 'the database is not answering' }

/** Payload's onInit: from now on readiness can write through this Payload. */
export function registerWriteProbe(payload: Payload): void {
  ;(globalThis as Record<symbol, unknown>)[WRITE_PROBE] = () => writeProbe(payload)
}

export async function writeProbe(payload: Payload): Promise<Readiness> {
  try {
    await payload.kv.set(PROBE_KEY, { at: new Date().toISOString() })
    return { ready: true, detail: 'database takes writes' }
  } catch (error) {
    const fault = storageFaultOf(error)
    payload.logger.warn({ err: error }, 'readiness: the database refused a write')
    return { ready: false, detail: fault ? DETAIL[fault.kind] : 'the database refused a write' }
  }
}

/** For the shell: a write through the running Payload, or "not ready" before it has started. */
export function requestWriteProbe(): Promise<Readiness> {
  const probe = (globalThis as Record<symbol, unknown>)[WRITE_PROBE] as (() => Promise<Readiness>) | undefined
  return probe ? probe() : Promise.resolve({ ready: false, detail: 'the database is not open yet' })
}
