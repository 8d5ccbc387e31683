import type { Endpoint, PayloadRequest } from 'payload'

import { confirm, erase, exportData, savePreferences, subscribe, unsubscribe } from '@/delivery/subscriptions'
import { storageFaultOf } from '@/storage/faults'
import { defaultSiteLocale, isSiteLocale, localePath, type SiteLocale } from '@/i18n/siteWords'
import { emailWordsFor } from '@/i18n/emailWords'

import { queryOf, readForm, seeOther } from './forms'
import { problem } from './problem'

// The public side of the mailing lists: join, confirm, change, leave, and a reader's data rights. HTML forms
// post here and are sent back to a page (303); JSON clients get JSON. None needs a login: the signed link
// in each email is the key. Per-client rate limits sit in front of these in the Express shell.

/** POST /api/subscribe  { email, lists, locale } */
export const subscribeEndpoint: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    const body = await readForm(req)
    if ('tooLarge' in body) return problem(413, 'That request is too large.')
    const locale = localeOf(body.fields.locale)
    let result
    try {
      result = await subscribe(req.payload, { email: body.fields.email, lists: body.fields.lists, locale, method: body.json ? 'api' : 'website form' })
    } catch (error) {
      // Not a 202: nothing was sent, so the person must know to try again (the error is logged for the team).
      const unsent = notSent(error)
      if (!unsent) throw error
      req.payload.logger.error({ err: error }, 'a sign-up confirmation email could not be sent')
      if (body.json) return problem(unsent.status, unsent.message)
      return backToForm(locale, body.fields, 'unsent')
    }
    if (!result.ok) {
      if (body.json) return Response.json({ errors: [{ field: result.field, message: result.reason }] }, { status: 400 })
      return backToForm(locale, body.fields, result.field)
    }
    // The same answer for every address, new or known: nothing here says who is subscribed.
    if (body.json) return Response.json({ message: emailWordsFor(locale).checkYourEmail }, { status: 202 })
    return seeOther(localePath(locale, '/email-updates/check-your-email'))
  },
}

/**
 * GET /api/subscriptions/confirm?token=... — the link in confirmation emails sent before confirming became a
 * button. Opening a link changes nothing (mail link checkers open them all): it shows the page with the button.
 */
export const confirmPageEndpoint: Endpoint = {
  path: '/subscriptions/confirm',
  method: 'get',
  handler: async (req) => seeOther(`/email-updates/confirm?${new URLSearchParams({ token: queryOf(req).get('token') ?? '' })}`),
}

/** POST /api/subscriptions/confirm  token, pageLocale — the button on the confirmation page. */
export const confirmEndpoint: Endpoint = {
  path: '/subscriptions/confirm',
  method: 'post',
  handler: async (req) => {
    const body = await readForm(req)
    if ('tooLarge' in body) return problem(413, 'That request is too large.')
    const result = await confirm(req.payload, String(body.fields.token ?? ''))
    if (!result.ok) return body.json ? problem(400, `This link does not work (${result.reason}).`) : seeOther(`${localePath(localeOf(body.fields.pageLocale), '/email-updates')}?link=${result.reason}`)
    if (body.json) return Response.json({ message: 'Confirmed.' })
    return seeOther(`${localePath(result.locale, '/email-preferences')}?token=${result.manageToken}&done=confirmed`)
  },
}

/**
 * POST /api/subscriptions/unsubscribe?token=...&lists=1.2 — RFC 8058 one-click (mail programs post
 * "List-Unsubscribe=One-Click") and the preferences page's button. GET never changes anything, because
 * link checkers open links; it shows the page with a button instead.
 */
export const unsubscribeEndpoint: Endpoint = {
  path: '/subscriptions/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const query = queryOf(req)
    const body = await readForm(req)
    if ('tooLarge' in body) return problem(413, 'That request is too large.')
    const token = query.get('token') ?? String(body.fields.token ?? '')
    const lists = listsIn(query.get('lists') ?? ([body.fields.lists].flat().filter(Boolean).join('.') || undefined))
    const oneClick = body.fields['List-Unsubscribe'] === 'One-Click'
    const done = await unsubscribe(req.payload, token, lists, oneClick ? 'one-click unsubscribe' : 'preferences page')
    if (!done) return oneClick || body.json ? problem(404, 'This unsubscribe link does not match any subscription.') : seeOther('/email-updates?link=wrong')
    if (oneClick || body.json) return new Response('Unsubscribed.', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    return seeOther(`${localePath(localeOf(body.fields.pageLocale ?? body.fields.locale), '/email-preferences')}?token=${token}&done=unsubscribed`)
  },
}

export const unsubscribePageEndpoint: Endpoint = {
  path: '/subscriptions/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const query = queryOf(req)
    return seeOther(`/email-preferences?${new URLSearchParams({ token: query.get('token') ?? '', unsubscribe: query.get('lists') ?? 'all' })}`)
  },
}

/** POST /api/subscriptions/preferences  token, lists (repeated), locale */
export const preferencesEndpoint: Endpoint = {
  path: '/subscriptions/preferences',
  method: 'post',
  handler: async (req) => {
    const body = await readForm(req)
    if ('tooLarge' in body) return problem(413, 'That request is too large.')
    const token = String(body.fields.token ?? '')
    const lists = body.fields.lists === undefined ? [] : [body.fields.lists].flat().map(String)
    const pageLocale = localeOf(body.fields.pageLocale ?? body.fields.locale)
    const saved = await savePreferences(req.payload, token, { lists, locale: body.fields.locale, pageLocale })
    if (!saved) return body.json ? problem(404, 'This link does not match any subscription.') : seeOther('/email-updates?link=wrong')
    if (body.json) return Response.json({ message: 'Saved.' })
    return seeOther(`${localePath(pageLocale, '/email-preferences')}?token=${token}&done=saved`)
  },
}

/** GET /api/subscriptions/data?token=... — a copy of everything held, as a JSON download. */
export const dataEndpoint: Endpoint = {
  path: '/subscriptions/data',
  method: 'get',
  handler: async (req) => {
    const data = await exportData(req.payload, queryOf(req).get('token') ?? '')
    if (!data) return problem(404, 'This link does not match any subscription.')
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': 'attachment; filename="my-campaign-email-data.json"',
        'cache-control': 'no-store',
      },
    })
  },
}

/** POST /api/subscriptions/erase  token */
export const eraseEndpoint: Endpoint = {
  path: '/subscriptions/erase',
  method: 'post',
  handler: async (req) => {
    const body = await readForm(req)
    if ('tooLarge' in body) return problem(413, 'That request is too large.')
    const erased = await erase(req.payload, String(body.fields.token ?? queryOf(req).get('token') ?? ''))
    if (!erased) return body.json ? problem(404, 'This link does not match any subscription.') : seeOther('/email-updates?link=wrong')
    if (body.json) return Response.json({ message: 'Erased.' })
    return seeOther(`${localePath(localeOf(body.fields.pageLocale ?? body.fields.locale), '/email-updates')}?done=erased`)
  },
}

export const subscriptionEndpoints = [
  subscribeEndpoint,
  confirmPageEndpoint,
  confirmEndpoint,
  unsubscribeEndpoint,
  unsubscribePageEndpoint,
  preferencesEndpoint,
  dataEndpoint,
  eraseEndpoint,
]

/** Back to the sign-up form with what they typed and ticked, so fixing the problem (or trying again) is one click. */
function backToForm(locale: SiteLocale, fields: Record<string, unknown>, error: string): Response {
  const back = new URLSearchParams({ error })
  if (typeof fields.email === 'string') back.set('email', fields.email.slice(0, 254))
  for (const list of [fields.lists ?? []].flat().slice(0, 10)) back.append('lists', String(list).slice(0, 60))
  return seeOther(`${localePath(locale, '/email-updates')}?${back}`)
}

/** A sign-up that sent nothing: the mail server or outbox failed (503), or the disk refused the save (507/503). */
function notSent(error: unknown): { status: number; message: string } | undefined {
  const fault = storageFaultOf(error)
  if (fault) return { status: fault.status, message: fault.message }
  if ((error as Error | undefined)?.name === 'EmailNotSent') return { status: 503, message: 'We could not send the email just now. Please try again in a few minutes.' }
  return undefined
}

const localeOf = (value: unknown): SiteLocale => (isSiteLocale(value) ? value : defaultSiteLocale)
const listsIn = (value: string | undefined): string[] | 'all' => (value && value !== 'all' ? value.split('.').filter(Boolean) : 'all')
