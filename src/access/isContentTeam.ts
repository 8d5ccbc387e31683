import type { Access, FieldAccess } from 'payload'

import { isTeamMember } from '@/domain/roles'

/** The comms team: the people who write, review and publish campaign content. */
export const isContentTeam: Access = ({ req: { user } }) => isTeamMember(user)

export const isContentTeamField: FieldAccess = ({ req: { user } }) => isTeamMember(user)
