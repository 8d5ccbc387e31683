import config from '@payload-config'
import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import React from 'react'

import { SITE_NAME } from './metadata'
import './styles.css'

/** Titles, descriptions and share cards for every page; canonical addresses start from the public URL. */
export async function generateMetadata(): Promise<Metadata> {
  const { serverURL } = await config
  return {
    metadataBase: new URL(serverURL),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description:
      'Feelings during pregnancy and after a baby are common. Plain information for parents and carers in Kent, and where to get help.',
    openGraph: { siteName: SITE_NAME, locale: 'en_GB', type: 'website' },
    twitter: { card: 'summary' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#fdf8f3' }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="wrap site-header__inner">
            <Link className="site-name" href="/">
              Nurturing Little Hearts and Minds
            </Link>
            <nav aria-label="Main" className="site-nav">
              <Link href="/dads">Dads</Link>
              <Link href="/services">Find support</Link>
              <a className="help-now" href="/get-help">
                Get help now
              </a>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              A campaign for parents and carers in Kent who are expecting a baby or have a baby under two. This site
              sets no cookies and does not track you.
            </p>
            <ul className="footer-links">
              <li>
                <Link href="/privacy">Privacy</Link>
              </li>
              <li>
                <Link href="/accessibility">Accessibility statement</Link>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  )
}
