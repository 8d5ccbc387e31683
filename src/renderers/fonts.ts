// The one typeface of every card and poster: Atkinson Hyperlegible Next (SIL Open Font License 1.1), made by
// the Braille Institute for readers with low vision. It comes from an npm package, so rendering never depends
// on the fonts a machine happens to have, and it covers Polish and Romanian letters (ą ę ł ś ż ź ć ń ó, ă â î ș ț).
import fs from 'node:fs'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import type { Font } from '@pdf-lib/fontkit'

export type FontWeight = 'regular' | 'bold'

export const fontPackage = '@expo-google-fonts/atkinson-hyperlegible-next'
export const fontLicence = 'SIL Open Font License 1.1'

const files: Record<FontWeight, string> = {
  regular: '400Regular/AtkinsonHyperlegibleNext_400Regular.ttf',
  bold: '700Bold/AtkinsonHyperlegibleNext_700Bold.ttf',
}

/** A font file's bytes (for PDF embedding) and its parsed face (for measuring and drawing outlines). */
export type CampaignFont = { weight: FontWeight; bytes: Uint8Array; face: Font }

const loaded = new Map<FontWeight, CampaignFont>()

/**
 * Found in node_modules at run time, walking up from where the process runs. (A `require.resolve` here would
 * make Next's bundler try to bundle the whole font package, licence files and all.)
 */
export function fontFile(weight: FontWeight): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', fontPackage, files[weight])
    if (fs.existsSync(candidate)) return candidate
    if (path.dirname(dir) === dir) throw new Error(`The campaign font (${fontPackage}) is not installed: run npm ci.`)
  }
}

export function campaignFont(weight: FontWeight): CampaignFont {
  let font = loaded.get(weight)
  if (!font) {
    const bytes = new Uint8Array(fs.readFileSync(fontFile(weight)))
    font = { weight, bytes, face: fontkit.create(bytes) }
    loaded.set(weight, font)
  }
  return font
}

/** Width of a line of text at a size, in the same units as the size (pixels or points), with kerning. */
export function textWidth(font: CampaignFont, text: string, size: number): number {
  return (font.face.layout(text).advanceWidth * size) / font.face.unitsPerEm
}

/** Characters the font has no glyph for; drawn, they would be empty boxes. */
export function missingCharacters(font: CampaignFont, text: string): string[] {
  const missing = new Set<string>()
  for (const character of text.normalize('NFC')) {
    if (/\s/.test(character)) continue
    if (!font.face.hasGlyphForCodePoint(character.codePointAt(0)!)) missing.add(character)
  }
  return [...missing]
}

/** Keeps only what the font can draw (emoji in a headline, say), and says what it left out. */
export function drawableText(fonts: CampaignFont[], text: string): { text: string; removed: string[] } {
  const normal = text.normalize('NFC')
  const removed = [...new Set(fonts.flatMap((font) => missingCharacters(font, normal)))]
  if (removed.length === 0) return { text: normal, removed }
  const kept = [...normal].filter((character) => !removed.includes(character)).join('')
  return { text: kept.replace(/\s+/g, ' ').trim(), removed }
}
