// A small picture of a poster's first page for the library, drawn by poppler's pdftoppm (Debian's
// poppler-utils): sharp cannot read PDFs without a libvips built with poppler, and the prebuilt one is not.
// Without pdftoppm the library simply shows no poster picture; nothing else depends on it.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Width of the picture in pixels: four fit side by side in a library entry, sharp on a high-density screen. */
export const POSTER_THUMBNAIL_WIDTH = 240

/** The first page as a PNG, or undefined when pdftoppm is not installed or cannot read the file. */
export async function posterThumbnail(pdf: Uint8Array): Promise<Buffer | undefined> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'campaign-poster-'))
  try {
    const file = path.join(dir, 'poster.pdf')
    await fs.promises.writeFile(file, pdf)
    await run('pdftoppm', ['-f', '1', '-l', '1', '-png', '-singlefile', '-scale-to-x', String(POSTER_THUMBNAIL_WIDTH), '-scale-to-y', '-1', file, path.join(dir, 'page')])
    return await fs.promises.readFile(path.join(dir, 'page.png'))
  } catch {
    return undefined
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true })
  }
}
