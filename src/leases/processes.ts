// Each running server or worker keeps a lease of its own ("process:<owner>") renewed every few seconds. That
// row is how a new start knows a live server holds the database, and how a process that died is told from one
// that is only slow: its lease lapses.
import fs from 'node:fs'
import os from 'node:os'

import type { Payload } from 'payload'

import { RefusedToStart } from '@/config/errors'

import { claimLease, type Lease, liveLeases, type LeaseRow, processOwner, releaseLease, renewLease } from './lease'

export const PROCESS_PREFIX = 'process:'

export type ProcessRole = 'web and jobs' | 'web' | 'worker'

/** A live process already holds the database and this one was not started to share it. */
export class DatabaseHeld extends RefusedToStart {
  override name = 'DatabaseHeld'
  constructor(readonly holders: { owner: string; note?: string | null }[]) {
    super(
      `Another live campaign process holds this database (${holders.map(describeHolder).join('; ')}). ` +
        'Stop it first, or set SHARED_DATABASE=1 on every process that shares the database on purpose (see docs/operations.md).',
    )
  }
}

export const describeHolder = (holder: { owner: string; note?: string | null }) => (holder.note ? `${holder.note}, ${holder.owner}` : holder.owner)

/**
 * Which live processes stop a new one from starting: none when it was started to share the database
 * (SHARED_DATABASE=1, a worker, or a web process with JOBS=off); otherwise every other live one.
 */
export function conflictingHolders<T extends { owner: string }>(live: T[], { shared, self }: { shared: boolean; self?: string }): T[] {
  if (shared) return []
  return live.filter((holder) => holder.owner !== self)
}

/**
 * A holder on this machine whose process is gone (killed outright, say) holds nothing, though its lease has not
 * lapsed yet: a supervisor restarting it at once is not refused. Only where every holder shares this machine's
 * process ids, that is with the SQLite file; a holder elsewhere is judged by its lease alone.
 */
export function stillRunning(holder: { owner: string }, sameMachine: boolean): boolean {
  const [host, pid] = holder.owner.split('/')
  if (!sameMachine || host !== os.hostname() || !/^\d+$/.test(pid ?? '')) return true
  try {
    process.kill(Number(pid), 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
  return !isZombie(Number(pid))
}

/**
 * A process killed outright whose parent died with it waits to be reaped by PID 1, and in many containers
 * PID 1 never reaps: it still answers a signal check, but it is gone. Linux says so in /proc.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return false
  }
}

export type RegisteredProcess = { lease: Lease; stop(): Promise<void> }

/**
 * Registers this process as a holder of the database, then looks for others. Both sides of a race register
 * before they look, so two exclusive starts at the same moment cannot both go ahead. Renewed on a timer.
 */
export async function registerProcess(payload: Payload, options: { role: ProcessRole; shared: boolean; port?: number }): Promise<RegisteredProcess> {
  // Once per process: a second call (Next in development may start Payload again) gets the same registration.
  const store = globalThis as Record<symbol, Promise<RegisteredProcess> | undefined>
  store[REGISTERED] ??= register(payload, options).catch((error: unknown) => {
    store[REGISTERED] = undefined
    throw error
  })
  return store[REGISTERED]
}

const REGISTERED = Symbol.for('campaign.registered-process')

async function register(payload: Payload, { role, shared, port }: { role: ProcessRole; shared: boolean; port?: number }): Promise<RegisteredProcess> {
  const note = `${role}${port ? ` on port ${port}` : ''}, pid ${process.pid} on ${os.hostname()}`
  const key = `${PROCESS_PREFIX}${processOwner()}`
  const lease = await claimLease(payload, key, { shared, note })
  if (!lease) throw new Error(`This process's own lease ${key} is held by another: the lease table is damaged.`)
  const sameMachine = payload.db.name === 'sqlite'
  const live = (await liveLeases(payload, PROCESS_PREFIX)).filter((holder) => stillRunning(holder, sameMachine))
  const others = conflictingHolders(live, { shared, self: lease.owner })
  if (others.length > 0) {
    await releaseLease(payload, lease)
    throw new DatabaseHeld(others)
  }
  const heartbeat = setInterval(() => {
    renewLease(payload, lease)
      .then(async (renewed) => {
        // Our row was swept away after a long stall: write it again (the key is ours alone).
        if (!renewed) await claimLease(payload, key, { shared, note })
      })
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'could not renew this process lease; trying again shortly'))
  }, Math.max(250, lease.ms / 3))
  heartbeat.unref()
  return {
    lease,
    async stop() {
      clearInterval(heartbeat)
      ;(globalThis as Record<symbol, unknown>)[REGISTERED] = undefined
      await releaseLease(payload, lease)
    },
  }
}

export type LiveHolder = Pick<LeaseRow, 'owner' | 'note' | 'shared'>
