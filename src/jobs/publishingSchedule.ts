import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { withLease } from '@/leases/lease'
import type { Message } from '@/payload-types'

import { campaignIsPaused } from './pause'
import { ownRequest } from './task'

export const PUBLISHING_TASK = 'runPublishingSchedule'
export const PUBLISHING_QUEUE = 'publishing'

type ScheduleReport = { held: boolean; published: number; expired: number }

/**
 * Publishes every scheduled message whose time has come and expires live messages past their review date.
 * It is safe to run at any time, as often as you like, in as many processes as you like: each message is
 * claimed with a lease while it moves, and looked at afresh once claimed, so it moves once. While the
 * campaign is paused it publishes nothing, so held messages go out on the first run after the pause is lifted.
 * `req` must be this run's own request (src/jobs/task.ts): the message hooks keep a save's state on it.
 */
export async function runPublishingSchedule(req: PayloadRequest, now = new Date()): Promise<ScheduleReport> {
  if (await campaignIsPaused(req.payload, req)) return { held: true, published: 0, expired: 0 }
  const isDue: Where[] = [{ 'workflow.state': { equals: 'scheduled' } }, { 'workflow.publishAt': { less_than_equal: now.toISOString() } }]
  let published = 0
  for (const message of await latestVersions(req, isDue)) {
    if (await moveOnce(req, message.id, isDue, { _status: 'published', workflow: { state: 'published' } })) published++
  }
  const isOutdated: Where[] = [{ 'workflow.state': { equals: 'published' } }, { reviewBy: { less_than: now.toISOString() } }]
  let expired = 0
  for (const message of await latestVersions(req, isOutdated)) {
    if (await moveOnce(req, message.id, isOutdated, { workflow: { state: 'expired', note: 'Past its review-by date.' } })) expired++
  }
  return { held: false, published, expired }
}

/** Claims the message, checks it still needs the move, and makes it as the system. False when another run has it. */
async function moveOnce(req: PayloadRequest, id: Message['id'], stillDue: Where[], data: Partial<Message>): Promise<boolean> {
  const run = await withLease(req.payload, `message:${id}`, async () => {
    const [current] = await latestVersions(req, [{ id: { equals: id } }, ...stillDue])
    if (!current) return false
    await req.payload.update({ collection: 'messages', id, data: data as never, overrideAccess: true, context: { system: true }, req })
    return true
  })
  return run.held && run.result
}

/** Messages whose latest version matches, a batch at a time (the next run picks up any more). */
async function latestVersions(req: PayloadRequest, conditions: Where[]) {
  const { docs } = await req.payload.find({
    collection: 'messages',
    draft: true,
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
    where: { and: conditions },
  })
  return docs
}

export const publishingScheduleTask: TaskConfig<'runPublishingSchedule'> = {
  slug: PUBLISHING_TASK,
  label: 'Publish scheduled messages and expire outdated ones',
  // Every minute as a safety net; scheduling a message also queues a run for its exact time.
  schedule: [{ cron: '0 * * * * *', queue: PUBLISHING_QUEUE }],
  retries: 3,
  outputSchema: [
    { name: 'held', type: 'checkbox' },
    { name: 'published', type: 'number' },
    { name: 'expired', type: 'number' },
  ],
  handler: ownRequest(
    (req) => runPublishingSchedule(req),
    () => ({ held: false, published: 0, expired: 0 }),
  ),
}
