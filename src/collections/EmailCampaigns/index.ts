import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { plannedByTheTeam } from '@/access/plannedByTheTeam'
import { serverWritten } from '@/access/serverWritten'
import { idOf } from '@/domain/ids'
import { siteLocales } from '@/i18n/siteWords'
import { campaignStatuses, campaignTemplates, reviewStates } from '@/mailing/campaignRules'

import { applyCampaignRules } from './hooks/applyCampaignRules'
import { checkBulletin } from './hooks/checkBulletin'

const templateLabels = {
  'message-of-the-week': 'Message of the week (an approved message)',
  'partner-digest': 'Partner digest (new materials and coming campaign moments)',
  'community-bulletin': 'Community-of-practice bulletin (written here, reviewed like a message)',
} as const

/**
 * A send belongs to the person who made it, which the review rules rely on (nobody approves their own
 * bulletin). Only the server itself (the seed, a script) names someone else; a request never does.
 */
const recordAuthor: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const person = req.context.system ? undefined : req.user?.id
  if (operation === 'create') return { ...data, author: person ?? idOf(data.author) ?? null }
  const author = person === undefined && data.author !== undefined ? idOf(data.author) : idOf(originalDoc?.author)
  return { ...data, author: author ?? null }
}

const readOnly = { readOnly: true }
/** Written by the sending job or the review rules, never by a request. */
const bySender = { access: serverWritten, admin: readOnly }

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
            { name: 'by', type: 'relationship', relationTo: 'users', ...bySender },
            { name: 'at', type: 'date', ...bySender },
          ],
        },
        { name: 'findings', type: 'json', access: serverWritten, admin: { hidden: true } },
        { name: 'wordsPrint', type: 'text', access: serverWritten, admin: { hidden: true } },
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
        { name: 'recipients', type: 'number', ...bySender },
        { name: 'sent', type: 'number', ...bySender },
        { name: 'failed', type: 'number', ...bySender },
        { name: 'suppressed', type: 'number', ...bySender },
        { name: 'unconfirmed', type: 'number', access: serverWritten, admin: { ...readOnly, description: 'Interrupted mid-send: the server may have taken them. Never sent twice.' } },
        { name: 'retrying', type: 'number', ...bySender },
        { name: 'note', type: 'text', ...bySender },
        { name: 'startedAt', type: 'date', ...bySender },
        { name: 'finishedAt', type: 'date', ...bySender },
      ],
    },
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/EmailPreview#EmailPreview' } },
    },
    { name: 'author', type: 'relationship', relationTo: 'users', access: serverWritten, admin: { ...readOnly, position: 'sidebar' } },
    // Where the sender got to, and who is sending: only the sending job writes these.
    { name: 'cursor', type: 'text', access: serverWritten, admin: { hidden: true } },
    { name: 'lease', type: 'json', access: serverWritten, admin: { hidden: true } },
  ],
}
