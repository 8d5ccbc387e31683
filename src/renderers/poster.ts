// Posters for baby groups and family hubs: one approved message on an A4 or A3 page, with the help line,
// the venue's own details, and a QR code to the message's page. The text is real PDF text in the campaign
// font (selectable, searchable, read aloud), and the same input always gives the same bytes.
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib'

import { assertReadable, campaignCreator, palette, parseHex } from './brand'
import { campaignFont, drawableText } from './fonts'
import { qrCodePng } from './qr'
import { displayAddress } from './shareCards'
import { fitStack, type FittedStack, type Measure, type TextBlock } from './textLayout'

/** Page sizes in PDF points (1/72 inch). */
export const posterSizes = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
} as const

export type PosterSize = keyof typeof posterSizes

export const isPosterSize = (value: unknown): value is PosterSize => value === 'A4' || value === 'A3'

export type PosterVenue = { name: string; sessionTimes?: string | null }

export type PosterInput = {
  size: PosterSize
  campaignName: string
  headline: string
  strapline?: string | null
  /** The line every poster carries: who to talk to. */
  helpLine: string
  venue?: PosterVenue | null
  /** The address the QR code opens (see qrTargetUrl). */
  qrUrl: string
  /** The document's title in PDF readers. */
  title: string
  /** BCP 47 language of the words, e.g. en-GB. */
  language: string
  /** Creation and modification date written into the file: the message's last change, so reruns match. */
  date: Date
  /** Fixed words in the poster's language (see materialWords). */
  labels: { scanToRead: string; sessions: string }
}

export type Poster = {
  pdf: Uint8Array
  size: PosterSize
  qrUrl: string
  /** The exact PNG embedded as the QR code. */
  qrPng: Buffer
  drawn: string[]
  truncated: boolean
  warnings: string[]
}

const colour = (hex: string) => {
  const [red, green, blue] = parseHex(hex)
  return rgb(red / 255, green / 255, blue / 255)
}

type Fonts = { regular: PDFFont; bold: PDFFont }
type Box = { left: number; top: number; width: number; height: number }

/** Draws fitted blocks from the top of a box downwards; `top` counts down from the top of the page. */
function drawStack(page: PDFPage, stack: FittedStack, styles: { font: PDFFont; fill: string }[], box: { left: number; top: number }) {
  const pageHeight = page.getHeight()
  let top = box.top
  stack.blocks.forEach((block, index) => {
    const { font, fill } = styles[index]
    // pdf-lib places text by its baseline; centre the font's height in each line's box.
    const ascent = font.heightAtSize(block.size, { descender: false })
    const full = font.heightAtSize(block.size)
    const baseline = (block.lineAdvance - full) / 2 + ascent
    for (const line of block.lines) {
      page.drawText(line.text, { x: box.left, y: pageHeight - (top + baseline), size: block.size, font, color: colour(fill) })
      top += block.lineAdvance
    }
    top += block.height - block.lines.length * block.lineAdvance
  })
}

const measureWith = (font: PDFFont): Measure => (text, size) => font.widthOfTextAtSize(text, size)

function block(text: string, font: PDFFont, sizes: [number, number], lineHeight: number, extra: Partial<TextBlock> = {}): TextBlock {
  return { text, measure: measureWith(font), maxSize: sizes[0], minSize: sizes[1], lineHeight, ...extra }
}

/** Renders the poster. Text colours are checked against their backgrounds first. */
export async function renderPoster(input: PosterInput): Promise<Poster> {
  assertReadable(palette.white, palette.plum, 'Poster banner')
  assertReadable(palette.plum, palette.paper, 'Poster headline')
  assertReadable(palette.ink, palette.paper, 'Poster text')
  assertReadable(palette.ink, palette.white, 'Poster help line')

  const { width, height } = posterSizes[input.size]
  const unit = width / posterSizes.A4.width
  const margin = 44 * unit

  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit)
  // The whole font, not a subset: it is small (about 48 KB a weight), and subsetting adds a step that can vary.
  const fonts: Fonts = {
    regular: await doc.embedFont(campaignFont('regular').bytes, { subset: false }),
    bold: await doc.embedFont(campaignFont('bold').bytes, { subset: false }),
  }
  const faces = [campaignFont('regular'), campaignFont('bold')]
  const words = (text: string | null | undefined) => drawableText(faces, text ?? '')
  const headline = words(input.headline)
  const strapline = words(input.strapline)
  const helpLine = words(input.helpLine)
  const venueName = words(input.venue?.name)
  const sessions = words(input.venue?.sessionTimes ? `${input.labels.sessions} ${input.venue.sessionTimes}` : '')
  if (!headline.text) throw new Error('A poster needs a headline.')
  const removed = [...new Set([headline, strapline, helpLine, venueName, sessions].flatMap((part) => part.removed))]
  const warnings = removed.map((character) => `"${character}" cannot be drawn in the campaign font and was left off the poster.`)

  const page = doc.addPage([width, height])
  page.drawRectangle({ x: 0, y: 0, width, height, color: colour(palette.paper) })

  // Banner: the campaign's name on plum across the top.
  const bannerHeight = 72 * unit
  page.drawRectangle({ x: 0, y: height - bannerHeight, width, height: bannerHeight, color: colour(palette.plum) })
  const banner = fitStack([block(input.campaignName, fonts.bold, [22 * unit, 14 * unit], 1.2, { maxLines: 1 })], {
    width: width - 2 * margin,
    height: bannerHeight,
  })
  drawStack(page, banner, [{ font: fonts.bold, fill: palette.white }], { left: margin, top: (bannerHeight - banner.height) / 2 })

  // Foot: the QR code, and beside it the venue, the prompt to scan and the address written out.
  const qrPng = await qrCodePng(input.qrUrl)
  const qrSize = 150 * unit
  const qrImage = await doc.embedPng(qrPng)
  page.drawImage(qrImage, { x: margin, y: margin, width: qrSize, height: qrSize })
  const column: Box = { left: margin + qrSize + 24 * unit, top: height - margin - qrSize, width: width - 2 * margin - qrSize - 24 * unit, height: qrSize }
  const foot = fitStack(
    [
      block(venueName.text, fonts.bold, [20 * unit, 13 * unit], 1.25, { maxLines: 2 }),
      block(sessions.text, fonts.regular, [16 * unit, 11 * unit], 1.3, { maxLines: 2, spaceAfter: 0.8 }),
      block(input.labels.scanToRead, fonts.bold, [16 * unit, 11 * unit], 1.3, { maxLines: 1 }),
      block(displayAddress(input.qrUrl), fonts.regular, [12 * unit, 9 * unit], 1.3, { maxLines: 3 }),
    ],
    column,
  )
  const footStyles = [
    { font: fonts.bold, fill: palette.ink },
    { font: fonts.regular, fill: palette.ink },
    { font: fonts.bold, fill: palette.plum },
    { font: fonts.regular, fill: palette.ink },
  ]
  drawStack(page, foot, footStyles, { left: column.left, top: column.top + (column.height - foot.height) / 2 })

  // Help line: on white with a plum bar, just above the foot, so it is the last thing read before the code.
  const helpPadding = 18 * unit
  const barWidth = 6 * unit
  const help = fitStack([block(helpLine.text, fonts.bold, [22 * unit, 15 * unit], 1.3, { maxLines: 4 })], {
    width: width - 2 * margin - barWidth - 2 * helpPadding,
    height: 4 * 22 * unit * 1.3,
  })
  const helpHeight = help.height + 2 * helpPadding
  const helpTop = height - margin - qrSize - 32 * unit - helpHeight
  page.drawRectangle({ x: margin, y: height - helpTop - helpHeight, width: width - 2 * margin, height: helpHeight, color: colour(palette.white) })
  page.drawRectangle({ x: margin, y: height - helpTop - helpHeight, width: barWidth, height: helpHeight, color: colour(palette.plum) })
  drawStack(page, help, [{ font: fonts.bold, fill: palette.ink }], { left: margin + barWidth + helpPadding, top: helpTop + helpPadding })

  // The message itself fills the space between banner and help line.
  const wordsTop = bannerHeight + 56 * unit
  const message = fitStack(
    [
      block(headline.text, fonts.bold, [60 * unit, 30 * unit], 1.12, { spaceAfter: 0.5 }),
      block(strapline.text, fonts.regular, [30 * unit, 18 * unit], 1.35),
    ],
    { width: width - 2 * margin, height: helpTop - 40 * unit - wordsTop },
  )
  const messageStyles = [
    { font: fonts.bold, fill: palette.plum },
    { font: fonts.regular, fill: palette.ink },
  ]
  drawStack(page, message, messageStyles, { left: margin, top: wordsTop })

  setMetadata(doc, input)
  const pdf = await doc.save()
  const stacks = [banner, message, help, foot]
  const truncated = stacks.some((stack) => stack.truncated)
  if (truncated) warnings.push(`The words do not fit the ${input.size} poster at the smallest readable size; they were cut.`)
  return {
    pdf,
    size: input.size,
    qrUrl: input.qrUrl,
    qrPng,
    drawn: stacks.flatMap((stack) => stack.blocks.map((fitted) => fitted.drawn)).filter(Boolean),
    truncated,
    warnings,
  }
}

/** Title, language and authorship for PDF readers and screen readers; fixed dates so reruns are identical. */
function setMetadata(doc: PDFDocument, input: PosterInput) {
  doc.setTitle(input.title, { showInWindowTitleBar: true })
  doc.setLanguage(input.language)
  doc.setAuthor(input.campaignName)
  doc.setSubject(input.strapline?.trim() || input.headline)
  doc.setCreator(campaignCreator)
  doc.setProducer(`${campaignCreator} (pdf-lib)`)
  doc.setCreationDate(input.date)
  doc.setModificationDate(input.date)
}
