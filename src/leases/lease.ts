// Work that must happen once, whichever process does it: claimed in the database with a lease. A lease is one
// row in `leases` with a unique key (the work), an owner (this process) and an expiry the owner keeps pushing
// forward while it works. The unique key makes a second claim fail while the first stands; a lease whose
// expiry has passed (its process died, or stalled past it) may be taken over, atomically, by one claimant.
// Every job that must not run twice uses this one module.
import { randomBytes } from 'node:crypto'
import os from 'node:os'

import type { Payload } from 'payload'

import { readLeaseMs } from '@/config/settings'

export const LEASES = 'leases'
const OWNER = Symbol.for('campaign.lease-owner')

/** This process's name in every lease it holds: host, process id and a random tag (process ids are reused). */
export function processOwner(): string {
  const store = globalThis as Record<symbol, unknown>
  store[OWNER] ??= `${os.hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`
  return store[OWNER] as string
}

/** How long a claim stands without renewal (LEASE_MS): the longest a dead process's work waits to be taken over. */
export function leaseMs(env: NodeJS.ProcessEnv = process.env): number {
  return readLeaseMs(env)
}

export type Lease = { key: string; owner: string; expiresAt: number; ms: number }
export type ClaimOptions = { ms?: number; note?: string; shared?: boolean }

/** The work was taken over by another process while this one held it (it stalled past its lease). */
export class LeaseLost extends Error {
  override name = 'LeaseLost'
  constructor(readonly key: string) {
    super(`Another process took over "${key}" after this process let its lease lapse.`)
  }
}

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Claims `key` for this process. Answers undefined when a live lease holds it, whoever holds it (this process
 * included: a claim is never re-entrant). A lapsed lease is taken over in one conditional write, so of two
 * processes racing for it exactly one wins.
 */
export async function claimLease(payload: Payload, key: string, options: ClaimOptions = {}): Promise<Lease | undefined> {
  const ms = options.ms ?? leaseMs()
  const owner = processOwner()
  let lastError: unknown
  // Three tries cover a lease released between our insert failing and our look at it.
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = Date.now()
    const data = { key, owner, expiresAt: iso(now + ms), shared: options.shared ?? false, note: options.note ?? null }
    try {
      await payload.db.create({ collection: LEASES, data })
      return { key, owner, expiresAt: now + ms, ms }
    } catch (error) {
      lastError = error
    }
    const taken = await payload.db.updateOne({
      collection: LEASES,
      where: { and: [{ key: { equals: key } }, { expiresAt: { less_than: iso(now) } }] },
      data,
      options: { atomic: true },
    })
    if (taken) return { key, owner, expiresAt: now + ms, ms }
    if (await leaseRow(payload, key)) return undefined
  }
  throw lastError
}

/** Pushes the expiry forward. False when the lease is no longer this process's (taken over after lapsing). */
export async function renewLease(payload: Payload, lease: Lease): Promise<boolean> {
  const expiresAt = Date.now() + lease.ms
  const renewed = await payload.db.updateOne({
    collection: LEASES,
    where: { and: [{ key: { equals: lease.key } }, { owner: { equals: lease.owner } }] },
    data: { expiresAt: iso(expiresAt) },
    options: { atomic: true },
  })
  if (renewed) lease.expiresAt = expiresAt
  return Boolean(renewed)
}

/** Lets the work go at once (only if still ours), so another process need not wait for the lease to lapse. */
export async function releaseLease(payload: Payload, lease: Lease): Promise<void> {
  await payload.db.deleteMany({ collection: LEASES, where: { and: [{ key: { equals: lease.key } }, { owner: { equals: lease.owner } }] } })
}

export type LeaseRow = { key: string; owner: string; expiresAt: string; shared?: boolean | null; note?: string | null }

async function leaseRow(payload: Payload, key: string): Promise<LeaseRow | undefined> {
  const { docs } = await payload.db.find({ collection: LEASES, where: { key: { equals: key } }, limit: 1, pagination: false })
  return docs[0] as unknown as LeaseRow | undefined
}

/** Is someone working on `key` right now? */
export async function isLeaseLive(payload: Payload, key: string): Promise<boolean> {
  const row = await leaseRow(payload, key)
  return Boolean(row && Date.parse(row.expiresAt) > Date.now())
}

/** Live leases whose key starts with `prefix` (for example every running process). */
export async function liveLeases(payload: Payload, prefix: string): Promise<LeaseRow[]> {
  const { docs } = await payload.db.find({
    collection: LEASES,
    where: { and: [{ key: { like: prefix } }, { expiresAt: { greater_than: iso(Date.now()) } }] },
    limit: 0,
    pagination: false,
  })
  return (docs as unknown as LeaseRow[]).filter((row) => row.key.startsWith(prefix))
}

/** Rows whose leases lapsed long ago (work finished by a process that died): one conditional delete. */
export async function forgetLapsedLeases(payload: Payload, olderThanMs = 3_600_000): Promise<void> {
  await payload.db.deleteMany({ collection: LEASES, where: { expiresAt: { less_than: iso(Date.now() - olderThanMs) } } })
}

/** A lease held for the length of some work, renewed on a timer while the work runs. */
export type HeldLease = Lease & {
  /** True once another process has taken the work over. */
  readonly lost: boolean
  /** Throws LeaseLost if the work was taken over; call it before each step that must happen once. */
  check(): Promise<void>
}

export type Held<T> = { held: true; result: T } | { held: false }

/**
 * Runs `work` while holding `key`, or does nothing when another process (or another job here) holds it. The
 * lease is renewed every third of its length while the work runs and released when it ends. With `waitMs`,
 * waits up to that long for a busy lease to come free instead of giving up at once.
 */
export async function withLease<T>(
  payload: Payload,
  key: string,
  work: (lease: HeldLease) => Promise<T>,
  options: ClaimOptions & WaitOptions = {},
): Promise<Held<T>> {
  const lease = await claimWithin(payload, key, options)
  if (!lease) return { held: false }
  let lost = false
  const renew = async () => {
    if (lost) return
    try {
      if (!(await renewLease(payload, lease))) lost = true
    } catch (error) {
      // A busy or briefly unreachable database: the next renewal tries again, well before the lease lapses.
      payload.logger.warn({ err: error, lease: key }, 'could not renew a lease; trying again shortly')
    }
  }
  const timer = setInterval(() => void renew(), Math.max(250, lease.ms / 3))
  timer.unref()
  const held: HeldLease = Object.assign(lease, {
    get lost() {
      return lost
    },
    async check() {
      if (!lost && Date.now() > lease.expiresAt - lease.ms / 3) await renew()
      if (lost) throw new LeaseLost(key)
    },
  })
  try {
    return { held: true, result: await work(held) }
  } finally {
    clearInterval(timer)
    if (!lost) {
      await releaseLease(payload, lease).catch((error: unknown) =>
        payload.logger.warn({ err: error, lease: key }, 'could not release a lease; it lapses on its own'),
      )
    }
  }
}

type WaitOptions = {
  /** Wait up to this long for a busy lease to come free (default: give up at once). */
  waitMs?: number
  /** Stop waiting early when this turns false (the process is stopping). */
  keepWaiting?: () => boolean
}

async function claimWithin(payload: Payload, key: string, options: ClaimOptions & WaitOptions): Promise<Lease | undefined> {
  const giveUpAt = Date.now() + (options.waitMs ?? 0)
  for (;;) {
    const lease = await claimLease(payload, key, options)
    if (lease || Date.now() >= giveUpAt || options.keepWaiting?.() === false) return lease
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
