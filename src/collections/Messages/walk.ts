import type { Payload, RequestContext } from 'payload'

import type { WorkflowState } from '@/workflow/states'

/** The moves that take a new draft to each state, in order. */
export const pathTo: Record<WorkflowState, WorkflowState[]> = {
  draft: [],
  in_review: ['in_review'],
  approved: ['in_review', 'approved'],
  scheduled: ['in_review', 'approved', 'scheduled'],
  published: ['in_review', 'approved', 'published'],
  expired: ['in_review', 'approved', 'published', 'expired'],
  archived: ['in_review', 'approved', 'published', 'archived'],
}

/** Moves that change what the live site shows are full saves; every other move is a draft save. */
export const isLiveChange = (state: WorkflowState) => state === 'published' || state === 'archived' || state === 'expired'

/**
 * Walks a draft message through the workflow to a state, as the system (used by the seed and by tests that
 * need a message at a given step). Each move is a real save, so the audit trail shows a true history.
 */
export async function walkMessageTo(
  payload: Payload,
  id: number | string,
  target: WorkflowState,
  options: { context?: RequestContext; notes?: Partial<Record<WorkflowState, string>>; publishAt?: Date } = {},
): Promise<void> {
  for (const state of pathTo[target]) {
    await payload.update({
      collection: 'messages',
      id,
      draft: !isLiveChange(state),
      data: {
        workflow: {
          state,
          note: options.notes?.[state],
          publishAt: state === 'scheduled' ? (options.publishAt ?? new Date(Date.now() + 2 * 86_400_000)).toISOString() : undefined,
        },
      },
      context: { ...options.context, system: true },
    })
  }
}
