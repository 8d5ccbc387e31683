import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { platformRules, type SocialPlatform } from '@/channels/platforms'
import { clip } from '@/channels/text'
import { idOf } from '@/domain/ids'
import { localePath } from '@/i18n/siteWords'
import type { Message } from '@/payload-types'
import { campaignLink } from '@/social/postRules'

/**
 * A new post starts from its message's social rendition for the platform (its words and hashtags), the
 * message's address with the campaign reference, and the message's share card in the platform's shape with
 * its alt text. Anything the author already wrote is kept.
 */
export const fillFromMessage: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const messageId = idOf(merged.message)
  if (messageId === undefined || !merged.platform) return data
  const message = await latestMessage(req, messageId)
  if (!message) return data
  const platform = merged.platform as SocialPlatform
  const rendition = (message.renditions?.social ?? []).find((post) => post.platform === platform)
  if (!merged.text?.trim()) data.text = rendition?.text?.trim() || clip(message.keyMessage, platformRules[platform].maxLength - 60)
  if (!merged.hashtags?.length && rendition?.hashtags?.length) data.hashtags = rendition.hashtags
  if (!merged.link) data.link = campaignLink(req.payload.config.serverURL, localePath('en', `/messages/${message.slug}`), platform)
  if (merged.image === undefined || merged.image === null) {
    const card = await shareCard(req, messageId, platformRules[platform].card)
    if (card) {
      data.image = card.id
      if (!merged.imageAlt?.trim()) data.imageAlt = card.altText
    }
  }
  return data
}

async function latestMessage(req: PayloadRequest, id: number | string): Promise<Message | null> {
  return req.payload.findByID({ collection: 'messages', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
}

/** The generated share card for the message in this shape, if the materials job has made it. */
async function shareCard(req: PayloadRequest, messageId: number | string, shape: string | null) {
  if (!shape) return undefined
  const { docs } = await req.payload.find({
    collection: 'materials',
    where: { and: [{ 'generatedFrom.message': { equals: messageId } }, { 'generatedFrom.variant': { equals: `card-${shape}` } }, { 'generatedFrom.stale': { not_equals: true } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]
}
