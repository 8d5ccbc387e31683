import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { campaignIsPaused } from './pause'

export const PUBLISHING_TASK = 'runPublishingSchedule'
export const PUBLISHING_QUEUE = 'publishing'

/** How often the server looks for due work on the publishing queue. */
export const publishingQueue = { cron: '*/10 * * * * *', queue: PUBLISHING_QUEUE, limit: 10 }

/**
 * Publishes every scheduled message whose time has come and expires live messages past their review date.
 * It is safe to run at any time and as often as you like: each message moves once. While the campaign is
 * paused it publishes nothing, so held messages go out on the first run after the pause is lifted.
 */
export async function runPublishingSchedule(req: PayloadRequest, now = new Date()) {
  if (await campaignIsPaused(req.payload, req)) return { held: true, published: 0, expired: 0 }
  const system = { ...req.context, system: true }
  const due = await latestVersions(req, [{ 'workflow.state': { equals: 'scheduled' } }, { 'workflow.publishAt': { less_than_equal: now.toISOString() } }])
  for (const message of due) {
    await req.payload.update({
      collection: 'messages',
      id: message.id,
      data: { _status: 'published', workflow: { state: 'published' } },
      overrideAccess: true,
      context: system,
      req,
    })
  }
  const outdated = await latestVersions(req, [{ 'workflow.state': { equals: 'published' } }, { reviewBy: { less_than: now.toISOString() } }])
  for (const message of outdated) {
    await req.payload.update({
      collection: 'messages',
      id: message.id,
      data: { workflow: { state: 'expired', note: 'Past its review-by date.' } },
      overrideAccess: true,
      context: system,
      req,
    })
  }
  return { held: false, published: due.length, expired: outdated.length }
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
  handler: async ({ req }) => ({ output: await runPublishingSchedule(req) }),
}
