import type { Access } from 'payload'

import { hasRole } from './roles'

/** The comms team: the people who write, review and publish campaign content. */
export const isContentTeam: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer', 'publisher')
