import type { CollectionConfig } from 'payload'

import { filesByRecord } from '@/access/filesByRecord'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isContentTeam } from '@/access/isContentTeam'
import { isWriter } from '@/access/isWriter'
import { serverWritten } from '@/access/serverWritten'
import { audienceLabels, optionsOf } from '@/domain/vocabulary'
import {
  accessibleFormatLabels,
  accessLevelLabels,
  materialMimeTypes,
  materialTypeLabels,
} from '@/domain/materials'
import { slugField } from '@/fields/slug'
import { guardImageUpload } from '@/hooks/guardImageUpload'
import { refreshSiteAfterChange, refreshSiteAfterDelete } from '@/hooks/refreshSite'
import { languageNames, siteLocales } from '@/i18n/siteWords'

import { downloadMaterial, downloadPickedKit, downloadVenuePoster } from '@/endpoints/downloads'

import { readMaterials } from './access'
import { keepGeneratedAsMade } from './keepGenerated'
import { requireStandardVersion } from './requireStandardVersion'

/**
 * The partner library: posters, leaflets, social images, talking points and the like, each with the messages
 * it carries and who may download it. Files live in `staticDir`; Payload serves them only to people the read
 * rule lets see the material.
 */
export const materialsCollection = (staticDir: string): CollectionConfig<'materials'> => ({
  slug: 'materials',
  access: { read: filesByRecord(readMaterials), create: isWriter, update: isContentTeam, delete: isAdmin },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'language', 'accessibleFormat', 'accessLevel'],
    description: 'Ready-to-use materials for baby groups and family hubs. Partners find them at /materials.',
  },
  hooks: { beforeOperation: [guardImageUpload()], beforeChange: [keepGeneratedAsMade], afterChange: [refreshSiteAfterChange], afterDelete: [refreshSiteAfterDelete] },
  endpoints: [downloadPickedKit, downloadVenuePoster, downloadMaterial],
  upload: {
    staticDir,
    // Generated posters and cards arrive later; a material may start as words only (talking points).
    filesRequiredOnCreate: false,
    mimeTypes: [...materialMimeTypes],
    // Images (share cards) get a small preview for the library and the admin list.
    imageSizes: [{ name: 'preview', width: 400, formatOptions: { format: 'webp', options: { quality: 75 } } }],
    adminThumbnail: 'preview',
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    { name: 'summary', type: 'textarea', admin: { description: 'What it is and when to use it, in a sentence or two.' } },
    { name: 'type', type: 'select', required: true, options: optionsOf(materialTypeLabels) },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
    { name: 'audiences', type: 'select', hasMany: true, options: optionsOf(audienceLabels) },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: siteLocales.map((code) => ({ value: code, label: languageNames[code] })),
    },
    { name: 'accessibleFormat', type: 'select', required: true, defaultValue: 'standard', options: optionsOf(accessibleFormatLabels) },
    {
      name: 'standardVersion',
      type: 'relationship',
      relationTo: 'materials',
      validate: requireStandardVersion,
      admin: { description: 'For a translation or an accessible format: the standard English version it comes from.' },
    },
    { name: 'messages', type: 'relationship', relationTo: 'messages', hasMany: true, admin: { description: 'The approved messages it carries.' } },
    { name: 'thumbnail', type: 'upload', relationTo: 'media', admin: { description: 'A small picture of it; its alt text comes with the image.' } },
    {
      name: 'postText',
      type: 'textarea',
      admin: { description: 'Words to copy with it (a social post, a newsletter paragraph). Goes into the kit README.' },
    },
    { name: 'altText', type: 'textarea', admin: { description: 'For images: what the image shows and every word in it.' } },
    { name: 'hashtags', type: 'text', admin: { description: 'e.g. #PerinatalMentalHealth #KentFamilies' } },
    { name: 'accessLevel', type: 'select', required: true, defaultValue: 'public', options: optionsOf(accessLevelLabels) },
    {
      name: 'generatedFrom',
      type: 'group',
      // Only the job that makes them writes these (src/jobs/generateMaterials.ts).
      access: serverWritten,
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.generatedFrom?.message),
        description: 'Made by the campaign from an approved message, and made again whenever its approved words change.',
      },
      fields: [
        { name: 'message', type: 'relationship', relationTo: 'messages', index: true },
        { name: 'variant', type: 'text' },
        { name: 'fingerprint', type: 'text' },
        { name: 'stale', type: 'checkbox', defaultValue: false, admin: { description: 'Being made again: not offered until it is.' } },
      ],
    },
    {
      name: 'grantedTo',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      // Who was given a restricted material is personal data about partners: admins only.
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      admin: { condition: (data) => data?.accessLevel === 'restricted' },
    },
  ],
})
