// The editorial workflow's states, in the order a message usually moves through them.
export const workflowStates = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'expired', 'archived'] as const
export type WorkflowState = (typeof workflowStates)[number]

export const stateLabels: Record<WorkflowState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  expired: 'Expired (past review date)',
  archived: 'Archived',
}

/** Approved words that are still current: only these go out anywhere (the site, materials, posts, emails). */
export const approvedStates: readonly WorkflowState[] = ['approved', 'scheduled', 'published']

/** States whose wording a reviewer has signed off: changing the words sends the message back to review. */
export const signedOffStates: readonly WorkflowState[] = ['approved', 'scheduled', 'published', 'expired']
