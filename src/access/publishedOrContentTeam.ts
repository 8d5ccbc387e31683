import type { Access } from 'payload'

import { hasRole } from './roles'

/** Visitors and partners read only what is published; the comms team also sees drafts. */
export const publishedOrContentTeam: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'reviewer', 'publisher')) return true
  return { _status: { equals: 'published' } }
}
