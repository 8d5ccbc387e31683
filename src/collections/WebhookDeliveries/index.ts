import { type CollectionBeforeChangeHook, type CollectionConfig, type FieldAccess, ValidationError } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

export const webhookStatuses = ['pending', 'retrying', 'delivered', 'failed'] as const
export type WebhookStatus = (typeof webhookStatuses)[number]

const statusLabels: Record<WebhookStatus, string> = {
  pending: 'Pending',
  retrying: 'Retrying',
  delivered: 'Delivered',
  failed: 'Failed',
}

/** Only the delivery job writes these; the API drops a person's changes to them. */
const systemOnly: { update: FieldAccess } = { update: () => false }

/**
 * A person may do one thing: send a delivery that is waiting or has given up to the receiver again (set it
 * back to Pending). It then gets a fresh round of tries, straight away. Everything else is the job's.
 */
const retryByHand: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (req.context.system || operation !== 'update' || !originalDoc) return data
  if (data.status === undefined || data.status === originalDoc.status) return data
  if (data.status !== 'pending' || !['failed', 'retrying'].includes(originalDoc.status)) {
    throw new ValidationError({
      collection: 'webhook-deliveries',
      errors: [{ path: 'status', message: 'Only a failed or retrying delivery can be set back to Pending, to send it again.' }],
    })
  }
  return { ...data, attempts: 0, nextAttemptAt: new Date().toISOString() }
}

/**
 * One signed POST of one event to the webhook receiver: written before anything is sent (so a delivery is
 * never lost while the receiver is down), then tried with doubling waits until it is taken or gives up.
 * The body is kept as the exact text sent, every time, so the receiver's signature check and its record of
 * delivery ids always agree.
 */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  access: { read: isAdmin, create: nobody, update: isAdmin, delete: isAdmin },
  admin: {
    useAsTitle: 'deliveryId',
    defaultColumns: ['event', 'post', 'status', 'attempts', 'nextAttemptAt', 'deliveredAt', 'responseStatus'],
    group: 'Social',
    description: 'Signed posts to the webhook receiver (see docs/webhooks.md). Set a failed delivery back to Pending to send it again.',
  },
  hooks: { beforeChange: [retryByHand] },
  fields: [
    {
      name: 'deliveryId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: systemOnly,
      admin: { readOnly: true, description: 'Sent as x-campaign-delivery and as "id" in the body: the receiver ignores an id it has seen.' },
    },
    {
      name: 'handoverKey',
      type: 'text',
      unique: true,
      index: true,
      access: systemOnly,
      admin: { readOnly: true, description: 'One delivery per post and scheduled time: a second hand-over of the same post is refused by the database.' },
    },
    { name: 'event', type: 'text', required: true, index: true, access: systemOnly, admin: { readOnly: true } },
    { name: 'post', type: 'relationship', relationTo: 'social-posts', index: true, access: systemOnly, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: webhookStatuses.map((value) => ({ label: statusLabels[value], value })),
      admin: { position: 'sidebar', description: 'Pending sends it on the next run (every ten seconds).' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'nextAttemptAt', type: 'date', index: true, access: systemOnly, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deliveredAt', type: 'date', access: systemOnly, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'responseStatus', type: 'number', access: systemOnly, admin: { readOnly: true, position: 'sidebar', description: "The receiver's last HTTP status." } },
    { name: 'lastError', type: 'text', access: systemOnly, admin: { readOnly: true, description: 'Why the last failed try failed.' } },
    // A textarea, not a json field: a json field would be re-serialised by the database and the bytes signed
    // on each try must be the bytes written here. (The code field's editor loads from a CDN.)
    { name: 'body', type: 'textarea', required: true, access: systemOnly, admin: { readOnly: true, rows: 12 } },
  ],
}
