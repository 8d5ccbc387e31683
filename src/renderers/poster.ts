// Posters for baby groups and family hubs: one approved message on an A4 or A3 page, with the help line,
// the venue's own details, and a QR code to the message's page. The text is real PDF text in the campaign
// font (selectable, searchable, read aloud), tagged in reading order (taggedPdf.ts), and the same input always
// gives the same bytes.
import { assertReadable, palette } from './brand'
import { campaignFont, drawableText } from './fonts'
import { qrCodePng } from './qr'
import { displayAddress } from './shareCards'
import { taggedPage } from './taggedPdf'
import { fitStack } from './textLayout'

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
  labels: { scanToRead: string; sessions: string; qrCodeOpens: string }
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

/** Renders the poster. Text colours are checked against their backgrounds first. */
export async function renderPoster(input: PosterInput): Promise<Poster> {
  assertReadable(palette.white, palette.plum, 'Poster banner')
  assertReadable(palette.plum, palette.paper, 'Poster headline')
  assertReadable(palette.ink, palette.paper, 'Poster text')
  assertReadable(palette.ink, palette.white, 'Poster help line')

  const { width, height } = posterSizes[input.size]
  const unit = width / posterSizes.A4.width
  const margin = 44 * unit

  const page = taggedPage({
    width,
    height,
    title: input.title,
    language: input.language,
    author: input.campaignName,
    subject: input.strapline?.trim() || input.headline,
    date: input.date,
  })
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
  const { block } = page

  // Everything is laid out first, then drawn in the order it is read: banner, message, help line, venue,
  // the prompt to scan, the QR code, and the address written out.
  const bannerHeight = 72 * unit
  const banner = fitStack([block(input.campaignName, 'bold', [22 * unit, 14 * unit], 1.2, { maxLines: 1 })], {
    width: width - 2 * margin,
    height: bannerHeight,
  })

  // Foot: the QR code, and beside it the venue, the prompt to scan and the address written out.
  const qrSize = 150 * unit
  const column = { left: margin + qrSize + 24 * unit, top: height - margin - qrSize, width: width - 2 * margin - qrSize - 24 * unit, height: qrSize }
  const foot = fitStack(
    [
      block(venueName.text, 'bold', [20 * unit, 13 * unit], 1.25, { maxLines: 2 }),
      block(sessions.text, 'regular', [16 * unit, 11 * unit], 1.3, { maxLines: 2, spaceAfter: 0.8 }),
      block(input.labels.scanToRead, 'bold', [16 * unit, 11 * unit], 1.3, { maxLines: 1 }),
      block(displayAddress(input.qrUrl), 'regular', [12 * unit, 9 * unit], 1.3, { maxLines: 3 }),
    ],
    column,
  )

  // Help line: on white with a plum bar, just above the foot, so it is the last thing read before the code.
  const helpPadding = 18 * unit
  const barWidth = 6 * unit
  const help = fitStack([block(helpLine.text, 'bold', [22 * unit, 15 * unit], 1.3, { maxLines: 4 })], {
    width: width - 2 * margin - barWidth - 2 * helpPadding,
    height: 4 * 22 * unit * 1.3,
  })
  const helpHeight = help.height + 2 * helpPadding
  const helpTop = height - margin - qrSize - 32 * unit - helpHeight

  // The message itself fills the space between banner and help line.
  const wordsTop = bannerHeight + 56 * unit
  const message = fitStack(
    [
      block(headline.text, 'bold', [60 * unit, 30 * unit], 1.12, { spaceAfter: 0.5 }),
      block(strapline.text, 'regular', [30 * unit, 18 * unit], 1.35),
    ],
    { width: width - 2 * margin, height: helpTop - 40 * unit - wordsTop },
  )

  const { doc } = page
  page.decoration(() => {
    doc.rect(0, 0, width, height).fill(palette.paper)
    doc.rect(0, 0, width, bannerHeight).fill(palette.plum)
    doc.rect(margin, helpTop, width - 2 * margin, helpHeight).fill(palette.white)
    doc.rect(margin, helpTop, barWidth, helpHeight).fill(palette.plum)
  })
  page.text(banner, [{ weight: 'bold', fill: palette.white, tag: 'P' }], { left: margin, top: (bannerHeight - banner.height) / 2 })
  page.text(
    message,
    [
      { weight: 'bold', fill: palette.plum, tag: 'H1' },
      { weight: 'regular', fill: palette.ink, tag: 'P' },
    ],
    { left: margin, top: wordsTop },
  )
  page.text(help, [{ weight: 'bold', fill: palette.ink, tag: 'P' }], { left: margin + barWidth + helpPadding, top: helpTop + helpPadding })
  const footTop = column.top + (column.height - foot.height) / 2
  const beforeCode = { ...foot, blocks: foot.blocks.slice(0, 3) }
  page.text(
    beforeCode,
    [
      { weight: 'bold', fill: palette.ink, tag: 'H2' },
      { weight: 'regular', fill: palette.ink, tag: 'P' },
      { weight: 'bold', fill: palette.plum, tag: 'P' },
    ],
    { left: column.left, top: footTop },
  )
  const qrPng = await qrCodePng(input.qrUrl)
  page.figure(qrPng, `${input.labels.qrCodeOpens} ${displayAddress(input.qrUrl)}`, { left: margin, top: height - margin - qrSize, width: qrSize, height: qrSize })
  const addressTop = footTop + beforeCode.blocks.reduce((sum, fitted) => sum + fitted.height, 0)
  page.text({ ...foot, blocks: foot.blocks.slice(3) }, [{ weight: 'regular', fill: palette.ink, tag: 'P' }], { left: column.left, top: addressTop })

  const pdf = await page.finish()
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
