// Fitting words into a box, the same way for a PNG card and a PDF poster. It knows nothing of fonts or pixels:
// it is given a function that measures a line at a size, and answers with the lines to draw and their size.

/** Width of `text` at font size `size`, in the units of the box. */
export type Measure = (text: string, size: number) => number

/** One line to draw, with where it sits in the block's text (so what was drawn can be quoted exactly). */
export type Line = { text: string; start: number; end: number }

export type TextBlock = {
  text: string
  measure: Measure
  /** The size to start from, and the smallest size still easy to read: the block never goes below it. */
  maxSize: number
  minSize: number
  /** Line spacing as a multiple of the size. */
  lineHeight: number
  /** Space after the block, as a multiple of its size. */
  spaceAfter?: number
  maxLines?: number
}

export type FittedBlock = {
  lines: Line[]
  size: number
  /** Distance from one baseline to the next. */
  lineAdvance: number
  height: number
  /** The words actually drawn, as one string; ends with "…" when the text was cut. */
  drawn: string
  truncated: boolean
}

export type FittedStack = { blocks: FittedBlock[]; height: number; truncated: boolean }

export const ellipsis = '…'

/** One space between words, no line breaks: headlines and straplines are single paragraphs. */
export const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim()

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces. A word wider than a whole line (a long web
 * address) is split between characters rather than left sticking out of the box.
 */
export function wrapText(text: string, size: number, maxWidth: number, measure: Measure): Line[] {
  const lines: Line[] = []
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: match.index }))
  let current: Line | undefined
  for (const word of words) {
    const candidate = current ? text.slice(current.start, word.start + word.text.length) : word.text
    if (current && measure(candidate, size) <= maxWidth) {
      current = { text: candidate, start: current.start, end: word.start + word.text.length }
      continue
    }
    if (current) lines.push(current)
    const pieces = splitWord(word.text, word.start, size, maxWidth, measure)
    lines.push(...pieces.slice(0, -1))
    current = pieces.at(-1)
  }
  if (current) lines.push(current)
  return lines
}

function splitWord(word: string, offset: number, size: number, maxWidth: number, measure: Measure): Line[] {
  if (measure(word, size) <= maxWidth) return [{ text: word, start: offset, end: offset + word.length }]
  const pieces: Line[] = []
  let start = 0
  const characters = [...word]
  let piece = ''
  for (const character of characters) {
    if (piece && measure(piece + character, size) > maxWidth) {
      pieces.push({ text: piece, start: offset + start, end: offset + start + piece.length })
      start += piece.length
      piece = ''
    }
    piece += character
  }
  pieces.push({ text: piece, start: offset + start, end: offset + start + piece.length })
  return pieces
}

function blockHeight(lines: number, size: number, block: TextBlock): number {
  return lines === 0 ? 0 : lines * size * block.lineHeight + size * (block.spaceAfter ?? 0)
}

function fitted(block: TextBlock, size: number, lines: Line[], truncated: boolean): FittedBlock {
  const last = lines.at(-1)
  const drawn = !truncated ? block.text : last ? block.text.slice(0, last.end) + ellipsis : ''
  return { lines, size, lineAdvance: size * block.lineHeight, height: blockHeight(lines.length, size, block), drawn, truncated }
}

/**
 * Fits several blocks (a headline, then a strapline) into one box. All sizes shrink together, a few per cent
 * a step, so the headline stays the biggest; no block goes below its minimum size. If the words still do not
 * fit at the minimum sizes, the block that overflows is cut at a word with an ellipsis, any blocks after it
 * are left out, and `truncated` says so: the caller reports it rather than printing unreadable small type.
 */
export function fitStack(blocks: TextBlock[], box: { width: number; height: number }, step = 0.05): FittedStack {
  // An empty block (no strapline, say) takes no room but keeps its place, so callers' styles line up.
  const texts = blocks.map((block) => ({ ...block, text: tidy(block.text) }))
  for (let scale = 1; ; scale -= step) {
    const sizes = texts.map((block) => Math.max(block.minSize, Math.round(block.maxSize * scale)))
    const laidOut = texts.map((block, index) => wrapText(block.text, sizes[index], box.width, block.measure))
    const fits = laidOut.every((lines, index) => !texts[index].maxLines || lines.length <= texts[index].maxLines!)
    const height = laidOut.reduce((sum, lines, index) => sum + blockHeight(lines.length, sizes[index], texts[index]), 0)
    if (fits && height <= box.height + 0.001) {
      const fittedBlocks = texts.map((block, index) => fitted(block, sizes[index], laidOut[index], false))
      return { blocks: fittedBlocks, height, truncated: false }
    }
    const atMinimum = texts.every((block, index) => sizes[index] === block.minSize)
    if (atMinimum) return truncateStack(texts, laidOut, box)
  }
}

function truncateStack(blocks: TextBlock[], laidOut: Line[][], box: { width: number; height: number }): FittedStack {
  const result: FittedBlock[] = []
  let remaining = box.height
  let cut = false
  blocks.forEach((block, index) => {
    const size = block.minSize
    const lines = laidOut[index]
    if (cut) {
      result.push(fitted(block, size, [], block.text !== ''))
      return
    }
    const room = Math.floor((remaining - size * (block.spaceAfter ?? 0) + 0.001) / (size * block.lineHeight))
    const allowed = Math.min(room, block.maxLines ?? Infinity)
    if (lines.length === 0 || lines.length <= allowed) {
      result.push(fitted(block, size, lines, false))
      remaining -= blockHeight(lines.length, size, block)
      return
    }
    cut = true
    const kept = lines.slice(0, Math.max(allowed, 0))
    if (kept.length > 0) kept[kept.length - 1] = withEllipsis(kept[kept.length - 1], block, size, box.width)
    result.push(fitted(block, size, kept, true))
    remaining -= blockHeight(kept.length, size, block)
  })
  const height = result.reduce((sum, block) => sum + block.height, 0)
  return { blocks: result, height, truncated: true }
}

/** Ends a line with "…", dropping words (or, for one long word, characters) until it fits. */
function withEllipsis(line: Line, block: TextBlock, size: number, maxWidth: number): Line {
  let end = line.end
  const text = () => block.text.slice(line.start, end).replace(/[\s,;:.]+$/, '')
  while (end > line.start && block.measure(text() + ellipsis, size) > maxWidth) {
    const lastSpace = block.text.lastIndexOf(' ', end - 1)
    end = lastSpace > line.start ? lastSpace : end - 1
  }
  const kept = text()
  return { text: kept + ellipsis, start: line.start, end: line.start + kept.length }
}

/** Comparable text: one form of each letter, straight apostrophes, single spaces, no case, no ellipsis. */
function comparable(text: string): string {
  return tidy(text)
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/(…|\.\.\.)$/, '')
    .toLocaleLowerCase()
    .trim()
}

/**
 * Words in a picture are invisible to screen readers and search: each piece of text drawn on a card must
 * also be in the card's alt text or in the post it goes out with. A cut piece ("Talk to your…") counts when
 * the words before the ellipsis are there.
 */
export function textIsInAltOrPost(drawn: string | string[], alt: string, post: string): boolean {
  const pieces = (Array.isArray(drawn) ? drawn : [drawn]).map(comparable).filter(Boolean)
  const places = [comparable(alt), comparable(post)]
  return pieces.every((piece) => places.some((place) => place.includes(piece)))
}
