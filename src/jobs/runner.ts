// The jobs queues, run by this process when it is the one to run them (`npm start` by default, `campaign
// worker`, never a web process started with JOBS=off). Payload's own runner (jobs.autoRun) starts lazily on the
// first request that asks for it, in any process that loads Payload, a test's included; this one starts only
// when asked, runs each queue in a loop of its own, wakes for a job's exact time, and stops cleanly: it
// finishes the jobs in hand before the database closes.
import type { Payload } from 'payload'

import { forgetLapsedLeases, isLeaseLive, leaseMs, withLease } from '@/leases/lease'

import { MATERIALS_QUEUE } from './generateMaterials'
import { PUBLISHING_QUEUE } from './publishingSchedule'
import { EMAIL_QUEUE } from './sendEmailCampaigns'
import { WEBHOOK_QUEUE } from './deliverWebhooks'
import { markJobsStopping } from './stopping'
import { jobLeaseKey } from './task'

export type QueueRun = {
  queue: string
  /** The longest wait between two looks at the queue; a job with a time wakes the loop at that time. */
  everyMs: number
  /** Jobs run side by side in one look (each has a request of its own: src/jobs/task.ts). */
  limit: number
}

export const queueRuns: QueueRun[] = [
  // Scheduled messages and posts: looked at every few seconds, and woken at each job's exact time.
  { queue: PUBLISHING_QUEUE, everyMs: 5_000, limit: 10 },
  { queue: MATERIALS_QUEUE, everyMs: 10_000, limit: 5 },
  { queue: EMAIL_QUEUE, everyMs: 10_000, limit: 1 },
  { queue: WEBHOOK_QUEUE, everyMs: 10_000, limit: 1 },
]

export type JobRunner = {
  /**
   * Takes no more jobs and waits for those in hand, up to `waitMs`: long jobs end at their next safe point
   * (src/jobs/stopping.ts). One still running after that is left; its lease lapses and it runs again later.
   */
  stop(waitMs?: number): Promise<void>
}

export function startJobRunner(payload: Payload, runs: QueueRun[] = queueRuns): JobRunner {
  const stopping = new AbortController()
  markJobsStopping(stopping.signal)
  const loops = [...runs.map((run) => queueLoop(payload, run, stopping.signal)), sweepLoop(payload, stopping.signal)]
  payload.logger.info({ queues: runs.map((run) => run.queue) }, 'jobs queues running in this process')
  return {
    async stop(waitMs = Number.POSITIVE_INFINITY) {
      stopping.abort()
      let timer: NodeJS.Timeout | undefined
      const waited = new Promise<void>((resolve) => {
        if (Number.isFinite(waitMs)) timer = setTimeout(resolve, waitMs)
      })
      await Promise.race([Promise.allSettled(loops), waited])
      clearTimeout(timer)
    },
  }
}

async function queueLoop(payload: Payload, { queue, everyMs, limit }: QueueRun, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    let more = false
    try {
      // Recurring tasks (the minute's publishing run, the ten-second sends) are queued from their schedules,
      // by one process at a time: Payload counts the queued ones first, and two counting at once would both queue.
      await withLease(payload, `schedules:${queue}`, () => payload.jobs.handleSchedules({ queue }))
      const result = await payload.jobs.run({ queue, limit, silent: { info: true } })
      // A full batch may have left due jobs behind: look again at once. (Failed jobs wait for the next look.)
      more = Object.keys((result as { jobStatus?: object }).jobStatus ?? {}).length >= limit
    } catch (error) {
      if (signal.aborted) break
      payload.logger.error({ err: error, queue }, 'the jobs queue could not run; trying again shortly')
    }
    if (!more) await sleep(await untilNextJob(payload, queue, everyMs), signal)
  }
}

/** How long to wait: until the queue's next timed job falls due, at most `everyMs`. */
async function untilNextJob(payload: Payload, queue: string, everyMs: number): Promise<number> {
  try {
    const now = Date.now()
    const { docs } = await payload.db.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: queue } },
          { processing: { equals: false } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { waitUntil: { greater_than: new Date(now).toISOString() } },
        ],
      },
      sort: 'waitUntil',
      limit: 1,
      pagination: false,
    })
    const waitUntil = (docs[0] as { waitUntil?: string | null } | undefined)?.waitUntil
    const next = waitUntil ? Date.parse(waitUntil) : Number.POSITIVE_INFINITY
    // Payload runs a job once its time is strictly past: wake a moment after.
    return Math.max(0, Math.min(everyMs, next - now + 20))
  } catch {
    return everyMs
  }
}

/**
 * A job left "processing" by a process that stopped mid-job (killed, out of memory, power cut) would never run
 * again, and a recurring task stuck that way is never scheduled again either. Every running job holds a lease
 * on itself; one still "processing" with no live lease for a whole lease period is handed back to the queue.
 * The work inside each job is claimed with leases of its own, so running it again never repeats what was done.
 */
async function sweepLoop(payload: Payload, signal: AbortSignal): Promise<void> {
  const suspects = new Map<string, number>()
  while (!signal.aborted) {
    try {
      await handBackCutOffJobs(payload, suspects)
      await forgetLapsedLeases(payload)
    } catch (error) {
      if (signal.aborted) break
      payload.logger.warn({ err: error }, 'could not look for jobs cut off by a stopped process; trying again shortly')
    }
    await sleep(Math.min(leaseMs() / 2, 10_000), signal)
  }
}

async function handBackCutOffJobs(payload: Payload, suspects: Map<string, number>): Promise<void> {
  const { docs } = await payload.db.find({ collection: 'payload-jobs', where: { processing: { equals: true } }, limit: 100, pagination: false })
  const now = Date.now()
  const seen = new Set<string>()
  for (const job of docs as { id: number | string; taskSlug?: string | null; queue?: string | null }[]) {
    const id = String(job.id)
    seen.add(id)
    if (await isLeaseLive(payload, jobLeaseKey(job.id))) {
      suspects.delete(id)
      continue
    }
    // Payload marks a job "processing" a moment before its handler claims the lease: look twice, a lease apart.
    const since = suspects.get(id) ?? now
    suspects.set(id, since)
    if (now - since < leaseMs()) continue
    const handedBack = await payload.db.updateOne({
      collection: 'payload-jobs',
      where: { and: [{ id: { equals: job.id } }, { processing: { equals: true } }] },
      data: { processing: false },
      options: { atomic: true },
    })
    suspects.delete(id)
    if (handedBack) payload.logger.warn({ job: job.id, task: job.taskSlug, queue: job.queue }, 'a job cut off when its process stopped goes back on its queue')
  }
  for (const id of suspects.keys()) if (!seen.has(id)) suspects.delete(id)
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}
