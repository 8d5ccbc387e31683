import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { countKeyField, pageDayFields } from '@/collections/counts'
import { channelLabel, channels } from '@/insight/references'

/**
 * Visits to the public pages, per page, language, UK day and campaign channel: counts only. Counted in memory
 * by each server and added here in batches (src/insight/). No cookie, IP address, browser or referrer is
 * read or kept; the key is only these four facts.
 */
export const PageVisits: CollectionConfig<'page-visits'> = {
  slug: 'page-visits',
  // Written by the servers as the system; the Insight view reads them for the team.
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  admin: {
    group: 'Insight',
    useAsTitle: 'page',
    defaultColumns: ['page', 'locale', 'day', 'channel', 'visits'],
    description: 'Visits per page, language, day and channel. Counts only, never people.',
  },
  fields: [
    countKeyField,
    ...pageDayFields,
    { name: 'channel', type: 'select', required: true, options: channels.map((value) => ({ value, label: channelLabel(value) })) },
    { name: 'visits', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
