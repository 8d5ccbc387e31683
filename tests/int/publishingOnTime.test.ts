import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { PUBLISHING_QUEUE, PUBLISHING_TASK } from '@/jobs/publishingSchedule'

import { draftMessage } from '../helpers/messages'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Issue 16, item 1: a message scheduled for a round minute has two publishing jobs due in the same tick (its
// own, and the minute's safety net). Payload runs a queue's due jobs side by side with one shared request;
// the message hooks keep a save's state on the request (its locale, its context), so two saves at once
// read each other's state and were refused with "The wording has changed since it was approved".

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

/** As a publisher's scheduling save does (the system here): it queues the message's own publishing job. */
const schedule = (id: number, publishAt: Date) =>
  t.payload.update({ collection: 'messages', id, draft: true, data: { workflow: { state: 'scheduled', publishAt: publishAt.toISOString() } }, context: { system: true } })

const jobsLeft = async () =>
  (await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: PUBLISHING_TASK } }, depth: 0, overrideAccess: true })).docs

describe('publishing on time', () => {
  it('publishes a message whose own job and the safety net fall due in the same tick, with no job refused', async () => {
    const messages = await Promise.all(['on-time-first', 'on-time-second'].map((slug) => draftMessage(t.payload, slug)))
    for (const message of messages) await walkMessageTo(t.payload, message.id, 'approved')
    const publishAt = new Date(Date.now() + 3_000)
    for (const message of messages) await schedule(message.id, publishAt)
    // The minute's safety net, as Payload's schedule queues it, due at the same moment.
    await t.payload.jobs.queue({ task: PUBLISHING_TASK, queue: PUBLISHING_QUEUE, input: {}, waitUntil: publishAt })
    expect((await jobsLeft()).length).toBe(3)

    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 50))
    // One tick: the three due jobs run side by side, as the server's runner runs them.
    await t.payload.jobs.run({ queue: PUBLISHING_QUEUE, limit: 10 })

    for (const message of messages) {
      const live = await t.payload.findByID({ collection: 'messages', id: message.id, depth: 0 })
      expect(live.workflow?.state, `${message.slug} is published`).toBe('published')
      expect(live._status).toBe('published')
      const moves = await t.payload.find({ collection: 'audit-trail', where: { and: [{ message: { equals: message.id } }, { event: { equals: 'Scheduled → Published' } }] } })
      expect(moves.totalDocs, `${message.slug} moved once`).toBe(1)
    }
    // Completed jobs are deleted; a refused one would stay, with its error, to be tried again.
    const left = await jobsLeft()
    expect(left.map((job) => ({ error: job.error, tried: job.totalTried }))).toEqual([])
  })

  it('queues a job for the new time when a scheduled message is moved, and publishes it then', async () => {
    const message = await draftMessage(t.payload, 'moved-on-the-calendar')
    await walkMessageTo(t.payload, message.id, 'approved')
    await schedule(message.id, new Date(Date.now() + 86_400_000))
    const movedTo = new Date(Date.now() + 2_000)
    await t.payload.update({ collection: 'messages', id: message.id, draft: true, data: { workflow: { publishAt: movedTo.toISOString() } }, context: { system: true } })
    const waits = (await jobsLeft()).map((job) => (job.waitUntil ? new Date(job.waitUntil).getTime() : 0))
    expect(waits).toContain(movedTo.getTime())

    await new Promise((resolve) => setTimeout(resolve, movedTo.getTime() - Date.now() + 50))
    await t.payload.jobs.run({ queue: PUBLISHING_QUEUE, limit: 10 })
    expect((await t.payload.findByID({ collection: 'messages', id: message.id, depth: 0 })).workflow?.state).toBe('published')
  })
})
