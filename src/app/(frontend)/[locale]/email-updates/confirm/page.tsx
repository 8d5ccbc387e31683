import type { Metadata } from 'next'

import { localePath, wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../../locale'
import { pageMetadata } from '../../../metadata'
import { PageFrame } from '../../../PageFrame'
import { first, type Query } from '../EmailChoices'

// Where the link in a confirmation email lands. Opening a link changes nothing (mail link checkers open every
// link they see); only the button, a POST, confirms. The token is read per request and never cached.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocale(params)
  const words = wordsFor(locale).emailUpdates.confirm
  return {
    ...pageMetadata({ title: words.title, description: words.description, path: '/email-updates/confirm', locale }),
    robots: { index: false },
    // The address carries the reader's key: no request from this page may pass it on.
    referrer: 'no-referrer',
  }
}

export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const locale = await readLocale(params)
  const token = first((await searchParams).token, 200) ?? ''
  const words = wordsFor(locale).emailUpdates
  if (!token) {
    return (
      <PageFrame locale={locale} path="/email-updates/confirm">
        <h1>{words.preferences.badLinkTitle}</h1>
        <p className="lead">{words.notices.malformed}</p>
        <p>
          <a href={localePath(locale, '/email-updates')}>{words.preferences.signUpAgain}</a>
        </p>
      </PageFrame>
    )
  }
  return (
    <PageFrame locale={locale} path={`/email-updates/confirm?token=${encodeURIComponent(token)}`}>
      <h1>{words.confirm.title}</h1>
      <p className="lead">{words.confirm.lead}</p>
      <form method="post" action="/api/subscriptions/confirm" className="action-form">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="pageLocale" value={locale} />
        <p className="form-actions">
          <button type="submit">{words.confirm.button}</button>
        </p>
      </form>
      <p>{words.confirm.notYou}</p>
    </PageFrame>
  )
}
