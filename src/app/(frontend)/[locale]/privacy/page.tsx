import type { Metadata } from 'next'

import { readLocale } from '../../locale'
import { type LocaleParams, pageMetadata } from '../../metadata'
import { PageFrame } from '../../PageFrame'

// Written in English only for now: other languages show it in English with a note saying so.
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  return pageMetadata({
  title: 'Privacy',
  description: 'No cookies, no tracking: you can read this site without anyone knowing who you are. What we count, and how.',
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
        <li>We do not record your IP address, your browser or device, the page you came from, or what you search for.</li>
      </ul>
      <h2>What we count</h2>
      <p>To see whether the campaign reaches people, and which places and parents it is missing, we count. Counts are plain numbers; none of them says who you are.</p>
      <ul>
        <li>How many times each page is read, in each language, each day.</li>
        <li>
          Which kind of campaign link brought people to a page: a social media post (and which site), an email, or a poster&apos;s QR code. Our
          links carry that word (for example <code>ref=email</code>), the same for everyone who gets the link.
        </li>
        <li>Answers to &ldquo;Was this page helpful?&rdquo;: one more yes or one more no for that page and day. No words, nothing about you.</li>
        <li>Scans of a poster&apos;s QR code, for the place the poster is in.</li>
        <li>Downloads of campaign materials, for the kind of organisation and the district of the partner who downloads them, never the person.</li>
      </ul>
      <p>Our team sees these counts by week and by district. Any count under 5 is shown only as &ldquo;fewer than 5&rdquo;.</p>
      <h2>If you sign up for emails</h2>
      <ul>
        <li>We keep only your email address, the language you chose, and what you agreed to, word for word, with the date.</li>
        <li>
          Our emails have no tracking pixels, and their links say only that they are from an email, the same for every reader. We do not know if
          you open them, or whether you in particular followed a link.
        </li>
        <li>Every email has a link to stop them at once, to change what you get, to download what we hold, or to erase it.</li>
        <li>If you erase your details, we keep only a scrambled code of your address, so we never email you again by mistake.</li>
      </ul>
      <h2>If you contact a service</h2>
      <p>Each service listed here has its own privacy rules. Asking for help is the right thing for you and your baby.</p>
      </div>
    </PageFrame>
  )
}
