import type { Access } from 'payload'

import { hasRole } from '@/domain/roles'

/** Editors and admins create and change the content model's reference data (themes, services, venues, dates). */
export const isWriter: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
