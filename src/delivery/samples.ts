// Every template filled with real content from the CMS, for the admin preview and "send me a test": the
// editor sees exactly what a reader would, with links that show where they go but change nothing.
import type { Payload } from 'payload'

import type { EmailTemplateKey, TemplateProps } from '@/emails/templates'
import { emailWordsFor } from '@/i18n/emailWords'
import type { SiteLocale } from '@/i18n/siteWords'
import type { EmailCampaign } from '@/payload-types'

import { campaignContent, campaignFooter, NotReadyToSend } from './compose'
import { publicLists } from './subscriptions'

export { NotReadyToSend }

export async function sampleProps<K extends EmailTemplateKey>(
  payload: Payload,
  key: K,
  locale: SiteLocale,
  campaign?: EmailCampaign,
): Promise<TemplateProps[K]> {
  const siteUrl = payload.config.serverURL
  const words = emailWordsFor(locale)
  const links = { preferencesUrl: `${siteUrl}/email-preferences?token=preview`, unsubscribeUrl: `${siteUrl}/email-preferences?token=preview` }
  const lists = await publicLists(payload, locale, 'all')
  const listNames = lists.map((list) => list.name)
  const common = { locale, siteUrl }
  const team = { reason: 'You get this because you are on the campaign team.', howToStop: 'To stop these emails, ask a campaign admin.' }
  const props: { [Key in EmailTemplateKey]?: () => Promise<TemplateProps[Key]> } = {
    'subscription-confirm': async () => ({
      ...common,
      lists: listNames.slice(0, 1),
      confirmUrl: `${siteUrl}/email-updates/confirm?token=preview`,
      expiresInDays: 7,
      footer: { reason: words.footer.becauseSomeoneAsked },
    }),
    'subscription-already': async () => ({ ...common, preferencesUrl: links.preferencesUrl, footer: { reason: words.footer.becauseSomeoneAsked, preferencesUrl: links.preferencesUrl } }),
    welcome: async () => ({
      ...common,
      lists: lists.slice(0, 1).map((list) => ({ name: list.name, description: list.description })),
      preferencesUrl: links.preferencesUrl,
      footer: campaignFooter(locale, listNames.slice(0, 1), links),
    }),
    'review-reminder': async () => {
      const { docs } = await payload.find({ collection: 'messages', where: { reviewBy: { exists: true } }, sort: 'reviewBy', limit: 3, depth: 0, overrideAccess: true })
      return {
        ...common,
        locale: 'en',
        ownerName: 'Sam',
        messages: docs.map((message) => ({ title: message.title, reviewBy: message.reviewBy!, adminUrl: `${siteUrl}/admin/collections/messages/${message.id}` })),
        footer: team,
      }
    },
    'review-request': async () => {
      const { docs } = await payload.find({ collection: 'messages', sort: '-updatedAt', limit: 1, depth: 0, draft: true, overrideAccess: true })
      const message = docs[0]
      if (!message) throw new NotReadyToSend('There is no message to ask about yet.')
      return {
        ...common,
        locale: 'en',
        reviewerName: 'Alex',
        message: { title: message.title, keyMessage: message.keyMessage, adminUrl: `${siteUrl}/admin/collections/messages/${message.id}` },
        requestedBy: 'Jo from the comms team',
        footer: team,
      }
    },
  }
  const own = props[key]
  if (own) return (await own()) as TemplateProps[K]
  const source = campaign?.template === key ? campaign : await latestCampaign(payload, key)
  return (await campaignContent(payload, source, locale, campaignFooter(locale, listNames.slice(0, 1), links))) as TemplateProps[K]
}

/** The newest campaign of a kind, or for a message of the week, the newest live message. */
async function latestCampaign(payload: Payload, key: EmailTemplateKey): Promise<Pick<EmailCampaign, 'template' | 'message' | 'bulletin' | 'lists'>> {
  const template = key as EmailCampaign['template']
  if (template === 'message-of-the-week') {
    const { docs } = await payload.find({ collection: 'messages', where: { 'workflow.state': { equals: 'published' } }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })
    return { template, message: docs[0]?.id, lists: [] }
  }
  const { docs } = await payload.find({ collection: 'email-campaigns', where: { template: { equals: template } }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })
  return docs[0] ?? { template, lists: [] }
}
