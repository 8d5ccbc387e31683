import type { Metadata } from 'next'

import { readLocale } from '../../../locale'
import { type LocaleParams, pageMetadata } from '../../../metadata'
import { PageFrame } from '../../../PageFrame'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  return pageMetadata({ title: 'Check your email', description: 'Confirm your email to finish signing up as a partner.', path: '/partners/check-your-email', locale: await readLocale(params) })
}

export default async function CheckYourEmailPage({ params }: LocaleParams) {
  const locale = await readLocale(params)
  return (
    <PageFrame locale={locale} path="/partners/check-your-email" inEnglish>
      <div lang="en">
        <h1>Check your email</h1>
        <p className="lead">We have sent you an email with a link. Open it to confirm your address and finish signing up.</p>
        <p>The link works for two days. If nothing arrives in a few minutes, look in your junk or spam folder.</p>
      </div>
    </PageFrame>
  )
}
