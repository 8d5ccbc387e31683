import React from 'react'

import { type SiteLocale, languageNames, localePath, siteLocales, wordsFor } from '@/i18n/siteWords'

import { HelpfulForm } from './HelpfulForm'
import { isPreview } from './queries'

type Props = {
  locale: SiteLocale
  /** This page's address without a language prefix, so the switcher can offer the same page in each language. */
  path: string
  /** Some content on the page has no words of its own in this language and is shown in English. */
  inEnglish?: boolean
  /** The translation was made from older English. */
  outdated?: boolean
  children: React.ReactNode
}

/**
 * What every parent page has above its content: the same page in the other languages, and an honest note when
 * some of it is still in English; below it, "Was this page helpful?". Plain links and a plain form, so it works
 * without JavaScript.
 */
export async function PageFrame({ locale, path, inEnglish, outdated, children }: Props) {
  const words = wordsFor(locale)
  return (
    <>
      {(await isPreview(locale)) && <PreviewBanner />}
      <nav className="languages" aria-label={words.languages}>
        <ul>
          {siteLocales.map((code) => (
            <li key={code}>
              {code === locale ? (
                <span lang={code} aria-current="page">
                  {languageNames[code]}
                </span>
              ) : (
                <a href={localePath(code, path)} hrefLang={code} lang={code}>
                  {languageNames[code]}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {locale !== 'en' && (inEnglish || outdated) && (
        <p className="language-note" role="note">
          {outdated ? words.outdatedNote : words.inEnglishNote}{' '}
          <a href={path} hrefLang="en">
            {words.readInEnglish}
          </a>
        </p>
      )}
      {children}
      <HelpfulForm locale={locale} path={path} />
    </>
  )
}

/** Editors only: says plainly that this is a preview, and how to leave it. */
function PreviewBanner() {
  return (
    <p className="preview-banner" role="status">
      Preview: you are seeing drafts and scheduled messages as they will look. Visitors cannot see this.{' '}
      <a href="/preview/exit">Leave preview</a>
    </p>
  )
}
