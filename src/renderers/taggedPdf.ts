// Tagged PDFs (in the spirit of PDF/UA) for posters and easy-read sheets, made with PDFKit: a structure tree
// of headings, paragraphs and figures in reading order, the language of every piece of text, the title shown
// in the window's title bar, the campaign font embedded, and everything merely decorative marked as such, so
// a screen reader reads the words in order and skips the colour blocks.
import PDFDocument from 'pdfkit'

import { campaignCreator } from './brand'
import { campaignFont, type FontWeight } from './fonts'
import { baselineOffset } from './outlines'
import type { FittedStack, Measure, TextBlock } from './textLayout'

export type TaggedPdfInput = {
  width: number
  height: number
  title: string
  /** BCP 47 language of the document as a whole; each text can say its own. */
  language: string
  author: string
  subject: string
  /** Creation and modification date written into the file, so the same input makes the same bytes. */
  date: Date
}

type Struct = ReturnType<PDFKit.PDFDocument['struct']>

export type TaggedPage = {
  doc: PDFKit.PDFDocument
  /** The Document element every heading, paragraph and figure hangs from, in reading order. */
  root: Struct
  measure: (weight: FontWeight) => Measure
  block: (text: string, weight: FontWeight, sizes: [number, number], lineHeight: number, extra?: Partial<TextBlock>) => TextBlock
  /** Drawing that carries no meaning (backgrounds, bars): marked as an artifact, left out of the reading. */
  decoration: (draw: () => void) => void
  /** Fitted text drawn from `top` (counted down from the top of the page), each block as one tagged element. */
  text: (stack: FittedStack, styles: TextStyle[], box: { left: number; top: number }) => void
  /** An image with alternative text, as a Figure. */
  figure: (png: Buffer, alt: string, box: { left: number; top: number; width: number; height: number }) => void
  finish: () => Promise<Uint8Array>
}

/** How one block of a stack is drawn and tagged: H1, H2, P; and its language (the page's unless given). */
export type TextStyle = { weight: FontWeight; fill: string; tag: 'H1' | 'H2' | 'P'; language?: string }

export function taggedPage(input: TaggedPdfInput): TaggedPage {
  const doc = new PDFDocument({
    size: [input.width, input.height],
    margin: 0,
    pdfVersion: '1.7',
    // PDFKit 0.20 writes the PDF/UA identifier; @types/pdfkit does not list it yet.
    subset: 'PDF/UA' as PDFKit.PDFDocumentOptions['subset'],
    tagged: true,
    displayTitle: true,
    lang: input.language,
    autoFirstPage: true,
    info: {
      Title: input.title,
      Author: input.author,
      Subject: input.subject,
      Creator: campaignCreator,
      Producer: `${campaignCreator} (PDFKit)`,
      CreationDate: input.date,
      ModDate: input.date,
    },
  })
  // Print shops cut at the trim box; the colour runs to the page's edge, so page, bleed and trim are one size.
  const box = [0, 0, input.width, input.height]
  Object.assign(doc.page.dictionary.data, { TrimBox: box, BleedBox: box })
  for (const weight of ['regular', 'bold'] as const) doc.registerFont(weight, Buffer.from(campaignFont(weight).bytes))
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  const root = doc.struct('Document')
  doc.addStructure(root)

  const measure =
    (weight: FontWeight): Measure =>
    (text, size) =>
      doc.font(weight).fontSize(size).widthOfString(text)

  return {
    doc,
    root,
    measure,
    block: (text, weight, sizes, lineHeight, extra = {}) => ({ text, measure: measure(weight), maxSize: sizes[0], minSize: sizes[1], lineHeight, ...extra }),
    decoration: (draw) => {
      doc.markContent('Artifact', { type: 'Layout' })
      draw()
      doc.endMarkedContent()
    },
    text: (stack, styles, box) => drawStack(doc, root, stack, styles.map((style) => ({ language: input.language, ...style })), box),
    figure: (png, alt, area) => {
      root.add(
        // Layout attributes (where the figure sits) are PDFKit 0.20 options @types/pdfkit does not list yet.
        doc.struct('Figure', { alt, lang: input.language, ...figureLayout(area) }, () => {
          doc.image(png, area.left, area.top, { width: area.width, height: area.height })
        }),
      )
    },
    finish: async () => {
      root.end()
      doc.end()
      await ended
      return new Uint8Array(Buffer.concat(chunks))
    },
  }
}

const figureLayout = (area: { left: number; top: number; width: number; height: number }) =>
  ({ bbox: [area.left, area.top, area.left + area.width, area.top + area.height], placement: 'Block' }) as object

function drawStack(doc: PDFKit.PDFDocument, root: Struct, stack: FittedStack, styles: TextStyle[], box: { left: number; top: number }) {
  let top = box.top
  stack.blocks.forEach((block, index) => {
    const { weight, fill, tag, language } = styles[index]
    const lines = block.lines.filter((line) => line.text)
    if (lines.length > 0) {
      const baseline = baselineOffset(campaignFont(weight), block.size, block.lineAdvance)
      const first = top
      root.add(
        doc.struct(tag, language ? { lang: language } : {}, () => {
          doc.font(weight).fontSize(block.size).fillColor(fill)
          lines.forEach((line, number) => {
            // A space between lines, so text copied or read from the page keeps its word breaks.
            const text = number < lines.length - 1 ? `${line.text} ` : line.text
            doc.text(text, box.left, first + number * block.lineAdvance + baseline, { lineBreak: false, baseline: 'alphabetic' })
          })
        }),
      )
    }
    top += block.height
  })
}
