import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Message } from '../payload-types'

import { loadSettings } from '../config/settings'
import { localePath } from '../i18n/siteWords'
import { type CardImage, cardFileName, materialWords, renderShareCards, textIsInAltOrPost } from '../renderers'
import { campaignSettings, findApprovedMessage, localeOption, makeMaterials, posterWordsOf, requiredOption } from './approvedMessage'
import { UsageError } from './usage'

type Options = { message?: string; out?: string; locale?: string }

/** `campaign cards`: share cards in every size from a message's approved words, with their alt text. */
export async function cards(options: Options): Promise<number> {
  const slug = requiredOption(options.message, '--message', 'bonding-takes-time')
  const out = requiredOption(options.out, '--out', 'cards/')
  const locale = localeOption(options.locale)
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new UsageError(`--out ${out} is a file; give a folder for the cards.`)
  return makeMaterials(async (payload) => {
    const message = await findApprovedMessage(payload, slug, locale)
    const { campaignName, paused } = await campaignSettings(payload, locale)
    if (paused) console.error('campaign: note: the campaign is paused; check before sharing these cards.')
    const settings = loadSettings()
    const pageUrl = settings.publicUrl + localePath(locale, `/messages/${message.slug}`)
    const words = posterWordsOf(message)
    const made = await renderShareCards({
      ...words,
      campaignName,
      pageUrl,
      image: await photoOf(payload, message, settings.mediaDir),
      photoLabel: materialWords[locale].photo,
    })
    fs.mkdirSync(out, { recursive: true })
    const postText = (message.renditions?.social ?? []).map((post) => post.text).join('\n')
    console.log(`campaign: ${made.length} cards for "${message.slug}" (${locale}) in ${out}`)
    for (const card of made) {
      const file = path.join(out, cardFileName(message.slug, card.size))
      fs.writeFileSync(file, card.png)
      console.log(`\n${file}  (${card.size.use})\n  Alt text: ${card.alt}`)
      for (const warning of card.warnings) console.error(`campaign: warning: ${warning}`)
      if (!textIsInAltOrPost(card.drawn, card.alt, postText)) {
        console.error(`campaign: warning: ${file} shows words that are in neither its alt text nor the post.`)
      }
    }
    return 0
  })
}

/**
 * The photo chosen for the message's social posts (the first post with one), with its focal point and what it
 * shows. A photo whose file is missing is left out with a note, rather than stopping every card.
 */
async function photoOf(payload: Payload, message: Message, mediaDir: string): Promise<CardImage | null> {
  const post = message.renditions?.social?.find((candidate) => candidate.image)
  if (!post?.image) return null
  const id = typeof post.image === 'object' ? post.image.id : post.image
  const media = await payload.findByID({ collection: 'media', id, depth: 0, disableErrors: true })
  if (!media?.filename) return null
  const file = path.join(mediaDir, media.filename)
  if (!fs.existsSync(file)) {
    console.error(`campaign: note: the photo ${media.filename} is not in ${mediaDir}; the cards have no photo.`)
    return null
  }
  const alt = media.decorative ? '' : post.imageAlt?.trim() || media.alt?.trim() || ''
  return { data: fs.readFileSync(file), alt, focalPoint: { x: media.focalX ?? 50, y: media.focalY ?? 50 } }
}
