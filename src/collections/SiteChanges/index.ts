import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * The public site's content version: one row per saved change visitors could see, naming what it touched
 * (src/site/tags.ts). Every server process follows it and refreshes the pages the change touched
 * (src/site/changeLog.ts). Written in the same transaction as the change itself, so a change and its row are
 * seen together or not at all. Only the server writes or reads it, with access overridden; no one else may.
 */
export const SiteChanges: CollectionConfig<'site-changes'> = {
  slug: 'site-changes',
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  graphQL: false,
  fields: [{ name: 'tags', type: 'json', required: true }],
}
