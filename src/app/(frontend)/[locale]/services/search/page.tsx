import type { Metadata } from 'next'

import { readFilters } from '@/domain/serviceFilters'
import { wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../../locale'
import { pageMetadata } from '../../../metadata'
import { ServiceDirectory } from '../ServiceDirectory'

// The filters are in the address, so each filtered list is made per request (from the cached registry).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocale(params)
  const { services } = wordsFor(locale)
  // Filtered lists share the directory's canonical address and stay out of search engines' indexes.
  return { ...pageMetadata({ title: services.title, description: services.description, path: '/services', locale }), robots: { index: false } }
}

/** The directory filtered by the address bar's choices, e.g. /services/search?area=thanet&who=dads-and-co-parents. */
export default async function ServiceSearchPage({ params, searchParams }: Props) {
  return <ServiceDirectory locale={await readLocale(params)} filters={readFilters(await searchParams)} />
}
