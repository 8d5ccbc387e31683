import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/fields/slug'

/**
 * A list people can join: parents' campaign news, partners, the community of practice. Who is on a list is
 * personal data, so lists and their members are for admins; the public form reads names through the server.
 */
export const MailingLists: CollectionConfig<'mailing-lists'> = {
  slug: 'mailing-lists',
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'audience', 'publicSignUp'], group: 'Email' },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField('name'),
    {
      name: 'description',
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: 'What people get and how often, in plain words. Shown on the sign-up form and in the welcome email.' },
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      options: [
        { label: 'Parents and carers', value: 'parents' },
        { label: 'Professionals and partners', value: 'professionals' },
      ],
    },
    {
      name: 'publicSignUp',
      label: 'Anyone can join from the website',
      type: 'checkbox',
      defaultValue: true,
    },
  ],
}
