import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

/** Placeholder: the signed webhook's delivery log is being written. */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  admin: { group: 'Social' },
  fields: [{ name: 'event', type: 'text', required: true }],
}
