import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isWriter } from '@/access/isWriter'
import { slugField } from '@/fields/slug'
import { refreshSiteAfterChange, refreshSiteAfterDelete } from '@/hooks/refreshSite'

export const Themes: CollectionConfig<'themes'> = {
  slug: 'themes',
  access: { read: anyone, create: isWriter, update: isWriter, delete: isAdmin },
  hooks: { afterChange: [refreshSiteAfterChange], afterDelete: [refreshSiteAfterDelete] },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'updatedAt'] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: 'One or two plain sentences a tired parent can read in five seconds.' },
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}
