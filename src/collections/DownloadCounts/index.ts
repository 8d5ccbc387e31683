import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

import { countKeyField } from '../counts'
import { organisationKindLabels } from '@/domain/materials'
import { districtLabels, optionsOf } from '@/domain/vocabulary'


/**
 * How often each material is downloaded, per month and per kind of organisation and district: counts only.
 * Nothing here says who downloaded what; a visitor who is not signed in counts as "visitor".
 */
export const DownloadCounts: CollectionConfig<'download-counts'> = {
  slug: 'download-counts',
  // Written by the download endpoints as the system; admins read them.
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  admin: {
    useAsTitle: 'month',
    defaultColumns: ['material', 'month', 'organisationKind', 'district', 'downloads'],
    description: 'Downloads per material, month, kind of organisation and district. Counts only, never people.',
  },
  fields: [
    countKeyField,
    { name: 'material', type: 'relationship', relationTo: 'materials', required: true, index: true },
    { name: 'month', type: 'text', required: true, index: true, admin: { description: 'YYYY-MM' } },
    {
      name: 'organisationKind',
      type: 'select',
      required: true,
      options: [{ value: 'visitor', label: 'Not signed in' }, ...optionsOf(organisationKindLabels)],
    },
    { name: 'district', type: 'select', options: optionsOf(districtLabels) },
    { name: 'downloads', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
