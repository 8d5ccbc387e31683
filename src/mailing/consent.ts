import { createHash } from 'node:crypto'

import type { SiteLocale } from '../i18n/siteWords'

// What a person agrees to when they sign up, word for word. The form shows these words and the server
// records the same words (and a short fingerprint of them) with the consent, so we can always show what
// someone said yes to. Change the wording here and new consents carry the new fingerprint.

const wording: Record<SiteLocale, (list: string) => string> = {
  en: (list) => `Yes, please email me "${list}". I can stop at any time with the link in every email.`,
  pl: (list) => `Tak, proszę o e-maile „${list}”. Mogę zrezygnować w każdej chwili linkiem w każdym e-mailu.`,
  ro: (list) => `Da, vreau să primesc pe e-mail „${list}”. Mă pot dezabona oricând cu linkul din fiecare e-mail.`,
}

export function consentWording(locale: SiteLocale, listName: string): { wording: string; version: string } {
  const text = wording[locale](listName)
  return { wording: text, version: createHash('sha256').update(text).digest('hex').slice(0, 12) }
}

export const consentMethods = ['website form', 'api', 'email link', 'one-click unsubscribe', 'preferences page', 'bounce', 'admin'] as const
export type ConsentMethod = (typeof consentMethods)[number]
