import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@/domain/roles'

/** The comms team: the people who write, review and publish campaign content. */
export const isContentTeam: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer', 'publisher')

export const isContentTeamField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer', 'publisher')
