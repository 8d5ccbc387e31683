import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { defaultSiteLocale, siteLocales } from './src/i18n/siteWords'

// Parent pages live under /[locale]. English, the default, has no prefix: /services is served by
// /en/services, and /en/services redirects to /services so each page has one address. Rewrites apply in turn,
// so the catch-all must leave already-prefixed paths alone.
const notPages = ['admin', 'api', '_next', 'preview', 'q', 'sitemap\\.xml', 'robots\\.txt', 'favicon\\.ico', 'feeds', ...siteLocales]

const nextConfig: NextConfig = {
  // The Express server compresses every response; compressing twice wastes CPU.
  compress: false,
  poweredByHeader: false,
  // Titles and descriptions go in the <head> before the page for every browser, not streamed in later by a
  // script: parent pages carry no scripts (src/site/withoutScripts.ts).
  htmlLimitedBots: /.*/,
  // Read from node_modules at run time, not bundled: the campaign font's files, and the PDF, QR and zip makers.
  serverExternalPackages: ['@expo-google-fonts/atkinson-hyperlegible-next', '@pdf-lib/fontkit', 'pdfkit', 'qrcode', 'archiver', 'crc-32'],
  // Next keeps no copy of anything: the Express shell's front cache keeps the finished pages, and refreshes
  // exactly the ones a change touched, on every server process (src/site/pageCache.ts). A second cache here
  // would need refreshing too, and each process's own copy would go out of date when another one saves.
  cacheMaxMemorySize: 0,
  experimental: {
    // Nothing on disk either: it would outlive a restart and could show words from before a database restore.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: `/${defaultSiteLocale}` },
        { source: `/:path((?!(?:${notPages.join('|')})(?:/|$)).+)`, destination: `/${defaultSiteLocale}/:path` },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
  async redirects() {
    return [
      { source: `/${defaultSiteLocale}`, destination: '/', permanent: true },
      { source: `/${defaultSiteLocale}/:path*`, destination: '/:path*', permanent: true },
    ]
  },
  // Tests and the server live beside the app; the build only needs the app itself.
  typescript: { tsconfigPath: './tsconfig.json' },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
