import type { Metadata } from 'next'

export const SITE_NAME = 'Nurturing Little Hearts and Minds'

/** A page's title, description, canonical address and share card, all from the same words. */
export function pageMetadata({ title, description, path, type = 'website' }: { title: string; description: string; path: string; type?: 'website' | 'article' }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type, siteName: SITE_NAME, locale: 'en_GB' },
  }
}
