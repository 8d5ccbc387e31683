import type { LocalizationConfig } from 'payload'

/**
 * English first, then two of the languages most spoken in Kent after English (Census 2021).
 * Add a locale here and every localized field, page and check picks it up.
 */
export const locales: LocalizationConfig = {
  locales: [
    { code: 'en', label: 'English' },
    { code: 'pl', label: 'Polski' },
    { code: 'ro', label: 'Română' },
  ],
  defaultLocale: 'en',
  fallback: true,
}
