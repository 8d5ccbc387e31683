import type { Metadata } from 'next'

import { type SiteLocale, localePath, siteLocales, wordsFor } from '@/i18n/siteWords'

export const SITE_NAME = 'Nurturing Little Hearts and Minds'

type PageDescription = {
  title: string
  description: string
  /** The page's address without a language prefix, e.g. /services. */
  path: string
  locale: SiteLocale
  type?: 'website' | 'article'
}

/**
 * A page's title, description, canonical address, its other languages and its share card, all from the same
 * words, so search engines and link previews say what the page says.
 */
export function pageMetadata({ title, description, path, locale, type = 'website' }: PageDescription): Metadata {
  const url = localePath(locale, path)
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: Object.fromEntries([...siteLocales.map((code) => [code, localePath(code, path)]), ['x-default', path]]),
    },
    openGraph: { title, description, url, type, siteName: SITE_NAME, locale: wordsFor(locale).ogLocale },
  }
}

export type LocaleParams = { params: Promise<{ locale: string }> }
