import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { serverWritten } from '@/access/serverWritten'
import { siteLocales } from '@/i18n/siteWords'
import { readEmailAddress } from '@/mailing/address'
import { consentMethods } from '@/mailing/consent'

import { recordAdminChanges } from './recordAdminChanges'

/** One person, one record, however they typed their address. */
const normaliseAddress: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || data.email === undefined) return data
  const checked = readEmailAddress(data.email)
  if (!checked.ok) throw new ValidationError({ collection: 'subscribers', errors: [{ path: 'email', message: checked.reason }] })
  return { ...data, email: checked.address }
}

/**
 * Someone who asked for campaign email. Personal data: admins only. Every consent, confirmation and
 * withdrawal is kept word for word in the consent log, so we can always show what someone agreed to.
 */
export const Subscribers: CollectionConfig<'subscribers'> = {
  slug: 'subscribers',
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'subscribedLists', 'locale', 'confirmedAt'],
    group: 'Email',
    description: 'People who asked for campaign email. A person can download or erase what is held from the link in any email.',
  },
  hooks: { beforeValidate: [normaliseAddress], beforeChange: [recordAdminChanges] },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    {
      name: 'locale',
      label: 'Language',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: siteLocales.map((value) => ({ label: value, value })),
    },
    {
      name: 'subscribedLists',
      label: 'Gets',
      type: 'relationship',
      relationTo: 'mailing-lists',
      hasMany: true,
      index: true,
      admin: { description: 'Lists this person confirmed. Sends go only to these.' },
    },
    {
      name: 'pendingLists',
      label: 'Waiting for confirmation',
      type: 'relationship',
      relationTo: 'mailing-lists',
      hasMany: true,
      access: serverWritten,
      admin: { readOnly: true },
    },
    { name: 'confirmedAt', type: 'date', access: serverWritten, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'confirmationSentAt',
      type: 'date',
      access: serverWritten,
      admin: { readOnly: true, description: 'The last confirmation email: one every few minutes at most, so the form cannot be used to flood an inbox.' },
    },
    {
      name: 'consentLog',
      type: 'array',
      access: serverWritten,
      admin: { readOnly: true, description: 'What was agreed or withdrawn, when, how, and the exact words shown.' },
      fields: [
        { name: 'list', type: 'relationship', relationTo: 'mailing-lists' },
        {
          name: 'event',
          type: 'select',
          required: true,
          options: ['asked', 'confirmed', 'unsubscribed', 'bounced'].map((value) => ({ label: value, value })),
        },
        { name: 'method', type: 'select', required: true, options: consentMethods.map((value) => ({ label: value, value })) },
        { name: 'wording', type: 'textarea' },
        { name: 'wordingVersion', type: 'text' },
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'deliveries', type: 'join', collection: 'email-deliveries', on: 'subscriber', admin: { defaultColumns: ['campaign', 'status', 'sentAt'] } },
  ],
}
