import type { LocalizationConfig } from 'payload'

import { defaultSiteLocale, languageNames, siteLocales } from '@/i18n/siteWords'

/**
 * English first, then two of the languages most spoken in Kent after English (Census 2021).
 * Add a locale to `siteLocales` (with its words) and every localized field, page and check picks it up.
 */
export const locales: LocalizationConfig = {
  locales: siteLocales.map((code) => ({ code, label: languageNames[code] })),
  defaultLocale: defaultSiteLocale,
  fallback: true,
}
