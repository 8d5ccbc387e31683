import React from 'react'

import { type SiteLocale, wordsFor } from '@/i18n/siteWords'
import { asksIfHelpful, HELPFUL_FORM_ACTION, HELPFUL_THANKS_ID } from '@/insight/helpful'

/**
 * "Was this page helpful?" as a plain form: it works without JavaScript (parent pages carry none). The answer
 * comes back to #helpful-thanks, which CSS alone shows (:target), so the same cached page serves everyone.
 */
export function HelpfulForm({ locale, path }: { locale: SiteLocale; path: string }) {
  if (!asksIfHelpful(path)) return null
  const words = wordsFor(locale).helpful
  return (
    <section className="helpful" aria-labelledby="helpful-question">
      <form method="post" action={HELPFUL_FORM_ACTION} className="helpful__form">
        <input type="hidden" name="page" value={path} />
        <input type="hidden" name="locale" value={locale} />
        <h2 id="helpful-question" className="helpful__question">
          {words.question}
        </h2>
        <div className="helpful__answers">
          <button type="submit" name="answer" value="yes">
            {words.yes}
          </button>
          <button type="submit" name="answer" value="no">
            {words.no}
          </button>
        </div>
        <p className="helpful__note">{words.note}</p>
      </form>
      <p id={HELPFUL_THANKS_ID} className="helpful__thanks" tabIndex={-1}>
        {words.thanks}
      </p>
    </section>
  )
}
