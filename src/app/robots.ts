import type { MetadataRoute } from 'next'

import config from '@payload-config'

// Read at request time: the public address is the running server's, not the build machine's.
export const dynamic = 'force-dynamic'

export default async function robots(): Promise<MetadataRoute.Robots> {
  const { serverURL } = await config
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: `${serverURL}/sitemap.xml`,
  }
}
