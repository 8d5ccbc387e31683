import { createLocalReq, type PayloadRequest } from 'payload'

import { withLease } from '@/leases/lease'

type JobArgs<Input> = { input: Input; job: { id: number | string; taskSlug?: string | null }; req: PayloadRequest }

/**
 * The one way our tasks run. Payload runs a queue's due jobs side by side and hands them all one request object:
 * its locale and context (where the message hooks keep their state during a save) would be shared between two
 * jobs saving at once, so each job gets a request of its own here. While it runs, the job also holds a lease on
 * itself (`job:<id>`): a job left "processing" by a process that died is then told from one still running
 * (src/jobs/runner.ts), and a job two processes picked up at once runs once.
 */
export function ownRequest<Input, Output>(work: (req: PayloadRequest, input: Input) => Promise<Output>, skipped: () => Output) {
  return async ({ input, job, req }: JobArgs<Input>): Promise<{ output: Output }> => {
    const own = await createLocalReq({ context: {} }, req.payload)
    const run = await withLease(req.payload, jobLeaseKey(job.id), () => work(own, input), { note: `job ${job.taskSlug ?? ''}`.trim() })
    return { output: run.held ? run.result : skipped() }
  }
}

export const jobLeaseKey = (id: number | string) => `job:${id}`
