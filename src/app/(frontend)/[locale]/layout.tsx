import config from '@payload-config'
import type { Metadata, Viewport } from 'next'
import React from 'react'

import { localePath, wordsFor } from '@/i18n/siteWords'

import { layoutLocale } from '../locale'
import { type LocaleParams, SITE_NAME } from '../metadata'
import '../styles.css'

// Static to Next: a page that reads the request (a search, a form's notice, a preview) is answered privately
// and never kept. Next itself keeps no copy (next.config.ts); the Express shell's front cache keeps the
// finished page until a change touches what it shows (src/site/pageCache.ts).
export const revalidate = 3600

/** No language is built ahead: the build has no database. Each page is made on its first visit, then cached. */
export async function generateStaticParams() {
  return []
}

/** Titles, descriptions and share cards for every page; canonical addresses start from the public URL. */
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { serverURL } = await config
  const words = wordsFor(await layoutLocale(params))
  return {
    metadataBase: new URL(serverURL),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: words.siteDescription,
    openGraph: { siteName: SITE_NAME, locale: words.ogLocale, type: 'website' },
    twitter: { card: 'summary' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#fdf8f3' }

export default async function FrontendLayout({ children, params }: LocaleParams & { children: React.ReactNode }) {
  const locale = await layoutLocale(params)
  const words = wordsFor(locale)
  const at = (path: string) => localePath(locale, path)
  return (
    <html lang={locale}>
      <body>
        <link rel="alternate" type="application/rss+xml" title={SITE_NAME} href={`/feeds/rss.xml${locale === 'en' ? '' : `?locale=${locale}`}`} />
        <a className="skip-link" href="#main">
          {words.skipLink}
        </a>
        <header className="site-header">
          <div className="wrap site-header__inner">
            <a className="site-name" href={at('/')}>
              {SITE_NAME}
            </a>
            <nav aria-label={words.nav.label} className="site-nav">
              <a href={at('/dads')}>{words.nav.dads}</a>
              <a href={at('/services')}>{words.nav.services}</a>
              <a className="help-now" href={at('/get-help')}>
                {words.nav.getHelpNow}
              </a>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{words.footer.about}</p>
            <ul className="footer-links">
              <li>
                <a href={at('/privacy')}>{words.footer.privacy}</a>
              </li>
              <li>
                <a href={at('/accessibility')}>{words.footer.accessibility}</a>
              </li>
              <li>
                <a href={at('/email-updates')}>{words.footer.emailUpdates}</a>
              </li>
              <li>
                <a href={at('/materials')}>{words.footer.materials}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  )
}
