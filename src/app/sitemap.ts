import type { MetadataRoute } from 'next'

import { localePath, siteLocales } from '@/i18n/siteWords'

import { getSitemapEntries } from './(frontend)/queries'

// Read at request time: the public address is the running server's, not the build machine's.
export const dynamic = 'force-dynamic'

/** Every public page in every language: the fixed ones, each theme and each published message. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { serverURL, themes, messages } = await getSitemapEntries()
  const pages: { path: string; lastModified?: string }[] = [
    ...['/', '/get-help', '/services', '/dads', '/materials', '/accessibility', '/privacy'].map((path) => ({ path })),
    ...themes.map((theme) => ({ path: `/themes/${theme.slug}`, lastModified: theme.updatedAt })),
    ...messages.map((message) => ({ path: `/messages/${message.slug}`, lastModified: message.updatedAt })),
  ]
  const url = (locale: (typeof siteLocales)[number], path: string) => serverURL + localePath(locale, path)
  return pages.flatMap(({ path, lastModified }) =>
    siteLocales.map((locale) => ({
      url: url(locale, path),
      lastModified,
      alternates: { languages: Object.fromEntries(siteLocales.map((code) => [code, url(code, path)])) },
    })),
  )
}
