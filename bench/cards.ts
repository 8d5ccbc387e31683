// Share cards per second for a batch, against sharp doing only the bare work on the same inputs (resize the
// photo into the card's photo area, composite it and a plain panel, encode the PNG): the practical ceiling.
// Also the peak memory of the whole batch. Prints figures; asserts nothing.
import sharp, { type OverlayOptions } from 'sharp'

import { cardLayout, cardSizes, type CardInput, renderShareCard } from '../src/renderers'
import { messages } from '../src/seed/content/messages'

export type CardFigures = { cards: number; oursPerSecond: number; barePerSecond: number; ratio: number; peakRssMB: number }

/** A real photo-sized JPEG, made with sharp: a soft gradient with some detail, 2400 x 1600. */
async function samplePhoto(): Promise<Buffer> {
  const width = 2400
  const height = 1600
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3
      pixels[at] = 200 - Math.round((80 * y) / height)
      pixels[at + 1] = 150 + Math.round((60 * x) / width) + ((x * y) % 7)
      pixels[at + 2] = 120 + Math.round((40 * (x + y)) / (width + height))
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer()
}

function inputsFor(count: number, photo: Buffer): CardInput[] {
  return Array.from({ length: count }, (_, index) => {
    const message = messages[index % messages.length]
    return {
      headline: `${message.posterHeadline}`,
      strapline: message.posterStrapline,
      campaignName: 'Nurturing Little Hearts and Minds',
      pageUrl: `https://campaign.example.org/messages/${message.slug}-${index}`,
      image: { data: photo, alt: 'A parent holding a sleeping baby by a window', focalPoint: { x: 30 + (index % 40), y: 45 } },
    }
  })
}

async function bareCard(photo: Buffer, size: (typeof cardSizes)[number]): Promise<Buffer> {
  const layout = cardLayout(size, true)
  const layers: OverlayOptions[] = []
  if (layout.photo) {
    const resized = await sharp(photo).resize(layout.photo.width, layout.photo.height, { fit: 'cover' }).png().toBuffer()
    layers.push({ input: resized, left: layout.photo.left, top: layout.photo.top })
  }
  const { panel } = layout
  const rect = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><rect x="${panel.left}" y="${panel.top}" width="${panel.width}" height="${panel.height}" fill="#7a3e6c"/></svg>`
  layers.push({ input: Buffer.from(rect), left: 0, top: 0 })
  return sharp({ create: { width: size.width, height: size.height, channels: 3, background: '#fdf8f3' } })
    .composite(layers)
    .removeAlpha()
    .png({ compressionLevel: 9 })
    .toBuffer()
}

export async function benchCards(messageCount = 100): Promise<CardFigures> {
  const photo = await samplePhoto()
  const inputs = inputsFor(messageCount, photo)
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25)
  try {
    const oursStarted = performance.now()
    for (const input of inputs) for (const size of cardSizes) await renderShareCard(input, size)
    const oursSeconds = (performance.now() - oursStarted) / 1000
    const bareStarted = performance.now()
    for (let index = 0; index < inputs.length; index += 1) for (const size of cardSizes) await bareCard(photo, size)
    const bareSeconds = (performance.now() - bareStarted) / 1000
    const cards = messageCount * cardSizes.length
    const oursPerSecond = cards / oursSeconds
    const barePerSecond = cards / bareSeconds
    return { cards, oursPerSecond, barePerSecond, ratio: oursPerSecond / barePerSecond, peakRssMB: Math.round(peak / 2 ** 20) }
  } finally {
    clearInterval(sampler)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchCards(Number(process.argv[2] ?? 20)).then((figures) => console.log(figures))
}
