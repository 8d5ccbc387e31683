import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLISHING_QUEUE, PUBLISHING_TASK } from '@/jobs/publishingSchedule'
import { startJobRunner } from '@/jobs/runner'
import { jobLeaseKey } from '@/jobs/task'
import { LEASES } from '@/leases/lease'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The runner the servers and the worker use (src/jobs/runner.ts), on a real Payload and SQLite file: a job
// left "processing" by a process that died goes back on its queue; one whose process lives is left alone.

let t: TestPayload

beforeAll(async () => {
  process.env.LEASE_MS = '1000'
  t = await startTestPayload()
})
afterAll(async () => {
  delete process.env.LEASE_MS
  await t?.close()
})

const job = async (id: number | string) => (await t.payload.db.find({ collection: 'payload-jobs', where: { id: { equals: id } }, limit: 1, pagination: false })).docs[0] as
  | { processing?: boolean }
  | undefined

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('the job runner', () => {
  it('hands back a job cut off by a process that died, runs it, and leaves a job whose process lives alone', async () => {
    // Two publishing jobs a runner had taken when... one runner died (no lease), the other still works (a live lease).
    const cutOff = await t.payload.jobs.queue({ task: PUBLISHING_TASK, queue: PUBLISHING_QUEUE, input: {} })
    const running = await t.payload.jobs.queue({ task: PUBLISHING_TASK, queue: PUBLISHING_QUEUE, input: {} })
    for (const { id } of [cutOff, running]) await t.payload.db.updateOne({ collection: 'payload-jobs', id, data: { processing: true } })
    await t.payload.db.create({ collection: LEASES, data: { key: jobLeaseKey(running.id), owner: 'alive/1/abc', expiresAt: new Date(Date.now() + 120_000).toISOString() } })

    const runner = startJobRunner(t.payload, [{ queue: PUBLISHING_QUEUE, everyMs: 250, limit: 10 }])
    try {
      // Handed back after a whole lease period with no lease, then run and (being complete) deleted.
      await until('the cut-off job ran', async () => (await job(cutOff.id)) === undefined)
      expect(await job(running.id)).toMatchObject({ processing: true })
    } finally {
      await runner.stop()
    }
  })

  it('stops when asked, waiting no longer than it is given for the jobs in hand', async () => {
    const runner = startJobRunner(t.payload, [{ queue: PUBLISHING_QUEUE, everyMs: 60_000, limit: 10 }])
    await new Promise((resolve) => setTimeout(resolve, 300))
    const started = Date.now()
    await runner.stop(5_000)
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
