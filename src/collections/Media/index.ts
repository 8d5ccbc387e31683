import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { filesByRecord } from '@/access/filesByRecord'
import { isContentTeam } from '@/access/isContentTeam'
import { isWriter } from '@/access/isWriter'
import { guardImageUpload } from '@/hooks/guardImageUpload'

import { requireAltUnlessDecorative } from './requireAltUnlessDecorative'

/** Images for themes, messages and share cards. `staticDir` comes from settings so tests and deployments choose where files live. */
export const mediaCollection = (staticDir: string): CollectionConfig<'media'> => ({
  slug: 'media',
  access: {
    // Every image is public, but a file goes out only by the name of one of these records.
    read: filesByRecord(anyone),
    create: isContentTeam,
    update: isContentTeam,
    delete: isWriter,
  },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'decorative'] },
  hooks: { beforeOperation: [guardImageUpload()] },
  upload: {
    staticDir,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
    focalPoint: true,
    // Each size is re-encoded as WebP so a parent's phone downloads little.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'wide', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      admin: { description: 'What the image shows, for people who cannot see it. Not the file name.' },
      validate: requireAltUnlessDecorative,
    },
    {
      name: 'decorative',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Tick only if the image adds nothing a screen reader user would miss.' },
    },
  ],
})
