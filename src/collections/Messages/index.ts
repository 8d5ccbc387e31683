import type { CollectionConfig } from 'payload'

import { isContentTeam } from '@/access/isContentTeam'
import { publishedOrContentTeam } from '@/access/publishedOrContentTeam'
import { audienceLabels, optionsOf, topicFlagLabels, urgencyLabels } from '@/domain/vocabulary'
import { slugField } from '@/fields/slug'

/** A campaign message: written and approved once, then rendered for every channel. */
export const Messages: CollectionConfig<'messages'> = {
  slug: 'messages',
  access: {
    read: publishedOrContentTeam,
    create: isContentTeam,
    update: isContentTeam,
    delete: isContentTeam,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'owner', 'reviewBy'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField('title'),
    {
      name: 'keyMessage',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'One line: the heart of the message.' },
    },
    { name: 'body', type: 'richText', required: true, localized: true },
    {
      type: 'row',
      fields: [
        { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
        { name: 'audiences', type: 'select', hasMany: true, required: true, options: optionsOf(audienceLabels) },
      ],
    },
    {
      name: 'signposts',
      label: 'When to seek help',
      type: 'array',
      fields: [
        { name: 'service', type: 'relationship', relationTo: 'services', required: true },
        { name: 'urgency', type: 'select', required: true, options: optionsOf(urgencyLabels) },
        {
          name: 'when',
          type: 'textarea',
          required: true,
          localized: true,
          admin: { description: 'The situations, in plain words: "Contact them if: ..."' },
        },
      ],
    },
    {
      name: 'sources',
      type: 'array',
      admin: { description: 'The evidence behind every fact or figure in the message.' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'supports', type: 'text', admin: { description: 'Which fact this source supports.' } },
        { name: 'url', type: 'text' },
      ],
    },
    { name: 'topicFlags', type: 'select', hasMany: true, options: optionsOf(topicFlagLabels) },
    {
      name: 'renditions',
      type: 'group',
      admin: { description: 'The same approved words, shaped for each channel.' },
      fields: [
        { name: 'webSummary', type: 'textarea', localized: true },
        { name: 'emailBlock', type: 'textarea', localized: true },
        {
          name: 'social',
          type: 'group',
          fields: [
            { name: 'text', type: 'textarea', localized: true },
            { name: 'hashtags', type: 'text', hasMany: true },
          ],
        },
        {
          name: 'poster',
          type: 'group',
          fields: [
            { name: 'headline', type: 'text', localized: true },
            { name: 'strapline', type: 'text', localized: true },
          ],
        },
        {
          name: 'oneMinuteConversation',
          label: 'One-minute conversation',
          type: 'array',
          admin: { description: 'Talking points a professional can use with a dad or co-parent.' },
          fields: [{ name: 'point', type: 'text', required: true, localized: true }],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'owner', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
        { name: 'reviewBy', type: 'date', admin: { position: 'sidebar' } },
      ],
    },
  ],
}
