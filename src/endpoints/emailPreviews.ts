import type { Endpoint, PayloadRequest } from 'payload'

import { NotReadyToSend, sampleProps } from '@/delivery/samples'
import { isTeamMember } from '@/domain/roles'
import { emailTemplateKeys, type EmailTemplateKey, renderTemplate } from '@/emails/templates'
import { isSiteLocale, type SiteLocale } from '@/i18n/siteWords'
import type { EmailCampaign } from '@/payload-types'

import { queryOf } from './forms'
import { problem } from './problem'

// The admin's email previews: any template, with real content, as HTML or plain text, and a test copy sent
// to the signed-in editor. For the comms team only.

/** GET /api/email-previews/:template?format=html|text&locale=en&campaign=ID */
export const previewEndpoint: Endpoint = {
  path: '/email-previews/:template',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const rendered = await renderFor(req)
    if (rendered instanceof Response) return rendered
    const text = queryOf(req).get('format') === 'text'
    return new Response(text ? rendered.text : rendered.html, {
      headers: {
        'content-type': `${text ? 'text/plain' : 'text/html'}; charset=utf-8`,
        'cache-control': 'no-store',
        // Shown in an iframe in the admin: no scripts, nothing from elsewhere.
        'content-security-policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'",
        'x-email-subject': encodeURIComponent(rendered.subject),
      },
    })
  },
}

/** POST /api/email-previews/:template/test?locale=en&campaign=ID — a copy to the editor's own address. */
export const testSendEndpoint: Endpoint = {
  path: '/email-previews/:template/test',
  method: 'post',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const rendered = await renderFor(req)
    if (rendered instanceof Response) return rendered
    const to = (req.user as { email?: string }).email!
    await req.payload.sendEmail({ to, subject: `[Test] ${rendered.subject}`, html: rendered.html, text: rendered.text })
    return Response.json({ message: `A test copy is on its way to ${to}.` })
  },
}

export const emailPreviewEndpoints = [previewEndpoint, testSendEndpoint]

function refuse(req: PayloadRequest): Response | undefined {
  if (!req.user) return problem(401, 'Sign in to the admin to preview emails.')
  if (!isTeamMember(req.user as never)) return problem(403, 'Email previews are for the campaign team.')
  return undefined
}

async function renderFor(req: PayloadRequest) {
  const key = String(req.routeParams?.template ?? '') as EmailTemplateKey
  if (!emailTemplateKeys.includes(key)) return problem(404, `There is no email template called "${key}".`)
  const query = queryOf(req)
  const locale: SiteLocale = isSiteLocale(query.get('locale')) ? (query.get('locale') as SiteLocale) : 'en'
  const campaignId = query.get('campaign')
  const campaign = campaignId
    ? ((await req.payload.findByID({ collection: 'email-campaigns', id: campaignId, depth: 0, user: req.user, overrideAccess: false, disableErrors: true })) as EmailCampaign | null)
    : undefined
  if (campaignId && !campaign) return problem(404, 'There is no such campaign.')
  try {
    return await renderTemplate(key, await sampleProps(req.payload, key, locale, campaign ?? undefined))
  } catch (error) {
    if (error instanceof NotReadyToSend) return problem(409, error.message)
    throw error
  }
}
