// Reading PDFs the way people and printers do, with tools independent of the code that wrote them: poppler
// (pdfinfo, pdftotext, pdfimages, pdffonts; Debian's poppler-utils) for what is on the page and its structure,
// pdf-lib for the few dictionary entries poppler does not print (a figure's alternative text).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import jsQR from 'jsqr'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import sharp from 'sharp'

/** An image as the page shows it: its pixels, one byte per channel. */
export type EmbeddedImage = { name: string; width: number; height: number; channels: number; samples: Buffer }

function withPdfFile<T>(pdf: Uint8Array, use: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-pdf-'))
  try {
    const file = path.join(dir, 'document.pdf')
    fs.writeFileSync(file, pdf)
    return use(file, dir)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' })

/** The images placed on the first page, extracted by poppler's pdfimages as a printer would decode them. */
export async function imagesOnFirstPage(pdf: Uint8Array): Promise<EmbeddedImage[]> {
  const files = withPdfFile(pdf, (file, dir) => {
    run('pdfimages', ['-f', '1', '-l', '1', '-png', file, path.join(dir, 'image')])
    return fs
      .readdirSync(dir)
      .filter((name) => name.startsWith('image'))
      .sort()
      .map((name) => ({ name, data: fs.readFileSync(path.join(dir, name)) }))
  })
  return Promise.all(
    files.map(async ({ name, data }) => {
      const { data: samples, info } = await sharp(data).removeAlpha().raw().toBuffer({ resolveWithObject: true })
      return { name, width: info.width, height: info.height, channels: info.channels, samples }
    }),
  )
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

/** pdfinfo's answer as name: value pairs (Title, Tagged, Page size, CreationDate…). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const text = withPdfFile(pdf, (file) => run('pdfinfo', ['-isodates', '-box', file]))
  return Object.fromEntries(text.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]))
}

/** The structure tree as pdfinfo -struct-text prints it: element types and their text, indented. */
export function structureText(pdf: Uint8Array): string {
  return withPdfFile(pdf, (file) => run('pdfinfo', ['-struct-text', file]))
}

/** The structure tree's elements in reading order, each with its text: [["H1", "Words"], ["P", "…"]]. */
export function structureElements(pdf: Uint8Array): [string, string][] {
  const elements: [string, string][] = []
  for (const line of structureText(pdf).split('\n')) {
    const tag = /^\s*([A-Za-z0-9]+)(?: \(block\)|:)?$/.exec(line)
    if (tag) elements.push([tag[1], ''])
    const text = /^\s+"(.*)"$/.exec(line)
    if (text && elements.length > 0) elements[elements.length - 1][1] = text[1]
  }
  return elements
}

/** The page's words as pdftotext reads them, with line breaks and runs of spaces made single spaces. */
export function pageText(pdf: Uint8Array): string {
  return withPdfFile(pdf, (file) => run('pdftotext', ['-enc', 'UTF-8', file, '-'])).replace(/\s+/g, ' ').trim()
}

/** The fonts pdffonts lists: name, whether embedded, whether it maps to Unicode (real text, not outlines). */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean; unicode: boolean }[] {
  const lines = withPdfFile(pdf, (file) => run('pdffonts', [file])).split('\n').slice(2).filter(Boolean)
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/)
    const [emb, , uni] = columns.slice(-5, -2)
    return { name: columns[0], embedded: emb === 'yes', unicode: uni === 'yes' }
  })
}

/** Every structure element's type, language and alternative text, read from the PDF's own dictionaries. */
export async function structureDictionaries(pdf: Uint8Array): Promise<{ type: string; language?: string; alt?: string }[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const found: { type: string; language?: string; alt?: string }[] = []
  const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined)
  const visit = (node: unknown) => {
    if (node instanceof PDFArray) {
      for (let index = 0; index < node.size(); index += 1) visit(node.lookup(index))
      return
    }
    if (!(node instanceof PDFDict)) return
    const type = node.get(PDFName.of('S'))
    if (type instanceof PDFName) {
      found.push({ type: type.decodeText(), language: text(node.lookup(PDFName.of('Lang'))), alt: text(node.lookup(PDFName.of('Alt'))) })
    }
    visit(node.lookup(PDFName.of('K')))
  }
  visit(doc.catalog.lookup(PDFName.of('StructTreeRoot')))
  return found
}

/** Whether the catalog asks viewers to show the document's title, not its file name, in the title bar. */
export async function showsTitleInWindow(pdf: Uint8Array): Promise<boolean> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const preferences = doc.catalog.lookup(PDFName.of('ViewerPreferences'))
  return preferences instanceof PDFDict && String(preferences.get(PDFName.of('DisplayDocTitle'))) === 'true'
}

/** The document's language (the catalog's /Lang). */
export async function pdfLanguage(pdf: Uint8Array): Promise<string | undefined> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const lang = doc.catalog.lookup(PDFName.of('Lang'))
  return lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined
}
