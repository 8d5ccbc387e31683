// Text for PNG cards is drawn as the font's own glyph outlines, as SVG paths. SVG <text> would go through
// fontconfig, which picks whatever fonts the machine has (a fresh server may have none): outlines look the same
// everywhere, need no installed font, and are measured by exactly the code that draws them.
import type { CampaignFont } from './fonts'

const round = (value: number) => Math.round(value * 100) / 100

export type LineOutline = { x: number; baseline: number; size: number; fill: string }

/**
 * One line of text as an SVG group of glyph paths. Font units have y pointing up; the group flips and scales
 * them so the line's baseline sits at `baseline` pixels from the top.
 */
export function lineToSvg(font: CampaignFont, text: string, { x, baseline, size, fill }: LineOutline): string {
  const { face } = font
  const run = face.layout(text)
  const scale = size / face.unitsPerEm
  let pen = 0
  const paths: string[] = []
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]
    const d = glyph.path.toSVG()
    if (d) paths.push(`<path transform="translate(${pen + position.xOffset} ${position.yOffset})" d="${d}"/>`)
    pen += position.xAdvance
  })
  const transform = `translate(${round(x)} ${round(baseline)}) scale(${round(scale * 10000) / 10000} ${-round(scale * 10000) / 10000})`
  return `<g fill="${fill}" transform="${transform}">${paths.join('')}</g>`
}

/** How far below the top of a line box its baseline sits, so the font's ascent and descent are centred in it. */
export function baselineOffset(font: CampaignFont, size: number, lineAdvance: number): number {
  const { ascent, descent, unitsPerEm } = font.face
  const fontHeight = ((ascent - descent) * size) / unitsPerEm
  return (lineAdvance - fontHeight) / 2 + (ascent * size) / unitsPerEm
}
