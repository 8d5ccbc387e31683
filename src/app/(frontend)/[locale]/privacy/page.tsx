import type { Metadata } from 'next'

import { readLocale } from '../../locale'
import { type LocaleParams, pageMetadata } from '../../metadata'
import { PageFrame } from '../../PageFrame'

// Written in English only for now: other languages show it in English with a note saying so.
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  return pageMetadata({
  title: 'Privacy',
  description: 'No cookies, no tracking: you can read this site without anyone knowing who you are.',
  path: '/privacy',
    locale: await readLocale(params),
  })
}

export default async function PrivacyPage({ params }: LocaleParams) {
  const locale = await readLocale(params)
  return (
    <PageFrame locale={locale} path="/privacy" inEnglish>
      <div lang="en">
      <h1>Privacy</h1>
      <p className="lead">You can read this site without anyone knowing who you are.</p>
      <ul>
        <li>This site sets no cookies when you read it.</li>
        <li>It loads nothing from other companies: no adverts, no tracking, no social media buttons.</li>
        <li>We do not record your IP address or what you search for.</li>
        <li>We only count how many times pages are read, as plain numbers, to see if the campaign reaches people.</li>
      </ul>
      <h2>If you sign up for emails</h2>
      <ul>
        <li>We keep only your email address, the language you chose, and what you agreed to, word for word, with the date.</li>
        <li>Our emails have no tracking pixels and no tracked links. We do not know if you open them.</li>
        <li>Every email has a link to stop them at once, to change what you get, to download what we hold, or to erase it.</li>
        <li>If you erase your details, we keep only a scrambled code of your address, so we never email you again by mistake.</li>
      </ul>
      <h2>If you contact a service</h2>
      <p>Each service listed here has its own privacy rules. Asking for help is the right thing for you and your baby.</p>
      </div>
    </PageFrame>
  )
}
