import type { Metadata } from 'next'

import { readMaterialFilters } from '@/domain/materialFilters'
import { siteLocales, wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../../locale'
import { pageMetadata } from '../../../metadata'
import { Library } from '../Library'

// The filters are in the address, so each filtered list is made per request (from the cached library).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocale(params)
  const { library } = wordsFor(locale)
  return { ...pageMetadata({ title: library.title, description: library.description, path: '/materials', locale }), robots: { index: false } }
}

export default async function MaterialSearchPage({ params, searchParams }: Props) {
  return <Library locale={await readLocale(params)} filters={readMaterialFilters(await searchParams, siteLocales)} />
}
