// The campaign's icon as PNG, drawn from a few lines of SVG in the campaign's plum and paper colours: a heart
// holding a smaller one. Made by the site on first request and kept (it never changes while the code does not).

import sharp from 'sharp'

import { type FeedIconSize, feedIcons } from './model'

const PLUM = '#7a3e6c'
const PAPER = '#fdf8f3'

/** Drawn on a 64-unit square; a heart is two arcs meeting in a point. */
const heart = (scale: number) => {
  const at = (x: number, y: number) => `${32 + (x - 32) * scale} ${32 + (y - 30) * scale}`
  return `M${at(32, 52)} C${at(14, 40)} ${at(8, 31)} ${at(8, 23)} C${at(8, 14)} ${at(14, 9)} ${at(21, 9)} C${at(26, 9)} ${at(30, 12)} ${at(32, 16)} C${at(34, 12)} ${at(38, 9)} ${at(43, 9)} C${at(50, 9)} ${at(56, 14)} ${at(56, 23)} C${at(56, 31)} ${at(50, 40)} ${at(32, 52)} Z`
}

export const campaignIconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect width="64" height="64" rx="14" fill="${PLUM}"/>
<path d="${heart(1)}" fill="${PAPER}"/>
<path d="${heart(0.42)}" fill="${PLUM}"/>
</svg>`

const made = new Map<FeedIconSize, Promise<Buffer>>()

export function campaignIconPng(size: FeedIconSize): Promise<Buffer> {
  if (!made.has(size)) {
    const pixels = feedIcons[size].size
    // Density scales the 64-unit drawing to the size asked for, so edges are drawn sharp, not enlarged.
    const drawing = sharp(Buffer.from(campaignIconSvg), { density: (72 * pixels) / 64 }).resize(pixels, pixels).png({ compressionLevel: 9 }).toBuffer()
    drawing.catch(() => made.delete(size))
    made.set(size, drawing)
  }
  return made.get(size)!
}

/** A day in readers' caches: the address is stable, and a changed icon may take that long to show. */
export async function campaignIconResponse(size: FeedIconSize): Promise<Response> {
  const png = await campaignIconPng(size)
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length), 'Cache-Control': 'public, max-age=86400' },
  })
}
