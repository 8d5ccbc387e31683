import type { Metadata } from 'next'

import { readLocale } from '../../locale'
import { type LocaleParams, pageMetadata } from '../../metadata'
import { PageFrame } from '../../PageFrame'

// Written in English only for now: other languages show it in English with a note saying so.
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  return pageMetadata({
  title: 'Accessibility statement',
  description: 'How this site works for everyone, and how we check it.',
  path: '/accessibility',
    locale: await readLocale(params),
  })
}

export default async function AccessibilityPage({ params }: LocaleParams) {
  const locale = await readLocale(params)
  return (
    <PageFrame locale={locale} path="/accessibility" inEnglish>
      <div lang="en">
      <h1>Accessibility statement</h1>
      <p>We want everyone who needs this site to be able to use it, including on a small phone, with a screen reader, or with the keyboard only.</p>
      <h2>What we aim for</h2>
      <ul>
        <li>The pages meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.</li>
        <li>Plain words and short sentences, with a reading age of about 9 to 11.</li>
        <li>You can zoom to 400% and read every page on a narrow screen without scrolling sideways.</li>
        <li>Every page has a skip link, clear headings, and &quot;Get help now&quot; in the same place.</li>
        <li>The site works with JavaScript turned off.</li>
      </ul>
      <h2>How we check</h2>
      <p>Every page template is checked with the axe accessibility engine in a real browser each time the site is changed. People also test it with a keyboard and a screen reader.</p>
      <h2>Tell us about a problem</h2>
      <p>If something on this site does not work for you, please tell the service or professional who gave you this link, so they can pass it on to the campaign team.</p>
      </div>
    </PageFrame>
  )
}
