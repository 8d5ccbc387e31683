import type { Metadata } from 'next'

import { readLocale } from '../../../locale'
import { pageMetadata } from '../../../metadata'
import { PageFrame } from '../../../PageFrame'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata({ title: 'Partner sign in', description: 'Sign in to the campaign materials for partners.', path: '/partners/sign-in', locale: await readLocale(params) })
}

const notes: Record<string, { text: string; alert?: boolean }> = {
  confirmed: { text: 'Thank you: your email is confirmed. Sign in to see every material.' },
  wrong: { text: 'That email and password do not match an account.', alert: true },
  busy: { text: 'Too many wrong passwords from your connection. Please wait a few minutes and try again, or reset your password.', alert: true },
  unconfirmed: { text: 'Confirm your email first: use the link we sent you when you signed up.', alert: true },
  revoked: { text: 'Partner access for this account has been withdrawn. Contact the campaign team if this is a mistake.', alert: true },
  expired: { text: 'That link has expired. Sign up again to get a new one.', alert: true },
  malformed: { text: 'That link is not complete. Copy the whole link from the email.', alert: true },
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await readLocale(params)
  const query = await searchParams
  const key = query.confirmed ? 'confirmed' : query.revoked ? 'revoked' : (query.error ?? query.link)
  const note = key ? notes[key] ?? notes.wrong : undefined
  return (
    <PageFrame locale={locale} path="/partners/sign-in" inEnglish>
      <div lang="en">
        <h1>Partner sign in</h1>
        {note && (
          <p className={note.alert ? 'error-summary' : 'language-note'} role={note.alert ? 'alert' : 'status'}>
            {note.text}
          </p>
        )}
        <form method="post" action="/api/partners/sign-in" className="filters form-stack">
          <input type="hidden" name="locale" value={locale} />
          <p>
            <label htmlFor="email">Email</label>
            <input id="email" name="email" type="email" autoComplete="email" required />
          </p>
          <p>
            <label htmlFor="password">Password</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required />
          </p>
          <p className="filters__actions">
            <button type="submit">Sign in</button>
          </p>
        </form>
        <p>
          Not a partner yet? <a href="/partners/join">Sign up</a>. Signing in sets one cookie, only to keep you signed in.
        </p>
      </div>
    </PageFrame>
  )
}
