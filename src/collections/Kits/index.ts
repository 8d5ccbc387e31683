import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isContentTeam } from '@/access/isContentTeam'
import { downloadKit } from '@/endpoints/downloads'
import { slugField } from '@/fields/slug'
import { refreshSiteAfterChange, refreshSiteAfterDelete } from '@/hooks/refreshSite'

/**
 * A ready-made set of materials for a theme or a campaign moment, downloaded as one zip with a README of the
 * words to post. Anyone may see a kit; each person's zip holds only the materials they may download.
 */
export const Kits: CollectionConfig<'kits'> = {
  slug: 'kits',
  access: { read: anyone, create: isContentTeam, update: isContentTeam, delete: isAdmin },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'theme', 'moment'] },
  hooks: { afterChange: [refreshSiteAfterChange], afterDelete: [refreshSiteAfterDelete] },
  endpoints: [downloadKit],
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    { name: 'summary', type: 'textarea' },
    { name: 'theme', type: 'relationship', relationTo: 'themes' },
    { name: 'moment', type: 'relationship', relationTo: 'awareness-dates', admin: { description: 'The campaign moment it is for, if any.' } },
    { name: 'items', type: 'relationship', relationTo: 'materials', hasMany: true, required: true, minRows: 1 },
  ],
}
