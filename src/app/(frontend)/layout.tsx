import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Nurturing Little Hearts and Minds', template: '%s · Nurturing Little Hearts and Minds' },
  description:
    'Feelings during pregnancy and after a baby are common. Plain information for parents and carers in Kent, and where to get help.',
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
          </div>
        </footer>
      </body>
    </html>
  )
}
