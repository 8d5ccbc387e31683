import type { WorkflowState } from './states'

// The workflow's moves as the admin's buttons name them, and what each needs first.

export const moveLabels: Partial<Record<`${WorkflowState}>${WorkflowState}`, string>> = {
  'draft>in_review': 'Send for review',
  'in_review>approved': 'Approve',
  'in_review>draft': 'Return to author',
  'approved>scheduled': 'Schedule',
  'approved>published': 'Publish now',
  'scheduled>approved': 'Unschedule',
  'published>archived': 'Archive',
  'approved>archived': 'Archive',
  'draft>archived': 'Archive',
  'expired>in_review': 'Send for review again',
  'expired>archived': 'Archive',
  'archived>draft': 'Restore as a draft',
}

export const moveHints: Partial<Record<`${WorkflowState}>${WorkflowState}`, string>> = {
  'in_review>draft': 'say in "Note" what needs to change',
  'in_review>approved': 'every warning needs a justification first',
  'approved>scheduled': 'set "Publish at" first',
  'published>archived': 'takes it off the site',
}

export const moveLabel = (from: WorkflowState, to: WorkflowState) => moveLabels[`${from}>${to}`] ?? to

/** Moves that change what the live site shows are full saves; every other move is a draft save. */
export const moveKind = (to: WorkflowState): 'publish' | 'unpublish' | 'draft' => (to === 'published' ? 'publish' : to === 'archived' ? 'unpublish' : 'draft')
