import { createHash } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { checkText } from '@/content-safety/check'

/**
 * A bulletin gets the same content checks as a message (stigmatising language, safe messaging, plain
 * English), on every save. The words' fingerprint tells the review rules when approved words were edited.
 */
export const checkBulletin: CollectionBeforeChangeHook = async ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data, bulletin: { ...originalDoc?.bulletin, ...data.bulletin } }
  if (merged.template !== 'community-bulletin') return data
  const words = [merged.bulletin.heading ?? '', merged.bulletin.body ?? ''].join('\n\n')
  const { findings } = await checkText(words, { channel: 'email', audiences: ['professionals'], locale: 'en' })
  data.bulletin = { ...merged.bulletin, findings, wordsPrint: createHash('sha256').update(words).digest('hex').slice(0, 16) }
  return data
}
