// The content of each campaign email, gathered from the CMS in the reader's language: what the templates in
// src/emails are given. Used by the sender, the admin preview and the test send, so all three show the same.
import type { Payload } from 'payload'

import { dateInYear, parseDateRule } from '@/domain/dateRules'
import { idOf } from '@/domain/ids'
import { materialTypeLabels } from '@/domain/materials'
import type { CareSignpost, EmailFooter, TemplateProps } from '@/emails/templates'
import { type SiteLocale, localePath } from '@/i18n/siteWords'
import { emailWordsFor } from '@/i18n/emailWords'
import type { EmailCampaign, Message, Service } from '@/payload-types'
import { withReference } from '@/insight/references'

export class NotReadyToSend extends Error {
  override name = 'NotReadyToSend'
}

export type CampaignTemplateKey = EmailCampaign['template']

/** What a campaign email says for one language, with the reader's own links left as placeholders. */
export async function campaignContent(
  payload: Payload,
  campaign: Pick<EmailCampaign, 'template' | 'message' | 'bulletin' | 'lists'>,
  locale: SiteLocale,
  footer: EmailFooter,
): Promise<TemplateProps[CampaignTemplateKey]> {
  const siteUrl = payload.config.serverURL
  const common = { locale, siteUrl, footer }
  if (campaign.template === 'message-of-the-week') return { ...common, ...(await messageOfTheWeek(payload, idOf(campaign.message), locale)) }
  if (campaign.template === 'partner-digest') return { ...common, locale: 'en', ...(await partnerDigest(payload, new Date())) }
  const bulletin = campaign.bulletin ?? {}
  if (!bulletin.heading?.trim() || !bulletin.body?.trim()) throw new NotReadyToSend('The bulletin needs a heading and some words.')
  return { ...common, locale: 'en', heading: bulletin.heading, body: bulletin.body, links: (bulletin.links ?? []).map(({ label, url }) => ({ label, url })) }
}

/** Why a reader gets a campaign email, naming the lists it came through. */
export function campaignFooter(locale: SiteLocale, listNames: string[], links: { preferencesUrl: string; unsubscribeUrl: string }): EmailFooter {
  return { reason: emailWordsFor(locale).footer.becauseYouJoined(listNames), ...links }
}

async function messageOfTheWeek(payload: Payload, id: number | string | undefined, locale: SiteLocale) {
  if (id === undefined) throw new NotReadyToSend('Choose the message to send.')
  const message = await liveMessage(payload, id, locale)
  if (!message) throw new NotReadyToSend('The message is not live on the site yet, so its link would not work. It is sent once it is published.')
  const siteUrl = payload.config.serverURL
  const status = message.translationStatus as Partial<Record<SiteLocale, string>> | null | undefined
  const signposts = (message.signposts ?? [])
    .filter((signpost) => typeof signpost.service === 'object' && signpost.service)
    .map((signpost): CareSignpost => ({ urgency: signpost.urgency, when: signpost.when, service: serviceOf(signpost.service as Service) }))
  return {
    message: {
      title: message.title,
      keyMessage: message.keyMessage,
      emailBlock: message.renditions?.emailBlock?.trim() || message.keyMessage,
      // Visits through the email are counted by this reference, not by a tracking pixel.
      url: withReference(`${siteUrl}${localePath(locale, `/messages/${message.slug}`)}`, 'email'),
    },
    signposts,
    supportBlock: (message.topicFlags ?? []).includes('suicide-or-self-harm') ? { services: await supportServices(payload, signposts) } : null,
    inEnglish: locale !== 'en' && status?.[locale] !== 'complete',
  }
}

/** Only words the public can read right now: published, approved and in date. */
async function liveMessage(payload: Payload, id: number | string, locale: SiteLocale): Promise<Message | undefined> {
  const { docs } = await payload.find({
    collection: 'messages',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }, { 'workflow.state': { equals: 'published' } }] },
    locale,
    fallbackLocale: 'en',
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  const message = docs[0]
  if (message?.reviewBy && new Date(message.reviewBy) < new Date()) return undefined
  return message
}

/** The safe-messaging support block: 999, NHS 111 and the round-the-clock lines, from the registry. */
async function supportServices(payload: Payload, signposts: CareSignpost[]): Promise<CareSignpost['service'][]> {
  const { docs } = await payload.find({
    collection: 'services',
    where: { or: [{ slug: { in: ['emergency-999', 'nhs-111'] } }, { hours: { contains: '24' } }] },
    depth: 0,
    limit: 6,
    overrideAccess: true,
  })
  const fromSignposts = signposts.map((signpost) => signpost.service.name)
  return docs.map(serviceOf).sort((a, b) => Number(fromSignposts.includes(b.name)) - Number(fromSignposts.includes(a.name)))
}

const serviceOf = (service: Service): CareSignpost['service'] => ({
  name: service.name,
  contact: service.contact,
  hours: service.hours,
  verifiedAt: service.verifiedAt,
})

/** New materials from the last 30 days and the campaign moments of the next 60. */
export async function partnerDigest(payload: Payload, now: Date) {
  const since = new Date(now.getTime() - 30 * 86_400_000)
  const siteUrl = payload.config.serverURL
  const materials = await payload.find({
    collection: 'materials',
    where: { and: [{ createdAt: { greater_than_equal: since.toISOString() } }, { accessLevel: { in: ['public', 'partners'] } }, { 'generatedFrom.stale': { not_equals: true } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 12,
    overrideAccess: true,
  })
  const dates = await payload.find({ collection: 'awareness-dates', depth: 0, limit: 100, overrideAccess: true })
  const horizon = now.getTime() + 60 * 86_400_000
  const moments = dates.docs
    .map((moment) => ({ moment, date: nextDate(moment, now) }))
    .filter((item): item is { moment: (typeof dates.docs)[number]; date: Date } => Boolean(item.date && item.date.getTime() <= horizon))
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map(({ moment, date }) => ({ name: moment.name, date: date.toISOString(), summary: moment.notes ?? undefined }))
  return {
    since: since.toISOString(),
    materials: materials.docs.map((material) => ({
      title: material.title,
      // The library, narrowed to this material by its title.
      url: `${siteUrl}/materials/search?${new URLSearchParams({ q: material.title })}`,
      kind: materialTypeLabels[material.type],
      summary: material.summary ?? undefined,
    })),
    moments,
  }
}

function nextDate(moment: { date?: string | null; rule?: string | null }, now: Date): Date | undefined {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  if (moment.date) return new Date(moment.date).getTime() >= today ? new Date(moment.date) : undefined
  const rule = moment.rule ? parseDateRule(moment.rule) : undefined
  if (!rule) return undefined
  const thisYear = dateInYear(rule, now.getUTCFullYear())
  return thisYear.getTime() >= today ? thisYear : dateInYear(rule, now.getUTCFullYear() + 1)
}
