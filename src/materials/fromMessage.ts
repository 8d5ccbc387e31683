import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { localePath, type SiteLocale } from '../i18n/siteWords'
import type { Message, Venue } from '../payload-types'
import { type CardImage, materialWords, type Poster, type PosterSize, qrTargetUrl, renderPoster, renderShareCards, type ShareCard } from '../renderers'
import { oneMinuteChannel } from '../channels/oneMinute'
import { campaignSettings, posterWordsOf } from './approvedWords'

// One approved message made into share cards and posters, for the commands and for the job that keeps the
// library's generated materials current. The same inputs always make the same bytes.

type Where = { publicUrl: string; mediaDir: string }

export type MessageCards = { cards: ShareCard[]; postText: string; notes: string[] }

export async function cardsForMessage(payload: Payload, message: Message, locale: SiteLocale, where: Where): Promise<MessageCards> {
  const { campaignName } = await campaignSettings(payload, locale)
  const notes: string[] = []
  const cards = await renderShareCards({
    ...posterWordsOf(message),
    campaignName,
    pageUrl: where.publicUrl + localePath(locale, `/messages/${message.slug}`),
    image: await photoOf(payload, message, where.mediaDir, notes),
    photoLabel: materialWords[locale].photo,
  })
  const postText = (message.renditions?.social ?? []).map((post) => post.text).join('\n')
  return { cards, postText, notes }
}

export async function posterForMessage(
  payload: Payload,
  message: Message,
  locale: SiteLocale,
  options: { publicUrl: string; size: PosterSize; venue?: Pick<Venue, 'name' | 'sessionTimes' | 'slug'> },
): Promise<Poster> {
  const { campaignName } = await campaignSettings(payload, locale)
  const words = posterWordsOf(message)
  const labels = materialWords[locale]
  return renderPoster({
    size: options.size,
    campaignName,
    ...words,
    helpLine: labels.helpLine,
    venue: options.venue ? { name: options.venue.name, sessionTimes: options.venue.sessionTimes } : null,
    qrUrl: qrTargetUrl({ baseUrl: options.publicUrl, messageSlug: message.slug, venueRef: options.venue?.slug ?? undefined, localePrefix: localePath(locale, '') }),
    title: words.headline,
    language: labels.language,
    // The message's last change, not the clock: the same message makes the same file.
    date: new Date(message.updatedAt),
    labels,
  })
}

/**
 * The photo chosen for the message's social posts (the first post with one), with its focal point and what it
 * shows. A photo whose file is missing is left out with a note, rather than stopping every card.
 */
async function photoOf(payload: Payload, message: Message, mediaDir: string, notes: string[]): Promise<CardImage | null> {
  const post = message.renditions?.social?.find((candidate) => candidate.image)
  if (!post?.image) return null
  const id = typeof post.image === 'object' ? post.image.id : post.image
  const media = await payload.findByID({ collection: 'media', id, depth: 0, disableErrors: true })
  if (!media?.filename) return null
  const file = path.join(mediaDir, media.filename)
  if (!fs.existsSync(file)) {
    notes.push(`the photo ${media.filename} is not in ${mediaDir}; the cards have no photo.`)
    return null
  }
  const alt = media.decorative ? '' : post.imageAlt?.trim() || media.alt?.trim() || ''
  return { data: fs.readFileSync(file), alt, focalPoint: { x: media.focalX ?? 50, y: media.focalY ?? 50 } }
}

/** What the generated materials were made from: change any of it and they are made again. */
export function photoVersionOf(message: Message): string {
  const post = message.renditions?.social?.find((candidate) => candidate.image)
  const image = post?.image
  return image && typeof image === 'object' ? `${image.id}:${image.updatedAt}:${image.focalX}:${image.focalY}` : String(image ?? '')
}

/**
 * Talking points in the message's language, as a plain text file: short lines, the help route last so it is
 * never cut off. The one-minute conversation an editor wrote, or, where it is empty, the one the channel derives.
 */
export function talkingPointsOf(message: Message, locale: SiteLocale, publicUrl: string): string {
  const words = materialWords[locale].talkingPoints
  const written = (message.renditions?.oneMinuteConversation ?? []).map((item) => item.point?.trim()).filter((point): point is string => Boolean(point))
  const points = written.length > 0 ? written : oneMinuteChannel.derive({ title: message.title, keyMessage: message.keyMessage, paragraphs: [] }).map((item) => item.point)
  return [
    message.title,
    '',
    message.keyMessage,
    '',
    words.intro,
    ...points.map((point) => `- ${point}`),
    '',
    `${words.more} ${publicUrl}${localePath(locale, `/messages/${message.slug}`)}`,
    `${words.help} ${publicUrl}${localePath(locale, '/get-help')}`,
    '',
  ].join('\r\n')
}
