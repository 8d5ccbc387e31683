import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isWriter } from '@/access/isWriter'
import { serverWritten } from '@/access/serverWritten'
import { refreshSiteAfterChange, refreshSiteAfterDelete } from '@/hooks/refreshSite'
import {
  costLabels,
  deliveryLabels,
  districtLabels,
  needLevelLabels,
  optionsOf,
  sectorLabels,
  supportKindLabels,
} from '@/domain/vocabulary'
import { slugField } from '@/fields/slug'

import { requireContactRoute } from './requireContactRoute'
import { recordVerifier, verification } from './verification'

/** The support directory families are told about (the strategy's Action 2.3 and Appendix 3). */
export const Services: CollectionConfig<'services'> = {
  slug: 'services',
  access: { read: anyone, create: isWriter, update: isWriter, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sector', 'needLevels', 'verification'],
    description: 'A service not verified in the last 12 months is flagged for checking.',
  },
  hooks: {
    beforeValidate: [requireContactRoute],
    beforeChange: [recordVerifier],
    afterChange: [refreshSiteAfterChange],
    afterDelete: [refreshSiteAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField('name'),
    { name: 'summary', type: 'textarea', required: true, localized: true },
    {
      type: 'row',
      fields: [
        { name: 'supports', type: 'select', hasMany: true, required: true, options: optionsOf(supportKindLabels) },
        { name: 'needLevels', type: 'select', hasMany: true, required: true, options: optionsOf(needLevelLabels) },
      ],
    },
    { name: 'whoCanUse', type: 'textarea', localized: true },
    { name: 'acceptsDadsAndCoParents', type: 'checkbox', defaultValue: false },
    { name: 'districts', type: 'select', hasMany: true, required: true, options: optionsOf(districtLabels) },
    { name: 'areaAsListed', type: 'text', admin: { description: 'The area as the service describes it.' } },
    {
      type: 'row',
      fields: [
        { name: 'sector', type: 'select', required: true, options: optionsOf(sectorLabels) },
        { name: 'cost', type: 'select', required: true, defaultValue: 'free', options: optionsOf(costLabels) },
        { name: 'delivery', type: 'select', hasMany: true, required: true, options: optionsOf(deliveryLabels) },
      ],
    },
    { name: 'eveningsOrWeekends', type: 'checkbox', defaultValue: false },
    { name: 'languages', type: 'text', hasMany: true, admin: { description: 'Languages the service offers.' } },
    { name: 'hours', type: 'text', localized: true },
    {
      name: 'contact',
      type: 'group',
      admin: {
        description:
          'Phone numbers are shown to parents only after a person has checked them: set "verified" below.',
      },
      fields: [
        { name: 'howToContact', type: 'textarea', localized: true },
        { name: 'phone', type: 'text' },
        { name: 'website', type: 'text' },
        { name: 'email', type: 'email' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'verifiedAt', type: 'date', admin: { description: 'When a person last checked these details.' } },
        { name: 'verifiedBy', type: 'relationship', relationTo: 'users', access: serverWritten, admin: { readOnly: true, description: 'Who set the date: filled in when it is saved.' } },
      ],
    },
    {
      name: 'verification',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [verification] },
    },
  ],
}
