import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

import { countKeyField } from '../counts'


/**
 * How many times a poster's QR code was scanned, per venue, message and month: counts only. The scan goes
 * through /q/<venue>/<message>, which counts and sends the parent on to the campaign page. No cookie, no IP.
 */
export const QrVisits: CollectionConfig<'qr-visits'> = {
  slug: 'qr-visits',
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  admin: {
    useAsTitle: 'month',
    defaultColumns: ['venue', 'message', 'month', 'visits'],
    description: 'Scans of venue posters, per venue, message and month. Counts only, never people.',
  },
  fields: [
    countKeyField,
    { name: 'venue', type: 'relationship', relationTo: 'venues', required: true, index: true },
    { name: 'message', type: 'relationship', relationTo: 'messages' },
    { name: 'month', type: 'text', required: true, index: true, admin: { description: 'YYYY-MM' } },
    { name: 'visits', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
