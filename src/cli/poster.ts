import fs from 'node:fs'
import path from 'node:path'

import { loadSettings } from '../config/settings'
import { posterForMessage } from '../materials/fromMessage'
import { isPosterSize, type PosterSize, posterSizes } from '../renderers'
import { campaignSettings, findApprovedMessage, findVenue } from '../materials/approvedWords'
import { localeOption, makeMaterials, requiredOption } from './approvedMessage'
import { UsageError } from './usage'

type Options = { message?: string; venue?: string; size?: string; out?: string; locale?: string }

/** `campaign poster`: a printable poster from a message's approved words, optionally for one venue. */
export async function poster(options: Options): Promise<number> {
  const slug = requiredOption(options.message, '--message', 'bonding-takes-time')
  const out = requiredOption(options.out, '--out', 'poster.pdf')
  const size = sizeOption(options.size)
  const locale = localeOption(options.locale)
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
    throw new UsageError(`--out ${out} is a folder; give the poster's file name, e.g. ${path.join(out, `${slug}-${size}.pdf`)}.`)
  }
  return makeMaterials(async (payload) => {
    const message = await findApprovedMessage(payload, slug, locale)
    const venue = options.venue === undefined ? undefined : await findVenue(payload, options.venue)
    const { campaignName, paused } = await campaignSettings(payload, locale)
    if (paused) console.error('campaign: note: the campaign is paused; check before putting this poster up.')
    const made = await posterForMessage(payload, message, locale, { publicUrl: loadSettings().publicUrl, size, venue })
    const qrUrl = made.qrUrl
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
    fs.writeFileSync(out, made.pdf)
    for (const warning of made.warnings) console.error(`campaign: warning: ${warning}`)
    const place = venue ? ` for ${venue.name}` : ''
    console.log(`campaign: wrote ${out}: ${size} poster of "${message.slug}"${place}; its QR code opens ${qrUrl}`)
    return 0
  })
}

function sizeOption(value: string | undefined): PosterSize {
  const size = (value ?? 'A4').toUpperCase()
  if (!isPosterSize(size)) throw new UsageError(`--size must be one of: ${Object.keys(posterSizes).join(', ')}.`)
  return size
}
