import type { MetadataRoute } from 'next'

import { getSitemapEntries } from './(frontend)/queries'

export const dynamic = 'force-dynamic'

/** Every public page: the fixed ones, each theme and each published message. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { serverURL, themes, messages } = await getSitemapEntries()
  const fixed = ['/', '/get-help', '/services', '/dads', '/accessibility', '/privacy']
  return [
    ...fixed.map((path) => ({ url: serverURL + path })),
    ...themes.map((theme) => ({ url: `${serverURL}/themes/${theme.slug}`, lastModified: theme.updatedAt })),
    ...messages.map((message) => ({ url: `${serverURL}/messages/${message.slug}`, lastModified: message.updatedAt })),
  ]
}
