import type { Payload } from 'payload'

import { isSiteLocale, type SiteLocale } from '../i18n/siteWords'
import { addCounts } from './addCounts'
import { dayOf, pageOf } from './tally'

// "Was this page helpful?": a yes or a no per form post, counted per page, language and UK day. Nothing
// about the person is kept, and no words: the form has none to send.

export const helpfulAnswers = ['yes', 'no'] as const
export type HelpfulAnswer = (typeof helpfulAnswers)[number]

/** Where the form posts (a Payload endpoint; rate-limited per client in the Express shell). */
export const HELPFUL_FORM_ACTION = '/api/helpful'
/** The fragment the answer returns to: the page's own thank-you, shown by CSS alone (:target), so cached pages show it. */
export const HELPFUL_THANKS_ID = 'helpful-thanks'

/** Pages that are one step of something (a confirmation, a sign-in) do not ask. */
const NOT_ASKED = ['/email-updates/confirm', '/email-updates/check-your-email', '/partners/confirm', '/partners/check-your-email', '/partners/sign-in', '/email-preferences']
export const asksIfHelpful = (page: string) => !NOT_ASKED.includes(page)

/** The parent pages with a fixed address; messages and themes are looked up. */
const FIXED_PAGES = ['/', '/dads', '/services', '/services/search', '/materials', '/materials/search', '/get-help', '/accessibility', '/privacy', '/email-updates', '/partners', '/partners/join']

export type HelpfulPost = { page: string; locale: SiteLocale; answer: HelpfulAnswer }

/** The post's page, language and answer, if each is one we know; a field sent twice is refused, not picked from. */
export function readHelpfulPost(fields: Record<string, string | string[] | undefined>): HelpfulPost | undefined {
  const { page, locale, answer } = fields
  if (typeof page !== 'string' || typeof locale !== 'string' || typeof answer !== 'string') return undefined
  if (!isSiteLocale(locale) || !helpfulAnswers.includes(answer as HelpfulAnswer)) return undefined
  const parsed = pageOf(page)
  if (!parsed || parsed.page !== page || !asksIfHelpful(page)) return undefined
  return { page, locale, answer: answer as HelpfulAnswer }
}

/** Only pages that exist are counted, so nobody can fill the counts with made-up addresses. */
export async function pageExists(payload: Payload, page: string): Promise<boolean> {
  if (FIXED_PAGES.includes(page)) return true
  const [, kind, slug, extra] = page.split('/')
  if (extra !== undefined || !slug || (kind !== 'messages' && kind !== 'themes')) return false
  const found = await payload.find({ collection: kind, where: { slug: { equals: slug } }, limit: 1, depth: 0, pagination: false, overrideAccess: false })
  return found.docs.length > 0
}

/** Adds one answer to the day's count for the page and language. */
export function countHelpfulAnswer(payload: Payload, { page, locale, answer }: HelpfulPost, now = new Date()): Promise<void> {
  const day = dayOf(now)
  return addCounts(payload, 'helpful-answers', [{ key: `${page}|${locale}|${day}`, facts: { page, locale, day }, add: { [answer]: 1 } }])
}
