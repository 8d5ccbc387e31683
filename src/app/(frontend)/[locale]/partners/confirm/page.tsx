import type { Metadata } from 'next'

import { readLocale } from '../../../locale'
import { pageMetadata } from '../../../metadata'
import { PageFrame } from '../../../PageFrame'

// Where the link in a partner's "confirm your email" message lands. Opening it changes nothing (mail link
// checkers open every link they see); only the button, a POST, confirms the account.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    ...pageMetadata({ title: 'Confirm your email', description: 'Confirm your partner account.', path: '/partners/confirm', locale: await readLocale(params) }),
    robots: { index: false },
    referrer: 'no-referrer',
  }
}

export default async function ConfirmPartnerPage({ params, searchParams }: Props) {
  const locale = await readLocale(params)
  const raw = (await searchParams).token
  const token = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 300) ?? ''
  return (
    <PageFrame locale={locale} path="/partners/confirm" inEnglish>
      <div lang="en">
        <h1>Confirm your email</h1>
        {token ? (
          <>
            <p className="lead">Press the button to confirm this is your email address. Then sign in to see the materials for partners.</p>
            <form method="post" action="/api/partners/confirm" className="action-form">
              <input type="hidden" name="token" value={token} />
              <p className="form-actions">
                <button type="submit">Confirm my email</button>
              </p>
            </form>
            <p>If you did not sign up as a partner, close this page: nothing happens.</p>
          </>
        ) : (
          <p className="lead">
            That link is not complete. Copy the whole link from the email, or <a href="/partners/join">sign up again</a>.
          </p>
        )}
      </div>
    </PageFrame>
  )
}
