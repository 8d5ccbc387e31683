import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { countKeyField, pageDayFields } from '@/collections/counts'

/**
 * Answers to "Was this page helpful?" per page, language and UK day: how many said yes and how many no.
 * Counts only: no words, nothing about who answered.
 */
export const HelpfulAnswers: CollectionConfig<'helpful-answers'> = {
  slug: 'helpful-answers',
  // Written by the form's endpoint as the system; the Insight view reads them for the team.
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  admin: {
    group: 'Insight',
    useAsTitle: 'page',
    defaultColumns: ['page', 'locale', 'day', 'yes', 'no'],
    description: 'Answers to "Was this page helpful?" per page, language and day. Counts only, never people.',
  },
  fields: [
    countKeyField,
    ...pageDayFields,
    { name: 'yes', type: 'number', required: true, defaultValue: 0, min: 0 },
    { name: 'no', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
}
