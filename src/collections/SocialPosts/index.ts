import type { CollectionConfig } from 'payload'

import { plannedByTheTeam } from '@/access/plannedByTheTeam'
import { serverWritten } from '@/access/serverWritten'
import { platformRules, socialPlatforms } from '@/channels/platforms'
import { socialPostsExportEndpoint } from '@/endpoints/calendar'
import { postStatuses } from '@/social/postRules'

import { checkPost } from './hooks/checkPost'
import { fillFromMessage } from './hooks/fillFromMessage'
import { recordPosting } from './hooks/recordPosting'

const statusLabels: Record<(typeof postStatuses)[number], string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  due: 'Due: post it now',
  posted: 'Posted',
  failed: 'Failed',
  cancelled: 'Cancelled',
}

/**
 * One post on one platform at one time, from a message's social rendition. It follows the message's
 * approval: it can be scheduled only while the message's words are approved and current. At its time the
 * publishing job hands it to the publishing adapters (src/social/adapters); someone, or an adapter, then
 * records where and when it went out.
 */
export const SocialPosts: CollectionConfig<'social-posts'> = {
  slug: 'social-posts',
  access: plannedByTheTeam,
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['platform', 'scheduledAt', 'status', 'message', 'safetyWarning'],
    group: 'Social',
    description: 'Choose a message and a platform: the words, link and share card come from the message. Preview it, then a publisher schedules it.',
  },
  hooks: { beforeChange: [fillFromMessage, checkPost, recordPosting] },
  // GET /api/social-posts/export?format=hootsuite|buffer: bulk-schedule files for the tools comms teams use.
  endpoints: [socialPostsExportEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'message', type: 'relationship', relationTo: 'messages', required: true, index: true },
        {
          name: 'platform',
          type: 'select',
          required: true,
          index: true,
          options: socialPlatforms.map((platform) => ({ label: platformRules[platform].label, value: platform })),
        },
      ],
    },
    {
      name: 'scheduledAt',
      type: 'date',
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'When it goes out (UK time).' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: postStatuses.map((value) => ({ label: statusLabels[value], value })),
      admin: { position: 'sidebar', description: 'Set "Scheduled" to plan it; "Posted" once it is out (add the link below).' },
    },
    { name: 'note', type: 'text', access: serverWritten, admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.note) } },
    {
      name: 'safetyWarning',
      type: 'text',
      access: serverWritten,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.safetyWarning) },
    },
    { name: 'text', type: 'textarea', admin: { description: 'Filled from the message; edit for this platform if needed. The link and hashtags are added below it.' } },
    { name: 'hashtags', type: 'text', hasMany: true },
    { name: 'link', type: 'text', admin: { description: "The message's address with the campaign reference (which platform a visit came from: a count, never a person)." } },
    {
      type: 'row',
      fields: [
        { name: 'image', type: 'relationship', relationTo: 'materials', admin: { description: "The message's share card in this platform's shape." } },
        { name: 'imageAlt', type: 'textarea', admin: { description: 'What the image shows and every word in it.' } },
      ],
    },
    { name: 'preview', type: 'ui', admin: { components: { Field: '@/components/admin/PostPreview#PostPreview' } } },
    { name: 'findings', type: 'json', access: serverWritten, admin: { hidden: true } },
    {
      name: 'posted',
      type: 'group',
      admin: { condition: (data) => data?.status === 'posted' || data?.status === 'due' },
      fields: [
        { name: 'url', type: 'text', admin: { description: 'The link to the live post.' } },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'by', type: 'relationship', relationTo: 'users', access: serverWritten, admin: { readOnly: true } },
        { name: 'via', type: 'text', access: serverWritten, admin: { readOnly: true } },
      ],
    },
  ],
}
