import type { Metadata } from 'next'

import { wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../locale'
import { type LocaleParams, pageMetadata } from '../../metadata'
import { ServiceDirectory } from './ServiceDirectory'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params)
  const { services } = wordsFor(locale)
  return pageMetadata({ title: services.title, description: services.description, path: '/services', locale })
}

/** Every service, unfiltered: a cached page like the rest of the site. */
export default async function ServicesPage({ params }: LocaleParams) {
  return <ServiceDirectory locale={await readLocale(params)} filters={{}} />
}
