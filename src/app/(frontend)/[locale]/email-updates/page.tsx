import type { Metadata } from 'next'

import { publicLists } from '@/delivery/subscriptions'
import { localePath, wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../locale'
import { pageMetadata } from '../../metadata'
import { PageFrame } from '../../PageFrame'
import { campaignPayload, first, ListChoices, listsInEnglish, Notice, type Query } from './EmailChoices'

// Errors and the answers from email links come back in the address, so this page is made per request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> }

const fields = ['email', 'lists'] as const
type Field = (typeof fields)[number]

/** The fields the form's POST sent back as wrong, in the order they appear on the page. */
const errorsIn = (query: Query): Field[] => {
  const named = (first(query.error, 40) ?? '').split(',')
  return fields.filter((field) => named.includes(field))
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await readLocale(params)
  const words = wordsFor(locale).emailUpdates
  // A screen reader hears the title first, so it says when something needs fixing (GOV.UK's pattern).
  const title = errorsIn(await searchParams).length > 0 ? `${words.errorPrefix}: ${words.title}` : words.title
  return { ...pageMetadata({ title, description: words.description, path: '/email-updates', locale }), robots: { index: false } }
}

/** Sign-up for campaign emails. A plain form that works without JavaScript; the server checks everything. */
export default async function EmailUpdatesPage({ params, searchParams }: Props) {
  const locale = await readLocale(params)
  const query = await searchParams
  const words = wordsFor(locale).emailUpdates
  const at = (path: string) => localePath(locale, path)
  const payload = await campaignPayload()
  const lists = await publicLists(payload, locale, 'all')
  const inEnglish = await listsInEnglish(payload, locale, lists)
  const errors = errorsIn(query)
  const link = first(query.link, 20)
  const notice =
    first(query.done, 20) === 'erased'
      ? { text: words.notices.erased }
      : link === 'expired' || link === 'wrong' || link === 'malformed'
        ? { text: words.notices[link], alert: true }
        : first(query.error, 40) === 'unsent'
          ? { text: words.notices.unsent, alert: true }
          : undefined
  // Boxes ticked before a mistake stay ticked, if the address carries them back.
  const ticked = new Set([query.lists ?? []].flat())
  return (
    <PageFrame locale={locale} path="/email-updates" inEnglish={inEnglish.size > 0}>
      <Notice {...notice} />
      {errors.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{words.problem}</h2>
          <ul>
            {errors.map((field) => (
              <li key={field}>
                <a href={`#${field}`}>{words.errors[field]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h1>{words.title}</h1>
      <p className="lead">{words.lead}</p>
      {lists.length === 0 ? (
        <p>{words.noLists}</p>
      ) : (
        // noValidate: the server's checks and words are the same in every browser, in the reader's language.
        <form method="post" action="/api/subscribe" className="filters form-stack" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <p>
            <label htmlFor="email">{words.emailLabel}</label>
            {errors.includes('email') && (
              <span className="field-error" id="email-error">
                {words.errors.email}
              </span>
            )}
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              defaultValue={first(query.email)}
              aria-describedby={errors.includes('email') ? 'email-error' : undefined}
              aria-invalid={errors.includes('email') ? true : undefined}
            />
          </p>
          <ListChoices
            locale={locale}
            lists={lists}
            inEnglish={inEnglish}
            legend={words.choose}
            hint={lists.length > 1 ? words.chooseHint : undefined}
            valueOf={(list) => list.slug ?? String(list.id)}
            checked={(list) => ticked.has(String(list.slug)) || ticked.has(String(list.id))}
            error={errors.includes('lists') ? words.errors.lists : undefined}
          />
          <p className="filters__actions">
            <button type="submit">{words.signUp}</button>
          </p>
        </form>
      )}
      <h2>{words.keepHeading}</h2>
      <ul>
        {words.keep.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <a href={at('/privacy')}>{words.privacy}</a>
      </p>
      <p>
        {words.help} <a href={at('/get-help')}>{words.helpLink}</a>.
      </p>
    </PageFrame>
  )
}
