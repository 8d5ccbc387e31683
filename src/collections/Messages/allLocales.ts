import type { PayloadRequest } from 'payload'

import { locales } from '@/config/locales'
import type { Message } from '@/payload-types'

/** A field as stored for every locale, e.g. { en: '...', pl: '...' }. */
export type PerLocale<T> = Record<string, T | null | undefined>

type StoredMessage = { [K in keyof Message]?: PerLocale<Message[K]> }

/**
 * The latest saved version of a message with every locale's values, read once per save and shared by the
 * hooks that need it. A nested read with `locale: 'all'` rewrites `req.locale`, so it is put back after.
 */
export async function storedInAllLocales(req: PayloadRequest, id: number | string | undefined): Promise<StoredMessage> {
  if (id === undefined) return {}
  const cacheKey = `messageAllLocales:${id}`
  if (req.context[cacheKey]) return req.context[cacheKey] as StoredMessage
  const { locale, fallbackLocale } = req
  try {
    const doc = await req.payload.findByID({
      collection: 'messages',
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    req.context[cacheKey] = doc
    return doc as unknown as StoredMessage
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** Forget the shared read once the save is done, so the next save in the same request reads afresh. */
export function forgetStored(req: PayloadRequest, id: number | string): void {
  delete req.context[`messageAllLocales:${id}`]
}

export const localeCodes = locales.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code))

/**
 * One locale's view of a message read with every locale: each localized value ({ en, pl, ro }) becomes that
 * locale's words, at any depth (array rows and groups included).
 */
export function inLocale(value: unknown, locale: string): any {
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    if (entries.length > 0 && entries.every(([key]) => localeCodes.includes(key))) return (value as Record<string, unknown>)[locale]
    return Object.fromEntries(entries.map(([key, inner]) => [key, inLocale(inner, locale)]))
  }
  return value
}
