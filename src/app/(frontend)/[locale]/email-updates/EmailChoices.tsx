import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import React from 'react'

import { type SiteLocale, wordsFor } from '@/i18n/siteWords'
import { consentWording } from '@/mailing/consent'

// Parts shared by the sign-up page and the preferences page. Both are plain HTML forms: no JavaScript.

/** Mailing lists are for admins only, so these pages read them on the server, never as the visitor. */
export const campaignPayload = () => getPayload({ config })

export type Query = Record<string, string | string[] | undefined>

/** One value from the address bar: a repeated parameter counts once, and nothing long is echoed back. */
export function first(value: string | string[] | undefined, max = 254): string | undefined {
  const one = Array.isArray(value) ? value[0] : value
  return one === undefined ? undefined : one.slice(0, max)
}

export type ListOption = {
  id: number | string
  slug?: string | null
  name: string
  description?: string | null
  audience?: string | null
}

/**
 * Ids of the lists with no name or description of their own in this language: those show in English, and
 * are marked so, for screen readers' pronunciation and for the page's "shown in English" note.
 */
export async function listsInEnglish(payload: Payload, locale: SiteLocale, lists: ListOption[]): Promise<ReadonlySet<string>> {
  if (locale === 'en' || lists.length === 0) return new Set()
  const own = await payload.find({
    collection: 'mailing-lists',
    locale,
    fallbackLocale: 'none',
    depth: 0,
    limit: lists.length,
    pagination: false,
    overrideAccess: true,
    select: { name: true, description: true },
    where: { id: { in: lists.map((list) => list.id) } },
  })
  const translated = new Set(own.docs.filter((list) => String(list.name ?? '').trim() && String(list.description ?? '').trim()).map((list) => String(list.id)))
  return new Set(lists.map((list) => String(list.id)).filter((id) => !translated.has(id)))
}

type ChoicesProps = {
  locale: SiteLocale
  lists: ListOption[]
  /** Lists whose words are still English (listsInEnglish). */
  inEnglish?: ReadonlySet<string>
  legend: string
  hint?: string
  /** What each box sends: sign-up takes slugs (readable), preferences take ids. */
  valueOf: (list: ListOption) => string
  checked: (list: ListOption) => boolean
  /** A note under a list, e.g. that it waits for the reader to confirm. */
  noteOf?: (list: ListOption) => string | undefined
  error?: string
}

/**
 * One tick box per list: its name, what it sends and to whom, and as the box's label the exact consent words
 * the server records, so what a person reads is what they agreed to. The first box has the id "lists", which
 * an error summary links to.
 */
export function ListChoices({ locale, lists, inEnglish, legend, hint, valueOf, checked, noteOf, error }: ChoicesProps) {
  const words = wordsFor(locale).emailUpdates
  const described = [hint && 'lists-hint', error && 'lists-error'].filter(Boolean).join(' ') || undefined
  return (
    <fieldset className="choices" aria-describedby={described}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id="lists-hint">
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id="lists-error">
          {error}
        </p>
      )}
      {lists.map((list, index) => {
        const id = index === 0 ? 'lists' : `lists-${list.id}`
        const note = noteOf?.(list)
        const audience = list.audience === 'parents' || list.audience === 'professionals' ? words.audience[list.audience] : undefined
        const english = locale !== 'en' && inEnglish?.has(String(list.id)) ? 'en' : undefined
        return (
          <div className="choice" key={list.id}>
            <p className="choice__name" lang={english}>
              {list.name}
            </p>
            <p className="choice__about" id={`${id}-about`}>
              <span lang={english}>{list.description}</span> {audience && <span className="choice__who">{audience}.</span>}
            </p>
            {note && (
              <p className="choice__note" id={`${id}-note`}>
                {note}
              </p>
            )}
            <p className="filters__check choice__yes">
              <input
                type="checkbox"
                id={id}
                name="lists"
                value={valueOf(list)}
                defaultChecked={checked(list)}
                aria-describedby={[`${id}-about`, note && `${id}-note`].filter(Boolean).join(' ')}
              />
              <label htmlFor={id}>
                <ConsentWords wording={consentWording(locale, list.name).wording} name={list.name} lang={english} />
              </label>
            </p>
          </div>
        )
      })}
    </fieldset>
  )
}

/** The consent sentence exactly as recorded; a list name still in English is marked as English inside it. */
function ConsentWords({ wording, name, lang }: { wording: string; name: string; lang?: string }) {
  const at = lang ? wording.indexOf(name) : -1
  if (at < 0) return <>{wording}</>
  return (
    <>
      {wording.slice(0, at)}
      <span lang={lang}>{name}</span>
      {wording.slice(at + name.length)}
    </>
  )
}

/** What just happened (a saved change, a link that did not work), said once at the top of the page. */
export function Notice({ text, alert }: { text?: string; alert?: boolean }) {
  if (!text) return null
  return (
    <p className={alert ? 'notice notice--alert' : 'notice'} role={alert ? 'alert' : 'status'}>
      {text}
    </p>
  )
}
