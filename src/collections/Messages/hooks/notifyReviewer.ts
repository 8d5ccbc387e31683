import type { CollectionAfterChangeHook } from 'payload'

import { reviewRequestFor } from '@/delivery/teamNotices'
import { afterCommit } from '@/storage/afterCommit'
import type { WorkflowState } from '@/workflow/states'

/**
 * When a message goes into review with a reviewer named, that reviewer gets an email. It is sent once the
 * save is stored and never holds it up: a mail server being down must not stop anyone working.
 */
export const notifyReviewer: CollectionAfterChangeHook = ({ doc, req }) => {
  const transition = req.context.transition as { from: WorkflowState; to: WorkflowState; note: string | null } | undefined
  if (!transition || transition.to !== 'in_review' || transition.from === 'in_review' || !doc.reviewer) return doc
  const requestedBy = req.user && 'name' in req.user ? String(req.user.name) : 'The campaign team'
  const note = transition.note ?? undefined
  // Only once the save is stored: a save that fails after this hook must not have asked anyone to review it.
  afterCommit(req, () => reviewRequestFor(req.payload, doc, requestedBy, note).catch((error) => req.payload.logger.error({ err: error }, 'could not send the review request')))
  return doc
}
