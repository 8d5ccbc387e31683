import type { Metadata } from 'next'
import type { Payload } from 'payload'

import { preferencesOf } from '@/delivery/subscriptions'
import { languageNames, localePath, type SiteLocale, siteLocales, wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../locale'
import { pageMetadata } from '../../metadata'
import { PageFrame } from '../../PageFrame'
import { campaignPayload, first, ListChoices, listsInEnglish, Notice, type Query } from '../email-updates/EmailChoices'

// The signed link in every email is the only key: no login and no cookie. The token travels in the address
// and in hidden form fields, and is read per request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocale(params)
  const words = wordsFor(locale).emailUpdates.preferences
  return {
    ...pageMetadata({ title: words.title, description: words.description, path: '/email-preferences', locale }),
    robots: { index: false },
    // The address carries the reader's key: no request from this page may pass it on.
    referrer: 'no-referrer',
  }
}

export default async function EmailPreferencesPage({ params, searchParams }: Props) {
  const locale = await readLocale(params)
  const query = await searchParams
  const words = wordsFor(locale).emailUpdates.preferences
  const at = (path: string) => localePath(locale, path)
  const token = first(query.token, 200) ?? ''
  const payload = await campaignPayload()
  const reader = token ? await preferencesOf(payload, token, locale) : undefined

  if (!reader) {
    return (
      <PageFrame locale={locale} path="/email-preferences">
        <h1>{words.badLinkTitle}</h1>
        <p className="lead">{words.badLink}</p>
        <p>
          <a href={at('/email-updates')}>{words.signUpAgain}</a>
        </p>
      </PageFrame>
    )
  }

  const key = encodeURIComponent(token)
  const inEnglish = await listsInEnglish(payload, locale, reader.lists)
  const active = [...reader.subscribed, ...reader.pending]
  const done = first(query.done, 20)
  const doneText = done === 'confirmed' || done === 'saved' || done === 'unsubscribed' ? words.done[done] : undefined
  const stopping = query.unsubscribe === undefined ? undefined : await listsToStop(payload, locale, first(query.unsubscribe, 400) ?? '', reader)
  const hidden = (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="pageLocale" value={locale} />
    </>
  )
  return (
    // The language links keep the key, so a reader can switch language and still see their own choices.
    <PageFrame locale={locale} path={`/email-preferences?token=${key}`} inEnglish={inEnglish.size > 0}>
      <Notice text={doneText} />
      <h1>{words.title}</h1>
      {stopping && stopping.lists.length === 0 && <Notice text={words.alreadyStopped} />}
      {stopping && stopping.lists.length > 0 && (
        // A link in an email (or a link checker opening it) only shows this question; only the button stops anything.
        <section className="confirm-box" aria-labelledby="confirm-stop-title">
          <h2 id="confirm-stop-title">
            {stopping.all ? words.confirmStopAll : words.confirmStop(new Intl.ListFormat(locale, { type: 'conjunction' }).format(stopping.lists.map((list) => words.quote(list.name))))}
          </h2>
          <p>{words.confirmStopText}</p>
          <form method="post" action="/api/subscriptions/unsubscribe" className="action-form">
            {hidden}
            <input type="hidden" name="lists" value={stopping.all ? 'all' : stopping.lists.map((list) => list.id).join('.')} />
            <p className="form-actions">
              <button type="submit">{words.yesStop}</button> <a href={`${at('/email-preferences')}?token=${key}`}>{words.keepThem}</a>
            </p>
          </form>
        </section>
      )}
      <p>
        {words.sentTo} <strong>{reader.email}</strong>
      </p>
      {active.length === 0 && <p className="notice">{words.nothing}</p>}
      <form method="post" action="/api/subscriptions/preferences" className="filters form-stack">
        {hidden}
        <ListChoices
          locale={locale}
          lists={reader.lists}
          inEnglish={inEnglish}
          legend={words.choose}
          valueOf={(list) => String(list.id)}
          checked={(list) => reader.subscribed.includes(String(list.id))}
          noteOf={(list) => (reader.pending.includes(String(list.id)) ? words.pending : undefined)}
        />
        <p>
          <label htmlFor="locale">{words.language}</label>
          <select id="locale" name="locale" defaultValue={reader.locale}>
            {siteLocales.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageNames[code]}
              </option>
            ))}
          </select>
        </p>
        <p className="filters__actions">
          <button type="submit">{words.save}</button>
        </p>
      </form>

      {active.length > 0 && (
        <>
          <h2>{words.stopAllHeading}</h2>
          <p>{words.stopAllText}</p>
          <form method="post" action="/api/subscriptions/unsubscribe" className="action-form">
            {hidden}
            <input type="hidden" name="lists" value="all" />
            <p className="form-actions">
              <button type="submit">{words.stopAll}</button>
            </p>
          </form>
        </>
      )}

      <h2>{words.dataHeading}</h2>
      <p>
        <a href={`/api/subscriptions/data?token=${key}`}>{words.download}</a>
      </p>

      <h2>{words.eraseHeading}</h2>
      <p>
        {words.eraseText} {words.eraseKeep}
      </p>
      <form method="post" action="/api/subscriptions/erase" className="action-form">
        {hidden}
        <p className="form-actions">
          <button type="submit" className="button--warning">
            {words.erase}
          </button>
        </p>
      </form>
    </PageFrame>
  )
}

type Stopping = { all: boolean; lists: { id: string; name: string }[] }

/**
 * What an unsubscribe link asks to stop ("all", or list ids joined with dots), narrowed to what the reader
 * still gets. Lists are named in this page's language, including lists nobody can join from the website.
 */
async function listsToStop(payload: Payload, locale: SiteLocale, asked: string, reader: Reader): Promise<Stopping> {
  const active = [...reader.subscribed, ...reader.pending]
  const all = asked === '' || asked === 'all'
  const ids = all ? active : asked.split('.').filter((id) => active.includes(id)).slice(0, 20)
  const names = new Map(reader.lists.map((list) => [String(list.id), list.name]))
  const unnamed = ids.filter((id) => !names.has(id))
  if (unnamed.length > 0) {
    const { docs } = await payload.find({
      collection: 'mailing-lists',
      where: { id: { in: unnamed.map((id) => (/^\d+$/.test(id) ? Number(id) : id)) } },
      locale,
      fallbackLocale: 'en',
      depth: 0,
      limit: unnamed.length,
      pagination: false,
      overrideAccess: true,
      select: { name: true },
    })
    for (const list of docs) names.set(String(list.id), list.name)
  }
  return { all, lists: ids.map((id) => ({ id, name: names.get(id) ?? id })) }
}

type Reader = NonNullable<Awaited<ReturnType<typeof preferencesOf>>>
