import { createElement } from 'react'
import { type Endpoint, generateExpiredPayloadCookie, generatePayloadCookie, type PayloadRequest } from 'payload'

import { partnerRefusalIn, partnerRefusals } from '@/collections/Users/hooks/partnerSignIn'
import { EmailNotSent } from '@/delivery/subscriptions'
import { AlreadyPartnerEmail, ConfirmPartnerEmail } from '@/emails/PartnerEmails'
import { renderEmail } from '@/emails/render'
import { defaultSiteLocale, isSiteLocale, localePath } from '@/i18n/siteWords'
import { readPartnerSignUp } from '@/partners/signUp'
import { checkVerifyToken, verifyToken } from '@/partners/verifyToken'
import { storageFaultOf } from '@/storage/faults'

import { firstValues, queryOf, readForm, seeOther } from './forms'
import { problem } from './problem'

// Partner accounts from the public site: sign up, confirm the email, sign in and out. HTML forms post here
// and are sent back to a page (303); a client sending JSON gets JSON with the reasons instead.

/** POST /api/partners/join */
export const joinAsPartner: Endpoint = {
  path: '/partners/join',
  method: 'post',
  handler: async (req) => {
    const { form, json } = await readBody(req)
    const locale = isSiteLocale(form.locale) ? form.locale : defaultSiteLocale
    const checked = readPartnerSignUp(form)
    if (!checked.ok) {
      if (json) return Response.json({ errors: Object.entries(checked.errors).map(([field, message]) => ({ field, message })) }, { status: 400 })
      const back = new URLSearchParams({ errors: Object.keys(checked.errors).join(',') })
      for (const key of ['name', 'organisation', 'organisationKind', 'jobRole', 'district', 'venueName', 'email']) if (form[key]) back.set(key, form[key]!.slice(0, 200))
      return seeOther(`${localePath(locale, '/partners/join')}?${back}`)
    }
    const { value } = checked
    const siteUrl = req.payload.config.serverURL
    try {
      const existing = (await req.payload.find({ collection: 'users', where: { email: { equals: value.email } }, limit: 1, depth: 0 })).docs[0]
      if (existing && !awaitingConfirmation(existing)) {
        // Same answer either way: sign-up must not tell a stranger whether an address is registered.
        await send(req, value.email, 'You already have an account', createElement(AlreadyPartnerEmail, { name: value.name, siteUrl }))
      } else {
        // The account is stored before its email goes, so a crash in between (or a mail server that is down)
        // leaves an account still waiting for its link: signing up again sends one, with the latest details
        // and password, instead of "you already have an account" and no way in.
        const data = { ...value, roles: ['partner' as const], partnerStatus: 'unverified' as const }
        const user = existing
          ? await req.payload.update({ collection: 'users', id: existing.id, data })
          : await req.payload.create({ collection: 'users', data })
        const confirmUrl = `${siteUrl}/partners/confirm?token=${verifyToken(req.payload.secret, user.id, user.email)}`
        await send(req, user.email, 'Confirm your email', createElement(ConfirmPartnerEmail, { name: value.name, siteUrl, confirmUrl }))
      }
    } catch (error) {
      // Not a 202: nothing reached their inbox, so they must know to try again.
      const fault = storageFaultOf(error)
      if (!fault && (error as Error).name !== 'EmailNotSent') throw error
      req.payload.logger.error({ err: error }, 'a partner sign-up email could not be sent')
      if (json) return problem(fault?.status ?? 503, fault?.message ?? 'We could not send the email just now. Please try again in a few minutes.')
      return seeOther(`${localePath(locale, '/partners/join')}?${new URLSearchParams({ error: 'unsent', name: value.name, email: value.email })}`)
    }
    if (json) return Response.json({ message: 'Check your email for a link to confirm your address.' }, { status: 202 })
    return seeOther(localePath(locale, '/partners/check-your-email'))
  },
}

/**
 * GET /api/partners/confirm?token=... — the link in emails sent before confirming became a button. Opening a
 * link changes nothing (mail link checkers open them all): it shows the page with the button.
 */
export const confirmPartnerPage: Endpoint = {
  path: '/partners/confirm',
  method: 'get',
  handler: async (req) => seeOther(`/partners/confirm?${new URLSearchParams({ token: queryOf(req).get('token') ?? '' })}`),
}

/** POST /api/partners/confirm  token — the button on the confirmation page. */
export const confirmPartner: Endpoint = {
  path: '/partners/confirm',
  method: 'post',
  handler: async (req) => {
    const { form, json } = await readBody(req)
    const token = form.token ?? ''
    const userId = /^(\w{1,40})\./.exec(token)?.[1]
    const user = userId ? await req.payload.findByID({ collection: 'users', id: userId, depth: 0, disableErrors: true }) : null
    const check = checkVerifyToken(req.payload.secret, token, () => user?.email)
    const reason = !check.ok ? check.reason : !user ? 'wrong' : undefined
    if (reason) return json ? problem(400, `This link does not work (${reason}).`) : seeOther(`/partners/sign-in?link=${reason}`)
    if (user!.partnerStatus === 'unverified') {
      await req.payload.update({ collection: 'users', id: user!.id, data: { partnerStatus: 'active' } })
    }
    const outcome = user!.partnerStatus === 'revoked' ? 'revoked' : 'confirmed'
    return json ? Response.json({ message: outcome === 'revoked' ? 'Partner access for this account has been withdrawn.' : 'Confirmed.' }) : seeOther(`/partners/sign-in?${outcome}=1`)
  },
}

/** POST /api/partners/sign-in */
export const signInPartner: Endpoint = {
  path: '/partners/sign-in',
  method: 'post',
  handler: async (req) => {
    const { form, json } = await readBody(req)
    const locale = isSiteLocale(form.locale) ? form.locale : defaultSiteLocale
    const refuse = (reason: string, message: string) =>
      json ? problem(401, message) : seeOther(`${localePath(locale, '/partners/sign-in')}?error=${reason}`)
    let result
    try {
      // Payload's own login: the sign-in limits and the partner checks apply here as everywhere (src/collections/Users/hooks).
      result = await req.payload.login({ collection: 'users', data: { email: (form.email ?? '').trim(), password: form.password ?? '' }, req })
    } catch (error) {
      const partner = partnerRefusalIn(error)
      if (partner) return refuse(partner, partnerRefusals[partner])
      if ((error as { status?: number }).status === 429) return json ? problem(429, (error as Error).message) : refuse('busy', (error as Error).message)
      return refuse('wrong', 'That email and password do not match an account.')
    }
    const cookie = generatePayloadCookie({
      collectionAuthConfig: req.payload.collections.users.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token!,
    })
    if (json) return Response.json({ message: 'Signed in.' }, { headers: { 'set-cookie': cookie } })
    return seeOther(localePath(locale, '/partners'), { 'set-cookie': cookie })
  },
}

/** POST /api/partners/sign-out */
export const signOutPartner: Endpoint = {
  path: '/partners/sign-out',
  method: 'post',
  handler: async (req) => {
    const cookie = generateExpiredPayloadCookie({
      collectionAuthConfig: req.payload.collections.users.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
    })
    return seeOther('/materials', { 'set-cookie': cookie })
  },
}

export const partnerEndpoints = [joinAsPartner, confirmPartnerPage, confirmPartner, signInPartner, signOutPartner]

/** Partner forms have single fields; an oversized body reads as an empty form, which the checks refuse. */
async function readBody(req: PayloadRequest): Promise<{ form: Record<string, string | undefined>; json: boolean }> {
  const body = await readForm(req)
  return 'tooLarge' in body ? { form: {}, json: false } : { form: firstValues(body.fields), json: body.json }
}

/** A partner account made by signing up whose email link has not been used yet. */
const awaitingConfirmation = (user: { roles?: string[] | null; partnerStatus?: string | null }) =>
  user.partnerStatus === 'unverified' && (user.roles ?? []).includes('partner')

async function send(req: PayloadRequest, to: string, subject: string, email: React.ReactElement) {
  const { html, text } = await renderEmail(email)
  try {
    await req.payload.sendEmail({ to, subject, html, text })
  } catch (error) {
    throw new EmailNotSent(error)
  }
}
