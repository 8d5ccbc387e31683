// Share cards: one approved message as a picture for each place it is posted. The words sit on a solid plum
// panel, never on the photo, so they stay readable whatever the photo; the photo is cut around its focal point.
import sharp, { type OverlayOptions } from 'sharp'

import { assertReadable, palette } from './brand'
import { type CampaignFont, campaignFont, drawableText, textWidth } from './fonts'
import { baselineOffset, lineToSvg } from './outlines'
import { type FocalPoint, photoForArea } from './photo'
import { type FittedBlock, type FittedStack, fitStack, type Measure, tidy } from './textLayout'

export const cardSizes = [
  { name: 'square', width: 1080, height: 1080, use: 'Instagram and Facebook posts' },
  { name: 'portrait', width: 1080, height: 1350, use: 'Instagram portrait posts' },
  { name: 'story', width: 1080, height: 1920, use: 'stories and WhatsApp status' },
  { name: 'link', width: 1200, height: 630, use: 'link previews on Facebook and LinkedIn' },
  { name: 'wide', width: 1600, height: 900, use: 'X, Bluesky and Mastodon posts' },
] as const

export type CardSize = (typeof cardSizes)[number]

export type CardImage = {
  data: Buffer
  /** What the photo shows; empty for a decorative photo. */
  alt: string
  focalPoint?: FocalPoint | null
}

export type CardInput = {
  /** The poster rendition's words: short, and written to be read at a glance. */
  headline: string
  strapline?: string | null
  campaignName: string
  /** The message's page; shown small on the card so a forwarded picture still leads somewhere. */
  pageUrl: string
  image?: CardImage | null
  /** "Photo:" in the card's language, for the alt text. */
  photoLabel?: string
}

export type ShareCard = {
  size: CardSize
  png: Buffer
  /** For the post's image description: every word on the card, then what the photo shows. */
  alt: string
  /** Each piece of text drawn on the card, as drawn (cut pieces end with "…"). */
  drawn: string[]
  truncated: boolean
  warnings: string[]
}

export type Rect = { left: number; top: number; width: number; height: number }
export type CardLayout = { photo?: Rect; panel: Rect; padding: number; paddingBottom: number; unit: number }

const text = palette.white
const panel = palette.plum

/**
 * Where the photo and the text panel go. Tall cards have the photo above the panel, wide cards beside it.
 * Stories leave room at the bottom, where the app draws its reply box over the picture.
 */
export function cardLayout(size: CardSize, withPhoto: boolean): CardLayout {
  const { width, height } = size
  const unit = Math.min(width, height) / 1080
  const padding = Math.round(64 * unit)
  const paddingBottom = size.name === 'story' ? Math.round(260 * unit) : padding
  if (!withPhoto) return { panel: { left: 0, top: 0, width, height }, padding, paddingBottom, unit }
  if (height >= width) {
    const photoHeight = Math.round(height * (size.name === 'story' ? 0.45 : 0.5))
    return {
      photo: { left: 0, top: 0, width, height: photoHeight },
      panel: { left: 0, top: photoHeight, width, height: height - photoHeight },
      padding,
      paddingBottom,
      unit,
    }
  }
  const photoWidth = Math.round(width * 0.45)
  return {
    photo: { left: 0, top: 0, width: photoWidth, height },
    panel: { left: photoWidth, top: 0, width: width - photoWidth, height },
    padding,
    paddingBottom,
    unit,
  }
}

/** The address as people read it: no "https://", no trailing slash. */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '')
}

const sentence = (words: string) => (/[.!?…]$/.test(words) ? words : `${words}.`)

/** The card's alt text: its words in reading order, what the photo shows, and where the card leads. */
export function cardAltText(input: CardInput): string {
  const parts = [sentence(tidy(input.headline))]
  if (input.strapline?.trim()) parts.push(sentence(tidy(input.strapline)))
  if (input.image?.alt.trim()) parts.push(`${input.photoLabel ?? 'Photo:'} ${sentence(tidy(input.image.alt))}`)
  parts.push(`${tidy(input.campaignName)}, ${displayAddress(input.pageUrl)}`)
  return parts.join(' ')
}

const measureWith = (font: CampaignFont): Measure => (words, size) => textWidth(font, words, size)

/** The campaign name and address, small, at the foot of the panel. */
function fitFooter(input: CardInput, width: number, unit: number, fonts: Fonts): FittedStack {
  const size = Math.max(Math.round(30 * unit), 20)
  const minSize = Math.max(Math.round(24 * unit), 18)
  return fitStack(
    [
      { text: input.campaignName, measure: measureWith(fonts.bold), maxSize: size, minSize, lineHeight: 1.3, maxLines: 1 },
      { text: displayAddress(input.pageUrl), measure: measureWith(fonts.regular), maxSize: size, minSize, lineHeight: 1.3, maxLines: 1 },
    ],
    { width, height: size * 1.3 * 2 },
  )
}

function fitWords(headline: string, strapline: string, box: { width: number; height: number }, unit: number, fonts: Fonts) {
  return fitStack(
    [
      {
        text: headline,
        measure: measureWith(fonts.bold),
        maxSize: Math.round(84 * unit),
        minSize: Math.max(Math.round(44 * unit), 32),
        lineHeight: 1.15,
        spaceAfter: 0.45,
      },
      {
        text: strapline,
        measure: measureWith(fonts.regular),
        maxSize: Math.round(52 * unit),
        minSize: Math.max(Math.round(32 * unit), 24),
        lineHeight: 1.3,
      },
    ],
    box,
  )
}

type Fonts = { regular: CampaignFont; bold: CampaignFont }

/** SVG for a stack of fitted blocks, its top-left corner at (left, top). */
function stackToSvg(stack: FittedStack, fontsInOrder: CampaignFont[], left: number, top: number): string {
  let y = top
  const groups: string[] = []
  stack.blocks.forEach((block: FittedBlock, index) => {
    const font = fontsInOrder[index]
    for (const line of block.lines) {
      const baseline = y + baselineOffset(font, block.size, block.lineAdvance)
      groups.push(lineToSvg(font, line.text, { x: left, baseline, size: block.size, fill: text }))
      y += block.lineAdvance
    }
    y += block.height - block.lines.length * block.lineAdvance
  })
  return groups.join('')
}

/** Renders one card. The same input always gives the same bytes. */
export async function renderShareCard(input: CardInput, size: CardSize): Promise<ShareCard> {
  assertReadable(text, panel, 'Card text')
  const fonts: Fonts = { regular: campaignFont('regular'), bold: campaignFont('bold') }
  const both = [fonts.regular, fonts.bold]
  const headline = drawableText(both, input.headline)
  const strapline = drawableText(both, input.strapline ?? '')
  if (!headline.text) throw new Error('A card needs a headline.')
  const warnings = [...new Set([...headline.removed, ...strapline.removed])].map(
    (character) => `"${character}" cannot be drawn in the campaign font and was left off the card.`,
  )

  const layout = cardLayout(size, Boolean(input.image))
  const { panel: area, padding, paddingBottom, unit } = layout
  const inner = { width: area.width - 2 * padding, height: area.height - padding - paddingBottom }
  const footer = fitFooter(input, inner.width, unit, fonts)
  const gap = Math.round(40 * unit)
  const words = fitWords(headline.text, strapline.text, { width: inner.width, height: inner.height - footer.height - gap }, unit, fonts)
  const wordsTop = area.top + padding + Math.max(0, (inner.height - footer.height - gap - words.height) / 2)
  const footerTop = area.top + area.height - paddingBottom - footer.height
  const rule = `<rect x="${area.left + padding}" y="${Math.round(footerTop - gap / 2)}" width="${Math.round(96 * unit)}" height="${Math.max(2, Math.round(4 * unit))}" fill="${palette.paper}"/>`
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">` +
    `<rect x="${area.left}" y="${area.top}" width="${area.width}" height="${area.height}" fill="${panel}"/>` +
    stackToSvg(words, [fonts.bold, fonts.regular], area.left + padding, wordsTop) +
    rule +
    stackToSvg(footer, [fonts.bold, fonts.regular], area.left + padding, footerTop) +
    '</svg>'

  const layers: OverlayOptions[] = []
  if (input.image && layout.photo) {
    const photo = await photoForArea(input.image.data, layout.photo, input.image.focalPoint)
    layers.push({ input: photo, left: layout.photo.left, top: layout.photo.top })
  }
  layers.push({ input: Buffer.from(svg), left: 0, top: 0 })
  const png = await sharp({ create: { width: size.width, height: size.height, channels: 3, background: palette.paper } })
    .composite(layers)
    .removeAlpha()
    .png({ compressionLevel: 9 })
    .toBuffer()

  const drawn = [...words.blocks, ...footer.blocks].map((block) => block.drawn).filter(Boolean)
  const truncated = words.truncated || footer.truncated
  if (truncated) warnings.push(`The words do not fit the ${size.width}x${size.height} card at the smallest readable size; they were cut.`)
  const alt = cardAltText({ ...input, headline: headline.text, strapline: strapline.text })
  return { size, png, alt, drawn, truncated, warnings }
}

/** Every card size, in the order of `cardSizes`. */
export async function renderShareCards(input: CardInput): Promise<ShareCard[]> {
  const cards: ShareCard[] = []
  for (const size of cardSizes) cards.push(await renderShareCard(input, size))
  return cards
}

/** `slug-1080x1080.png` */
export const cardFileName = (slug: string, size: CardSize) => `${slug}-${size.width}x${size.height}.png`
