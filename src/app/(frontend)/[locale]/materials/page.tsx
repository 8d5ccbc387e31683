import type { Metadata } from 'next'

import { wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../locale'
import { type LocaleParams, pageMetadata } from '../../metadata'
import { Library } from './Library'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params)
  const { library } = wordsFor(locale)
  return pageMetadata({ title: library.title, description: library.description, path: '/materials', locale })
}

/** Every public material and kit, unfiltered: a cached page like the rest of the site. */
export default async function MaterialsPage({ params }: LocaleParams) {
  return <Library locale={await readLocale(params)} filters={{}} />
}
