import type { Access, Where } from 'payload'

import { isTeamMember } from '@/domain/roles'

/**
 * Visitors and partners read only what is published and still within its review date; the comms team
 * sees everything, drafts included.
 */
export const publishedAndInDate: Access = ({ req: { user } }) => {
  if (isTeamMember(user)) return true
  const inDate: Where = { or: [{ reviewBy: { exists: false } }, { reviewBy: { greater_than: new Date().toISOString() } }] }
  return { and: [{ _status: { equals: 'published' } }, inDate] }
}
