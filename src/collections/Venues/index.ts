import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isContentTeam } from '@/access/isContentTeam'
import { isWriter } from '@/access/isWriter'
import { districtLabels, optionsOf } from '@/domain/vocabulary'
import { slugField } from '@/fields/slug'

/** Family hubs, children's centres and baby groups where partners use the campaign's materials. */
export const Venues: CollectionConfig<'venues'> = {
  slug: 'venues',
  access: { read: isContentTeam, create: isWriter, update: isWriter, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'district'] },
  fields: [
    { name: 'name', type: 'text', required: true },
    // The venue's part of its posters' QR address (/q/<this>/<message>), so scans can be counted per venue.
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: 'Family hub', value: 'family-hub' },
        { label: "Children's centre", value: 'childrens-centre' },
        { label: 'Baby group', value: 'baby-group' },
        { label: 'Other', value: 'other' },
      ],
    },
    { name: 'district', type: 'select', required: true, options: optionsOf(districtLabels) },
    { name: 'address', type: 'textarea' },
    { name: 'sessionTimes', type: 'text', admin: { description: 'e.g. "Tuesdays 10 to 11:30"' } },
    {
      name: 'contact',
      type: 'group',
      // A named person's details are personal data: admins only.
      access: { read: isAdminField, update: isAdminField, create: isAdminField },
      fields: [
        { name: 'name', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text' },
      ],
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      filterOptions: { roles: { contains: 'partner' } },
      access: { read: isAdminField, update: isAdminField, create: isAdminField },
    },
  ],
}
