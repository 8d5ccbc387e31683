import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { claimLease, isLeaseLive, type Lease, LeaseLost, LEASES, processOwner, releaseLease, renewLease, withLease } from '@/leases/lease'
import { conflictingHolders, DatabaseHeld, registerProcess } from '@/leases/processes'
import { liveHolders } from '@/leases/holders'
import { chooseDatabase } from '@/config/database'

import { racingProcess } from '../helpers/processes'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Work claimed in the database: one holder per key, across processes, taken over only once it has lapsed.

let t: TestPayload
let unique = 0
const key = (name: string) => `test:${name}:${++unique}`

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

/** A lease row written as another process would write it. */
async function heldElsewhere(name: string, expiresInMs: number): Promise<string> {
  await t.payload.db.create({ collection: LEASES, data: { key: name, owner: 'elsewhere/1/abc', expiresAt: new Date(Date.now() + expiresInMs).toISOString() } })
  return name
}

const rowOf = async (name: string) => (await t.payload.db.find({ collection: LEASES, where: { key: { equals: name } }, limit: 1, pagination: false })).docs[0] as unknown as { owner: string; expiresAt: string } | undefined

describe('a lease', () => {
  it('is held by one claimant at a time, this process included, and is free again once released', async () => {
    const name = key('one')
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimLease(t.payload, name)))
    const won = claims.filter(Boolean) as Lease[]
    expect(won).toHaveLength(1)
    expect(await claimLease(t.payload, name)).toBeUndefined()
    expect(await isLeaseLive(t.payload, name)).toBe(true)
    await releaseLease(t.payload, won[0])
    expect(await isLeaseLive(t.payload, name)).toBe(false)
    expect(await claimLease(t.payload, name)).toMatchObject({ key: name, owner: processOwner() })
  })

  it('is refused while another process holds it, and taken over by exactly one claimant once it lapses', async () => {
    const live = await heldElsewhere(key('live'), 60_000)
    expect(await claimLease(t.payload, live)).toBeUndefined()
    expect((await rowOf(live))?.owner).toBe('elsewhere/1/abc')

    const lapsed = await heldElsewhere(key('lapsed'), -1)
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimLease(t.payload, lapsed)))
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect((await rowOf(lapsed))?.owner).toBe(processOwner())
  })

  it('renews while its holder works, and tells the holder when it was taken over', async () => {
    const name = key('renew')
    const lease = (await claimLease(t.payload, name, { ms: 1000 }))!
    const first = Date.parse((await rowOf(name))!.expiresAt)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await renewLease(t.payload, lease)).toBe(true)
    expect(Date.parse((await rowOf(name))!.expiresAt)).toBeGreaterThan(first)

    // It lapses (the holder stalled) and another process takes it: the renewal says so, and nothing is released.
    await t.payload.db.updateOne({ collection: LEASES, where: { key: { equals: name } }, data: { owner: 'elsewhere/2/def' } })
    expect(await renewLease(t.payload, lease)).toBe(false)
    await releaseLease(t.payload, lease)
    expect((await rowOf(name))?.owner).toBe('elsewhere/2/def')
  })

  it('runs work while held, renewing it on a timer, and stops the work at its next check once taken over', async () => {
    const name = key('work')
    const steps: string[] = []
    const outcome = withLease(
      t.payload,
      name,
      async (lease) => {
        await new Promise((resolve) => setTimeout(resolve, 1500))
        steps.push('first step')
        await lease.check()
        // Taken over meanwhile (as after a stall): the next check stops the work.
        await t.payload.db.updateOne({ collection: LEASES, where: { key: { equals: name } }, data: { owner: 'elsewhere/3/ghi' } })
        await new Promise((resolve) => setTimeout(resolve, 500))
        await lease.check()
        steps.push('second step')
      },
      { ms: 1000 },
    )
    await expect(outcome).rejects.toBeInstanceOf(LeaseLost)
    // Renewed on its timer through a wait longer than the lease, so nobody could take it before the test did.
    expect(steps).toEqual(['first step'])
    expect((await rowOf(name))?.owner).toBe('elsewhere/3/ghi')
    expect(await withLease(t.payload, name, async () => 'ran')).toEqual({ held: false })
  })

  it('waits for a busy lease when asked to, and runs once it comes free', async () => {
    const name = await heldElsewhere(key('wait'), 700)
    const started = Date.now()
    expect(await withLease(t.payload, name, async () => 'ran', { waitMs: 10_000 })).toEqual({ held: true, result: 'ran' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(600)
    expect(await isLeaseLive(t.payload, name)).toBe(false)
  })

  it('holds across processes: three processes racing for the same forty keys win each exactly once between them', async () => {
    const keys = Array.from({ length: 40 }, (_, index) => key(`race-${index}`))
    const claimers = [0, 1, 2].map(() => claimerProcess(keys))
    await Promise.all(claimers.map((claimer) => claimer.ready))
    const goAt = Date.now() + 500
    for (const claimer of claimers) claimer.go(goAt)
    const won = await Promise.all(claimers.map((claimer) => claimer.won))
    console.info(`lease race: the three processes won ${won.map((keys) => keys.length).join(', ')} keys`)
    expect(won.flat().sort()).toEqual([...keys].sort())
  }, 120_000)
})

describe('processes holding the database', () => {
  it('refuses a second holder unless it shares on purpose, and reads the same answer straight from the file', async () => {
    const database = chooseDatabase(process.env.DATABASE_URI)
    const first = await registerProcess(t.payload, { role: 'web and jobs', shared: false, port: 3000 })
    const holders = await liveHolders(database)
    await first.stop()
    expect(holders.map((holder) => holder.owner)).toEqual([processOwner()])
    expect(holders[0].note).toMatch(/^web and jobs on port 3000, pid \d+/)
    expect(conflictingHolders(holders, { shared: false })).toHaveLength(1)
    expect(conflictingHolders(holders, { shared: true })).toHaveLength(0)
    expect(await liveHolders(database)).toEqual([])

    // Another process's row, live: a start that does not share is refused and leaves no row of its own.
    await heldElsewhere('process:elsewhere/1/abc', 60_000)
    await expect(registerProcess(t.payload, { role: 'web', shared: false })).rejects.toBeInstanceOf(DatabaseHeld)
    expect((await liveHolders(database)).map((holder) => holder.owner)).toEqual(['elsewhere/1/abc'])
    const shared = await registerProcess(t.payload, { role: 'worker', shared: true })
    expect((await liveHolders(database)).map((holder) => holder.owner).sort()).toEqual(['elsewhere/1/abc', processOwner()].sort())
    await shared.stop()
  })
})

function claimerProcess(keys: string[]) {
  const claimer = racingProcess<{ won: string[] }>('tests/helpers/leaseClaimer.ts', { LEASE_KEYS: JSON.stringify(keys) }, 'won')
  return { ...claimer, won: claimer.result.then((line) => line.won) }
}
