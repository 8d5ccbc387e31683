import type { CollectionBeforeChangeHook } from 'payload'

import { locales } from '@/config/locales'
import { type TranslationState, translationState } from '@/workflow/translations'

import { storedInAllLocales } from '../allLocales'
import { wordingPrint } from '../wording'

const defaultLocale = locales.defaultLocale
const otherLocales = locales.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code)).filter((code) => code !== defaultLocale)

/**
 * Keeps, per locale, which English wording a translation was made from, and a summary the admin can show:
 * missing, partial, complete, or stale when the English changed after the translation.
 */
export const trackTranslations: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const locale = req.locale ?? defaultLocale
  const stored = (await storedInAllLocales(req, originalDoc?.id)) as Record<string, unknown>
  const perLocale = (field: string): Record<string, unknown> => ({ ...(stored[field] as object) })
  const titles = perLocale('title')
  const keyMessages = perLocale('keyMessage')
  const bodies = perLocale('body')
  const bases = perLocale('translatedFrom') as Record<string, string | undefined>
  const prints = perLocale('wordingPrint') as Record<string, string | undefined>

  const merged = { ...originalDoc, ...data }
  titles[locale] = merged.title
  keyMessages[locale] = merged.keyMessage
  bodies[locale] = merged.body
  prints[locale] = wordingPrint(merged)
  if (locale !== defaultLocale) {
    data.translatedFrom = prints[defaultLocale] ?? null
    bases[locale] = data.translatedFrom
  }

  const status: Record<string, TranslationState> = {}
  for (const code of otherLocales) {
    status[code] = translationState({
      filled: [titles[code], keyMessages[code], bodies[code]].map(hasWords),
      translatedFrom: bases[code],
      englishNow: prints[defaultLocale],
    })
  }
  data.translationStatus = status
  return data
}

function hasWords(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  if (value && typeof value === 'object') return JSON.stringify(value).includes('"text":"')
  return false
}
