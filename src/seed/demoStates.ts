import type { WorkflowState } from '../workflow/states'

/**
 * Where each starter message stands, so a new team sees the whole workflow at once: most are live, and one
 * waits at each other step. Messages not listed here are published.
 */
export const demoStates: Record<string, WorkflowState> = {
  'bonding-takes-time': 'scheduled',
  'a-hard-birth-can-stay-with-you': 'in_review',
  'one-minute-interaction-with-dads': 'approved',
  'feeding-and-feelings': 'draft',
  'home-start-volunteers': 'expired',
  'hugs-pregnancy-group': 'archived',
}
