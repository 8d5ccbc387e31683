import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isActivePartner } from '@/collections/Materials/access'
import { isTeamMember } from '@/domain/roles'
import { localePath } from '@/i18n/siteWords'

import { readLocale } from '../../locale'
import { type LocaleParams, pageMetadata } from '../../metadata'
import { getLibraryFor } from '../../queries'
import { FilterSelect } from '../../FilterSelect'
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
  if (!found || !(isActivePartner(found.user) || isTeamMember(found.user))) {
    redirect(localePath(locale, '/partners/sign-in'))
  }
  return (
    <Library locale={locale} filters={{}} library={found.library} path="/partners">
      <form method="get" action="/api/materials/poster" className="filters" aria-labelledby="venue-poster" lang="en">
        <h2 id="venue-poster">Make a poster for your venue</h2>
        <p className="form-note">A4 or A3, with your venue&apos;s name and session times, and a QR code that opens the message.</p>
        <FilterSelect name="message" label="Message" any="Choose one" options={found.messages.map((message) => ({ value: message.slug, label: message.title }))} />
        <FilterSelect name="venue" label="Venue" any="No venue" options={found.venues.map((venue) => ({ value: venue.slug, label: venue.name }))} />
        <FilterSelect name="size" label="Size" any="A4" options={[{ value: 'A3', label: 'A3' }]} />
        <p className="filters__actions">
          <button type="submit">Make the poster (PDF)</button>
        </p>
      </form>
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
