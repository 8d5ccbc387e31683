import type { Metadata } from 'next'

import { wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../locale'
import { NotFoundMessage } from '../../NotFoundMessage'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: wordsFor(await readLocale(params)).notFound.title, robots: { index: false } }
}

// Any address the site does not know gets the campaign's own helpful 404, not Next's bare one.
export default async function Missing({ params }: Props) {
  return <NotFoundMessage locale={await readLocale(params)} />
}
