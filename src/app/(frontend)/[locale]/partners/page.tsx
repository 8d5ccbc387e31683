import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isActivePartner } from '@/collections/Materials/access'
import { hasRole } from '@/domain/roles'
import { localePath } from '@/i18n/siteWords'

import { readLocale } from '../../locale'
import { type LocaleParams, pageMetadata } from '../../metadata'
import { getLibraryFor } from '../../queries'
import { Library } from '../materials/Library'

// Per person, so per request; never kept in a shared cache (the request carries the sign-in cookie).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  return { ...pageMetadata({ title: 'Partner materials', description: 'Every material for partner organisations.', path: '/partners', locale: await readLocale(params) }), robots: { index: false } }
}

/** The library as a signed-in partner sees it: everything public, everything for partners, and what they were given. */
export default async function PartnerArea({ params }: LocaleParams) {
  const locale = await readLocale(params)
  const found = await getLibraryFor(await headers())
  if (!found || !(isActivePartner(found.user) || hasRole(found.user, 'admin', 'editor', 'reviewer', 'publisher'))) {
    redirect(localePath(locale, '/partners/sign-in'))
  }
  return (
    <Library locale={locale} filters={{}} library={found.library} path="/partners">
      <form method="post" action="/api/partners/sign-out" className="signed-in">
        <p lang="en">
          Signed in as {found.user.name}.{' '}
          <button type="submit" className="link-button">
            Sign out
          </button>
        </p>
      </form>
    </Library>
  )
}
