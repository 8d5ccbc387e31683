import zlib from 'node:zlib'

import jsQR from 'jsqr'
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFString } from 'pdf-lib'

/** An image as the PDF stores it: decompressed samples, one byte per channel. */
export type EmbeddedImage = { name: string; width: number; height: number; channels: number; samples: Buffer }

/**
 * Reads the images placed on a PDF's first page straight from its objects (the page's XObject resources),
 * so a test sees what a printer will see, not what the renderer meant to embed.
 */
export async function imagesOnFirstPage(pdf: Uint8Array): Promise<EmbeddedImage[]> {
  const doc = await PDFDocument.load(pdf)
  const xObjects = doc.getPage(0).node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  const images: EmbeddedImage[] = []
  for (const [name, ref] of xObjects?.entries() ?? []) {
    const stream = doc.context.lookup(ref)
    if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue
    const { dict } = stream
    const filter = dict.get(PDFName.of('Filter'))
    if (filter && filter !== PDFName.of('FlateDecode')) throw new Error(`Image ${name} uses ${filter}, which this test cannot read.`)
    if (dict.get(PDFName.of('DecodeParms'))) throw new Error(`Image ${name} uses a predictor, which this test cannot read.`)
    if (dict.lookup(PDFName.of('BitsPerComponent'), PDFNumber).asNumber() !== 8) throw new Error(`Image ${name} is not 8-bit.`)
    const colourSpace = dict.get(PDFName.of('ColorSpace'))
    const channels = colourSpace === PDFName.of('DeviceRGB') ? 3 : colourSpace === PDFName.of('DeviceGray') ? 1 : 0
    if (!channels) throw new Error(`Image ${name} is in ${colourSpace}, which this test cannot read.`)
    images.push({
      name: name.asString(),
      width: dict.lookup(PDFName.of('Width'), PDFNumber).asNumber(),
      height: dict.lookup(PDFName.of('Height'), PDFNumber).asNumber(),
      channels,
      samples: filter ? zlib.inflateSync(stream.contents) : Buffer.from(stream.contents),
    })
  }
  return images
}

/** What a phone's camera would read from the image, or undefined when it holds no readable QR code. */
export function decodeQr(image: EmbeddedImage): string | undefined {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4)
  for (let pixel = 0; pixel < image.width * image.height; pixel += 1) {
    for (let channel = 0; channel < 3; channel += 1) {
      rgba[pixel * 4 + channel] = image.samples[pixel * image.channels + (image.channels === 3 ? channel : 0)]
    }
    rgba[pixel * 4 + 3] = 255
  }
  return jsQR(rgba, image.width, image.height)?.data
}

/** The QR codes on a poster's first page, decoded. */
export async function qrCodesOnPoster(pdf: Uint8Array): Promise<string[]> {
  const images = await imagesOnFirstPage(pdf)
  return images.map(decodeQr).filter((text): text is string => text !== undefined)
}

/** The document's language (the catalog's /Lang), which pdf-lib can set but not read back. */
export async function pdfLanguage(pdf: Uint8Array): Promise<string | undefined> {
  const doc = await PDFDocument.load(pdf)
  return doc.catalog.lookupMaybe(PDFName.of('Lang'), PDFString)?.decodeText()
}
