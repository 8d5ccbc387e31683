import type { CollectionConfig } from 'payload'

import { hasRole } from '@/domain/roles'

import { isAdmin } from './isAdmin'
import { isContentTeam } from './isContentTeam'

/**
 * Plans the comms team makes together (social posts, email sends): the team reads and edits them, editors,
 * publishers and admins start one, admins delete. Who may schedule is a rule in each collection.
 */
export const plannedByTheTeam: CollectionConfig['access'] = {
  read: isContentTeam,
  create: ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'publisher'),
  update: isContentTeam,
  delete: isAdmin,
}
