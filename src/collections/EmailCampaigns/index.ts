import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { plannedByTheTeam } from '@/access/plannedByTheTeam'
import { siteLocales } from '@/i18n/siteWords'
import { campaignStatuses, campaignTemplates, reviewStates } from '@/mailing/campaignRules'

import { applyCampaignRules } from './hooks/applyCampaignRules'
import { checkBulletin } from './hooks/checkBulletin'

const templateLabels = {
  'message-of-the-week': 'Message of the week (an approved message)',
  'partner-digest': 'Partner digest (new materials and coming campaign moments)',
  'community-bulletin': 'Community-of-practice bulletin (written here, reviewed like a message)',
} as const

const recordAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' ? { ...data, author: req.user?.id ?? data.author ?? null } : data

const readOnly = { readOnly: true }

/**
 * One email send: a template with approved content, to chosen lists, at a chosen time. The sending job
 * (src/jobs/sendEmailCampaigns) does the rest in batches and keeps the progress counts here current.
 */
export const EmailCampaigns: CollectionConfig<'email-campaigns'> = {
  slug: 'email-campaigns',
  access: plannedByTheTeam,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'template', 'status', 'sendAt'],
    group: 'Email',
    description:
      'Choose a template and its content, the lists and the language, preview it, send yourself a test, then set the status to "Scheduled". Only publishers and admins schedule.',
  },
  hooks: { beforeChange: [recordAuthor, checkBulletin, applyCampaignRules] },
  fields: [
    { name: 'title', type: 'text', required: true, admin: { description: 'For the team only; readers see the email\'s own subject.' } },
    {
      name: 'template',
      type: 'select',
      required: true,
      defaultValue: 'message-of-the-week',
      options: campaignTemplates.map((value) => ({ label: templateLabels[value], value })),
    },
    {
      name: 'message',
      type: 'relationship',
      relationTo: 'messages',
      admin: { condition: (data) => data?.template === 'message-of-the-week', description: 'An approved message; its email words and signposts are sent.' },
    },
    {
      name: 'bulletin',
      type: 'group',
      admin: { condition: (data) => data?.template === 'community-bulletin' },
      fields: [
        { name: 'heading', type: 'text' },
        { name: 'body', type: 'textarea', admin: { description: 'Plain text. Leave a blank line between paragraphs.' } },
        {
          name: 'links',
          type: 'array',
          fields: [
            { name: 'label', type: 'text', required: true },
            { name: 'url', type: 'text', required: true, validate: (value: unknown) => (typeof value === 'string' && /^https:\/\/\S+$/.test(value)) || 'Use a full https:// address.' },
          ],
        },
        {
          name: 'review',
          type: 'group',
          fields: [
            {
              name: 'state',
              type: 'select',
              defaultValue: 'draft',
              options: reviewStates.map((value) => ({ label: value, value })),
              admin: { description: 'Set "in-review" when it is ready; a reviewer sets "approved".' },
            },
            { name: 'by', type: 'relationship', relationTo: 'users', admin: readOnly },
            { name: 'at', type: 'date', admin: readOnly },
          ],
        },
        { name: 'findings', type: 'json', admin: { hidden: true } },
        { name: 'wordsPrint', type: 'text', admin: { hidden: true } },
      ],
    },
    {
      name: 'lists',
      type: 'relationship',
      relationTo: 'mailing-lists',
      hasMany: true,
      admin: { description: 'Who gets it: everyone who confirmed any of these lists, once each.' },
    },
    {
      name: 'locale',
      label: 'Language',
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: [{ label: "Each reader's own language (English where not translated)", value: 'all' }, ...siteLocales.map((value) => ({ label: `Only readers of ${value}`, value }))],
    },
    {
      name: 'sendAt',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Empty when scheduling: send now.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: campaignStatuses.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar', description: 'Scheduled sends start by themselves. The campaign pause switch holds them mid-way.' },
    },
    {
      name: 'progress',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'live', type: 'ui', admin: { components: { Field: '@/components/admin/SendProgress#SendProgress' } } },
        { name: 'recipients', type: 'number', admin: readOnly },
        { name: 'sent', type: 'number', admin: readOnly },
        { name: 'failed', type: 'number', admin: readOnly },
        { name: 'suppressed', type: 'number', admin: readOnly },
        { name: 'unconfirmed', type: 'number', admin: { ...readOnly, description: 'Interrupted mid-send: the server may have taken them. Never sent twice.' } },
        { name: 'retrying', type: 'number', admin: readOnly },
        { name: 'note', type: 'text', admin: readOnly },
        { name: 'startedAt', type: 'date', admin: readOnly },
        { name: 'finishedAt', type: 'date', admin: readOnly },
      ],
    },
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/EmailPreview#EmailPreview' } },
    },
    { name: 'author', type: 'relationship', relationTo: 'users', admin: { ...readOnly, position: 'sidebar' } },
    // Where the sender got to, and who is sending: only the sending job writes these.
    { name: 'cursor', type: 'text', admin: { hidden: true } },
    { name: 'lease', type: 'json', admin: { hidden: true } },
  ],
}
