import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

export const deliveryStatuses = ['queued', 'sending', 'sent', 'retrying', 'failed', 'suppressed', 'unconfirmed'] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]

/**
 * One campaign to one person, and only ever one row per campaign and person. The row is written "queued"
 * before anything is sent, turns "sending" just before the email is handed to the SMTP server, and "sent"
 * the moment the server accepts it: that is how a send that dies half-way resumes without writing to anyone
 * twice. After a crash, "queued" rows are sent; a row still "sending" becomes "unconfirmed" (the server may
 * or may not have taken it) and is not sent again.
 */
export const EmailDeliveries: CollectionConfig<'email-deliveries'> = {
  slug: 'email-deliveries',
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  admin: { useAsTitle: 'status', defaultColumns: ['campaign', 'subscriber', 'status', 'attempts', 'sentAt'], group: 'Email' },
  indexes: [{ fields: ['campaign', 'subscriber'], unique: true }],
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'email-campaigns', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true, index: true },
    { name: 'status', type: 'select', required: true, index: true, options: deliveryStatuses.map((value) => ({ label: value, value })) },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', index: true },
    { name: 'lastError', type: 'text' },
    { name: 'sentAt', type: 'date' },
    { name: 'messageId', type: 'text' },
  ],
}
