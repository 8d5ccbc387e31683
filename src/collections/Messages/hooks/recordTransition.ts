import type { CollectionAfterChangeHook } from 'payload'

import { stateLabels, type WorkflowState } from '@/workflow/states'

import { PUBLISHING_QUEUE, PUBLISHING_TASK } from '@/jobs/publishingSchedule'

import { forgetStored } from '../allLocales'

type Transition = { from: WorkflowState; to: WorkflowState; automatic: boolean; note: string | null }

/** Every change of state, and every note, goes into the audit trail; a scheduled message queues its publication. */
export const recordTransition: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const transition = req.context.transition as Transition | undefined
  req.context.transition = undefined
  forgetStored(req, doc.id)
  if (!transition) return doc
  const { from, to, automatic, note } = transition
  if (operation === 'create' || from !== to || note) {
    await req.payload.create({
      collection: 'audit-trail',
      data: {
        event: eventName(operation, transition),
        message: doc.id,
        from: operation === 'create' ? null : from,
        to,
        by: req.context.system ? null : (req.user?.id ?? null),
        at: new Date().toISOString(),
        note: note ?? (automatic ? 'The wording changed after approval.' : null),
        version: to === 'approved' ? doc.workflow?.approvedVersion : null,
      },
      overrideAccess: true,
      req,
    })
  }
  // A new time (scheduled now, or moved, e.g. on the calendar) gets a publishing job of its own at that time; a
  // job queued for an earlier time finds nothing due and does nothing.
  const publishAt = doc.workflow?.publishAt
  const newTime = from !== 'scheduled' || (publishAt && new Date(publishAt).getTime() !== new Date(previousDoc?.workflow?.publishAt ?? 0).getTime())
  if (to === 'scheduled' && publishAt && newTime) {
    await req.payload.jobs.queue({
      task: PUBLISHING_TASK,
      queue: PUBLISHING_QUEUE,
      input: {},
      waitUntil: new Date(publishAt),
      req,
    })
  }
  return doc
}

function eventName(operation: string, { from, to, automatic }: Transition): string {
  if (operation === 'create') return `Created as ${stateLabels[to].toLowerCase()}`
  if (automatic) return 'Sent back to review after an edit'
  if (from === to) return 'Note added'
  return `${stateLabels[from]} → ${stateLabels[to]}`
}
