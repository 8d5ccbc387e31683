import type { Metadata } from 'next'

import { CONFIRM_DAYS } from '@/delivery/subscriptions'
import { localePath, wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../../locale'
import { type LocaleParams, pageMetadata } from '../../../metadata'
import { PageFrame } from '../../../PageFrame'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params)
  const words = wordsFor(locale).emailUpdates.checkEmail
  return { ...pageMetadata({ title: words.title, description: words.description, path: '/email-updates/check-your-email', locale }), robots: { index: false } }
}

/**
 * Where every sign-up lands, whatever the address. It says the same to everyone, so it never tells a stranger
 * whether an address is already on a list: the email itself says which.
 */
export default async function CheckYourEmailPage({ params }: LocaleParams) {
  const locale = await readLocale(params)
  const words = wordsFor(locale).emailUpdates.checkEmail
  return (
    <PageFrame locale={locale} path="/email-updates/check-your-email">
      <h1>{words.title}</h1>
      <p className="lead">{words.lead}</p>
      <p>
        {words.linkWorks(CONFIRM_DAYS)} {words.ignore}
      </p>
      <p>{words.notArrived}</p>
      <p>
        {words.tryAgain} <a href={localePath(locale, '/email-updates')}>{words.tryAgainLink}</a>
      </p>
    </PageFrame>
  )
}
