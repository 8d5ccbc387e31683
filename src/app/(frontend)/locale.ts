import { notFound } from 'next/navigation'

import { type SiteLocale, defaultSiteLocale, isSiteLocale } from '@/i18n/siteWords'

/** The language from a page's address; anything else is not a page of ours. */
export async function readLocale(params: Promise<{ locale: string }>): Promise<SiteLocale> {
  const { locale } = await params
  if (!isSiteLocale(locale)) notFound()
  return locale
}

/**
 * The layout's language. Next renders the 404 page inside the layout without the address's parameters, so the
 * layout must not refuse a missing language (that would blank the 404 page): it falls back to English.
 */
export async function layoutLocale(params: Promise<{ locale?: string }>): Promise<SiteLocale> {
  const { locale } = (await params) ?? {}
  return isSiteLocale(locale) ? locale : defaultSiteLocale
}
