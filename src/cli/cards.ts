import fs from 'node:fs'
import path from 'node:path'

import { loadSettings } from '../config/settings'
import { cardsForMessage } from '../materials/fromMessage'
import { cardFileName, textIsInAltOrPost } from '../renderers'
import { campaignSettings, findApprovedMessage } from '../materials/approvedWords'
import { localeOption, makeMaterials, requiredOption } from './approvedMessage'
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
    const { paused } = await campaignSettings(payload, locale)
    if (paused) console.error('campaign: note: the campaign is paused; check before sharing these cards.')
    const { cards: made, postText, notes } = await cardsForMessage(payload, message, locale, loadSettings())
    for (const note of notes) console.error(`campaign: note: ${note}`)
    fs.mkdirSync(out, { recursive: true })
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
