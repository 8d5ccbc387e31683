import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import {
  assertReadable,
  campaignFont,
  cardLayout,
  type CardInput,
  cardSizes,
  contrastRatio,
  cropAroundFocalPoint,
  fitStack,
  materialWords,
  missingCharacters,
  palette,
  type PosterInput,
  qrCodePng,
  qrTargetUrl,
  renderPoster,
  renderShareCard,
  renderShareCards,
  textIsInAltOrPost,
  textWidth,
  wrapText,
} from '@/renderers'
import { lineToSvg } from '@/renderers/outlines'
import type { Measure } from '@/renderers/textLayout'

import {
  imagesOnFirstPage,
  pageText,
  pdfFonts,
  pdfInfo,
  pdfLanguage,
  qrCodesOnPoster,
  showsTitleInWindow,
  structureDictionaries,
  structureElements,
} from '../helpers/posterQr'

const sample = 'Zażółć gęślą jaźń / Știință și înțelepciune'

const words: CardInput = {
  headline: "Scary thoughts? You're not alone.",
  strapline: 'Unwanted thoughts are common for new parents. Talk to your midwife, health visitor or GP.',
  campaignName: 'Nurturing Little Hearts and Minds',
  pageUrl: 'https://campaign.example.org/messages/intrusive-thoughts-are-common',
}

/** A photo whose left half is red and right half blue, so where a crop came from shows in its colour. */
function halvesPhoto(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width / 2}" height="${height}" fill="#ff0000"/><rect x="${width / 2}" width="${width / 2}" height="${height}" fill="#0000ff"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer()
}

type Region = { left: number; top: number; width: number; height: number }

/** Statistics of one region of a PNG (sharp's stats() reads the whole input, so the region is cut out first). */
async function regionStats(png: Buffer, region: Region) {
  return sharp(await sharp(png).extract(region).toBuffer()).stats()
}

/** Average red and blue of a region of a PNG. */
async function averageColour(png: Buffer, region: Region) {
  const { channels } = await regionStats(png, region)
  return { red: channels[0].mean, blue: channels[2].mean }
}

/** One line drawn with the campaign font, dark on white, as raw grey pixels. */
async function drawLine(text: string): Promise<Buffer> {
  const font = campaignFont('regular')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="80"><rect width="1400" height="80" fill="#fff"/>${lineToSvg(font, text, { x: 10, baseline: 55, size: 40, fill: '#000' })}</svg>`
  return sharp(Buffer.from(svg)).greyscale().raw().toBuffer()
}

const inked = (pixels: Buffer) => pixels.filter((value) => value < 128).length

describe('contrast', () => {
  it('computes the WCAG ratio for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#7a3e6c', '#7a3e6c')).toBe(1)
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
  })

  it('passes every text colour the materials use, and refuses one that is too faint', () => {
    expect(contrastRatio(palette.white, palette.plum)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(palette.ink, palette.paper)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(palette.plum, palette.paper)).toBeGreaterThanOrEqual(4.5)
    expect(() => assertReadable('#777777', '#ffffff', 'Grey text')).toThrow(/Grey text: #777777 on #ffffff has contrast 4\.48:1/)
  })
})

describe('the campaign font', () => {
  it('has every Polish and Romanian letter, in both weights', () => {
    for (const weight of ['regular', 'bold'] as const) {
      const font = campaignFont(weight)
      expect(missingCharacters(font, sample + 'ĄĘŁŚŻŹĆŃÓĂÂÎȘȚ')).toEqual([])
      const glyphs = font.face.layout(sample).glyphs
      expect(glyphs.every((glyph) => glyph.id !== 0)).toBe(true)
    }
  })

  it('draws the letters themselves, not empty boxes', async () => {
    const drawn = await drawLine(sample)
    // A private-use character has no glyph, so it is drawn with the font's .notdef box: the "tofu" to avoid.
    expect(missingCharacters(campaignFont('regular'), '\uE000')).toEqual(['\uE000'])
    const tofu = await drawLine('\uE000'.repeat([...sample].length))
    const plain = await drawLine('Zazolc gesla jazn / Stiinta si intelepciune')
    expect(inked(drawn)).toBeGreaterThan(2000)
    expect(drawn.equals(tofu)).toBe(false)
    // The accents are drawn: the same words without them leave fewer dark pixels.
    expect(inked(drawn)).toBeGreaterThan(inked(plain))
  })

  it('renders the same bytes on a machine with no fonts installed', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-fonts-'))
    fs.writeFileSync(path.join(empty, 'fonts.conf'), '<?xml version="1.0"?><fontconfig></fontconfig>')
    const script = `import { renderShareCard, cardSizes } from './src/renderers/index.ts'
      const card = await renderShareCard(${JSON.stringify({ ...words, headline: sample })}, cardSizes[3])
      process.stdout.write((await import('node:crypto')).createHash('sha256').update(card.png).digest('hex'))`
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      })
    const withoutFonts = run({ FONTCONFIG_FILE: path.join(empty, 'fonts.conf'), FONTCONFIG_PATH: empty, HOME: empty })
    const usual = run({})
    fs.rmSync(empty, { recursive: true, force: true })
    expect(withoutFonts.stderr).toBe('')
    expect(withoutFonts.stdout).toMatch(/^[0-9a-f]{64}$/)
    expect(withoutFonts.stdout).toBe(usual.stdout)
  }, 60_000)
})

describe('fitting words into a box', () => {
  // Every character as wide as half the size: easy to reason about.
  const measure: Measure = (text, size) => [...text].length * size * 0.5
  const box = { width: 400, height: 200 }

  it('wraps at spaces, and splits a word too long for a whole line', () => {
    const lines = wrapText('one two three four', 20, 100, measure)
    expect(lines.map((line) => line.text)).toEqual(['one two', 'three four'])
    const long = wrapText('see campaign.example.org/messages/a-very-long-address', 20, 100, measure)
    expect(long.every((line) => measure(line.text, 20) <= 100)).toBe(true)
    expect(long.map((line) => line.text).join('')).toBe('seecampaign.example.org/messages/a-very-long-address')
  })

  it('keeps short words at full size', () => {
    const stack = fitStack([{ text: 'Help is there.', measure, maxSize: 40, minSize: 20, lineHeight: 1.2 }], box)
    expect(stack.blocks[0].size).toBe(40)
    expect(stack.truncated).toBe(false)
  })

  it('shrinks longer words step by step until they fit, and no further', () => {
    const text = 'Feeling low or anxious for more than two weeks is a sign to talk to someone.'
    const stack = fitStack([{ text, measure, maxSize: 40, minSize: 16, lineHeight: 1.2 }], box)
    const [block] = stack.blocks
    expect(block.size).toBeLessThan(40)
    expect(block.size).toBeGreaterThanOrEqual(16)
    expect(stack.height).toBeLessThanOrEqual(box.height)
    expect(block.lines.every((line) => measure(line.text, block.size) <= box.width)).toBe(true)
    expect(block.drawn).toBe(text)
    // Sizes go down in steps of 5% of 40 (2 units): the step before this one did not fit.
    const previous = block.size + 2
    expect(wrapText(text, previous, box.width, measure).length * previous * 1.2).toBeGreaterThan(box.height)
  })

  it('cuts with an ellipsis at the minimum size, and says so', () => {
    const text = 'word '.repeat(200).trim()
    const stack = fitStack(
      [
        { text: 'A headline', measure, maxSize: 40, minSize: 30, lineHeight: 1.2, spaceAfter: 0.5 },
        { text, measure, maxSize: 24, minSize: 20, lineHeight: 1.2 },
      ],
      box,
    )
    expect(stack.truncated).toBe(true)
    const [headline, body] = stack.blocks
    expect(headline.size).toBe(30)
    expect(headline.truncated).toBe(false)
    expect(body.size).toBe(20)
    expect(body.truncated).toBe(true)
    expect(body.lines.at(-1)!.text.endsWith('…')).toBe(true)
    expect(body.drawn.endsWith('…')).toBe(true)
    expect(stack.height).toBeLessThanOrEqual(box.height)
    expect(body.lines.every((line) => measure(line.text, 20) <= box.width)).toBe(true)
  })
})

describe('text in a picture is also in words', () => {
  const alt = "Scary thoughts? You’re not alone. Unwanted thoughts are common for new parents. Photo: a father holding his baby."
  const post = 'Had a scary thought about your baby? You are not alone. Talk to your midwife, health visitor or GP.'

  it('finds each drawn piece in the alt text or the post', () => {
    expect(textIsInAltOrPost(["Scary thoughts? You're not alone.", 'Talk to your midwife, health visitor or GP.'], alt, post)).toBe(true)
    expect(textIsInAltOrPost('Unwanted thoughts are common for…', alt, post)).toBe(true)
    expect(textIsInAltOrPost('  unwanted   THOUGHTS are common ', alt, post)).toBe(true)
  })

  it('refuses words that are in neither', () => {
    expect(textIsInAltOrPost(["Scary thoughts? You're not alone.", 'Call us today'], alt, post)).toBe(false)
    expect(textIsInAltOrPost('Bonding can take time', alt, post)).toBe(false)
  })
})

describe('share cards', () => {
  it('come in exactly the five sizes, as PNG, with alt text holding every word drawn', async () => {
    const photo = await halvesPhoto(1600, 1000)
    const cards = await renderShareCards({ ...words, image: { data: photo, alt: 'A father holding his sleeping baby' } })
    expect(cards.map((card) => `${card.size.width}x${card.size.height}`)).toEqual(['1080x1080', '1080x1350', '1080x1920', '1200x630', '1600x900'])
    for (const card of cards) {
      const metadata = await sharp(card.png).metadata()
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', card.size.width, card.size.height])
      expect(card.alt).toContain(words.headline)
      expect(card.alt).toContain(words.strapline)
      expect(card.alt).toContain('Photo: A father holding his sleeping baby.')
      expect(card.drawn).toEqual([words.headline, words.strapline, words.campaignName, 'campaign.example.org/messages/intrusive-thoughts-are-common'])
      expect(textIsInAltOrPost(card.drawn, card.alt, '')).toBe(true)
      expect(card.truncated).toBe(false)
    }
  })

  it('crops the photo around its focal point', async () => {
    // Wide enough that every card's photo area is a window onto part of it, not all of its width.
    const photo = await halvesPhoto(4000, 1000)
    for (const size of [cardSizes[0], cardSizes[3]]) {
      const area = cardLayout(size, true).photo!
      const left = await renderShareCard({ ...words, image: { data: photo, alt: 'x', focalPoint: { x: 10, y: 50 } } }, size)
      const right = await renderShareCard({ ...words, image: { data: photo, alt: 'x', focalPoint: { x: 90, y: 50 } } }, size)
      const leftColour = await averageColour(left.png, area)
      const rightColour = await averageColour(right.png, area)
      expect(leftColour.red).toBeGreaterThan(3 * leftColour.blue)
      expect(rightColour.blue).toBeGreaterThan(3 * rightColour.red)
    }
  })

  it('computes the crop window from the focal point, within the image', () => {
    const image = { width: 3000, height: 1000 }
    const area = { width: 1080, height: 540 }
    expect(cropAroundFocalPoint(image, area)).toEqual({ resizeWidth: 1620, resizeHeight: 540, left: 270, top: 0 })
    expect(cropAroundFocalPoint(image, area, { x: 0, y: 0 }).left).toBe(0)
    expect(cropAroundFocalPoint(image, area, { x: 100, y: 100 }).left).toBe(1620 - 1080)
    expect(cropAroundFocalPoint(image, area, { x: 60, y: 50 }).left).toBe(Math.round(0.6 * 1620 - 540))
  })

  it('puts the words on a solid panel, whatever the photo', async () => {
    const photo = await halvesPhoto(1600, 1000)
    const size = cardSizes[0]
    const card = await renderShareCard({ ...words, image: { data: photo, alt: 'x' } }, size)
    const { panel } = cardLayout(size, true)
    // The panel's top strip, above the words, is exactly plum.
    const strip = await regionStats(card.png, { left: panel.left, top: panel.top, width: panel.width, height: 20 })
    expect(strip.channels.map((channel) => [channel.min, channel.max])).toEqual([[0x7a, 0x7a], [0x3e, 0x3e], [0x6c, 0x6c]])
  })

  it('shrinks long words, then cuts them with an ellipsis and reports it', async () => {
    const long = { ...words, strapline: 'Talking about how you feel is part of caring for your baby. '.repeat(40) }
    const card = await renderShareCard(long, cardSizes[3])
    expect(card.truncated).toBe(true)
    expect(card.drawn[1].endsWith('…')).toBe(true)
    expect(card.warnings.join(' ')).toMatch(/do not fit the 1200x630 card/)
    expect(textIsInAltOrPost(card.drawn, card.alt, '')).toBe(true)
  })

  it('leaves out characters the font cannot draw, and says which', async () => {
    const card = await renderShareCard({ ...words, headline: 'Bonding can take time 💜' }, cardSizes[0])
    expect(card.drawn[0]).toBe('Bonding can take time')
    expect(card.warnings[0]).toMatch(/"💜" cannot be drawn/)
  })

  it('are the same bytes for the same input', async () => {
    const photo = await halvesPhoto(1200, 800)
    const input = { ...words, image: { data: photo, alt: 'x', focalPoint: { x: 30, y: 40 } } }
    const [first, second] = [await renderShareCard(input, cardSizes[1]), await renderShareCard(input, cardSizes[1])]
    expect(crypto.createHash('sha256').update(first.png).digest('hex')).toBe(crypto.createHash('sha256').update(second.png).digest('hex'))
  })

  it('measure text with the font that draws it', () => {
    const bold = campaignFont('bold')
    expect(textWidth(bold, 'Help', 100)).toBeGreaterThan(textWidth(bold, 'Help', 50))
    expect(textWidth(bold, 'WWW', 40)).toBeGreaterThan(textWidth(bold, 'iii', 40))
  })
})

describe('QR code addresses', () => {
  it('lead to the venue address when a venue is given, else to the message page with the poster reference', () => {
    expect(qrTargetUrl({ baseUrl: 'https://campaign.example.org', messageSlug: 'bonding-takes-time', venueRef: 'ashford-family-hub' })).toBe(
      'https://campaign.example.org/q/ashford-family-hub/bonding-takes-time',
    )
    expect(qrTargetUrl({ baseUrl: 'https://campaign.example.org/', messageSlug: 'bonding-takes-time' })).toBe(
      'https://campaign.example.org/messages/bonding-takes-time?ref=qr',
    )
    expect(qrTargetUrl({ baseUrl: 'https://campaign.example.org', messageSlug: 'bonding-takes-time', localePrefix: '/pl' })).toBe(
      'https://campaign.example.org/pl/messages/bonding-takes-time?ref=qr',
    )
    expect(qrTargetUrl({ baseUrl: 'http://x.test', messageSlug: 'a b', venueRef: 'hub/1' })).toBe('http://x.test/q/hub%2F1/a%20b')
  })
})

// Each test renders a poster and reads it with poppler's programs: seconds on a busy machine.
describe('posters', { timeout: 30_000 }, () => {
  const poster = (extra: Partial<PosterInput> = {}): PosterInput => ({
    size: 'A4',
    campaignName: words.campaignName,
    headline: words.headline,
    strapline: words.strapline,
    helpLine: materialWords.en.helpLine,
    venue: { name: 'Ashford Family Hub', sessionTimes: 'Tuesdays 10 to 11:30' },
    qrUrl: 'https://campaign.example.org/q/12/intrusive-thoughts-are-common',
    title: words.headline,
    language: 'en-GB',
    date: new Date('2026-03-04T05:06:07Z'),
    labels: materialWords.en,
    ...extra,
  })

  it('is one A4 page, titled and dated from its input, in English', async () => {
    const made = await renderPoster(poster())
    const info = pdfInfo(made.pdf)
    expect(info.Pages).toBe('1')
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts/)
    // Print shops cut at the trim box; the colour runs to the edge, so page, bleed and trim are the same size.
    for (const box of ['MediaBox', 'BleedBox', 'TrimBox']) expect(info[box].split(/\s+/).map(Number)).toEqual([0, 0, 595.28, 841.89])
    expect(info.Title).toBe(words.headline)
    expect(info.Creator).toBe('Nurturing Little Hearts and Minds')
    expect(info.CreationDate).toBe('2026-03-04T05:06:07Z')
    expect(info.ModDate).toBe('2026-03-04T05:06:07Z')
    expect(await pdfLanguage(made.pdf)).toBe('en-GB')
    expect(made.drawn).toEqual([
      words.campaignName,
      words.headline,
      words.strapline,
      'If you are worried about how you feel, talk to your midwife, health visitor or GP.',
      'Ashford Family Hub',
      'Sessions: Tuesdays 10 to 11:30',
      'Scan to read more',
      'campaign.example.org/q/12/intrusive-thoughts-are-common',
    ])
  })

  it('is one A3 page when asked', async () => {
    const info = pdfInfo((await renderPoster(poster({ size: 'A3', venue: null }))).pdf)
    expect([info.Pages, info['Page size']]).toEqual(['1', expect.stringMatching(/^841\.89 x 1190\.55 pts/)])
    expect(info.TrimBox.split(/\s+/).map(Number)).toEqual([0, 0, 841.89, 1190.55])
  })

  it('is tagged: headings, paragraphs and the QR code as a figure, in reading order, with the title shown', async () => {
    const made = await renderPoster(poster())
    expect(pdfInfo(made.pdf).Tagged).toBe('yes')
    expect(structureElements(made.pdf)).toEqual([
      ['Document', ''],
      ['P', words.campaignName],
      ['H1', words.headline],
      ['P', words.strapline],
      ['P', 'If you are worried about how you feel, talk to your midwife, health visitor or GP.'],
      ['H2', 'Ashford Family Hub'],
      ['P', 'Sessions: Tuesdays 10 to 11:30'],
      ['P', 'Scan to read more'],
      ['Figure', ''],
      ['P', 'campaign.example.org/q/12/intrusive-thoughts-are-common'],
    ])
    const figures = (await structureDictionaries(made.pdf)).filter((element) => element.type === 'Figure')
    expect(figures).toEqual([{ type: 'Figure', language: 'en-GB', alt: 'QR code that opens campaign.example.org/q/12/intrusive-thoughts-are-common' }])
    expect(await showsTitleInWindow(made.pdf)).toBe(true)
    // Real text in the embedded campaign font, mapped to Unicode: what is read out is what is printed.
    expect(pdfFonts(made.pdf)).toEqual([
      { name: expect.stringMatching(/\+AtkinsonHyperlegibleNext-Bold$/), embedded: true, unicode: true },
      { name: expect.stringMatching(/\+AtkinsonHyperlegibleNext-Regular$/), embedded: true, unicode: true },
    ])
    expect(pageText(made.pdf)).toBe(made.drawn.join(' '))
  })

  it('marks every text with the language it is written in', async () => {
    const made = await renderPoster(poster({ headline: 'Nie jesteś sama', strapline: null, helpLine: materialWords.pl.helpLine, language: 'pl-PL', labels: materialWords.pl }))
    expect(await pdfLanguage(made.pdf)).toBe('pl-PL')
    const elements = (await structureDictionaries(made.pdf)).filter((element) => element.type !== 'Document')
    expect(elements.length).toBeGreaterThan(4)
    expect(elements.every((element) => element.language === 'pl-PL')).toBe(true)
    expect(structureElements(made.pdf)).toContainEqual(['H1', 'Nie jesteś sama'])
    expect(pageText(made.pdf)).toContain(materialWords.pl.helpLine)
  })

  it('carries a QR code that decodes to its address, and it is the very PNG the renderer made', async () => {
    const made = await renderPoster(poster())
    expect(await qrCodesOnPoster(made.pdf)).toEqual(['https://campaign.example.org/q/12/intrusive-thoughts-are-common'])
    const [image] = await imagesOnFirstPage(made.pdf)
    const png = await sharp(await qrCodePng(made.qrUrl)).removeAlpha().raw().toBuffer({ resolveWithObject: true })
    expect([image.width, image.height, image.channels]).toEqual([png.info.width, png.info.height, 3])
    expect(image.samples.equals(png.data)).toBe(true)
  })

  it('writes Polish and Romanian letters with the embedded campaign font', async () => {
    const made = await renderPoster(poster({ headline: sample, helpLine: materialWords.ro.helpLine, language: 'ro-RO' }))
    expect(made.warnings).toEqual([])
    expect(made.drawn).toContain(sample)
    expect(pageText(made.pdf)).toContain(sample)
    expect(pdfFonts(made.pdf).map((font) => font.embedded && font.unicode)).toEqual([true, true])
  })

  it('is the same bytes for the same input, and different for a different date', async () => {
    const first = await renderPoster(poster())
    const second = await renderPoster(poster())
    expect(Buffer.from(first.pdf).equals(Buffer.from(second.pdf))).toBe(true)
    const later = await renderPoster(poster({ date: new Date('2026-03-05T00:00:00Z') }))
    expect(Buffer.from(first.pdf).equals(Buffer.from(later.pdf))).toBe(false)
  })

  it('cuts a strapline too long for the page and reports it', async () => {
    const made = await renderPoster(poster({ strapline: 'Your feelings matter and help is there for you. '.repeat(40) }))
    expect(made.truncated).toBe(true)
    expect(made.warnings.join(' ')).toMatch(/do not fit the A4 poster/)
    expect(made.drawn[2].endsWith('…')).toBe(true)
    expect(made.drawn).toContain('Scan to read more')
  })
})
