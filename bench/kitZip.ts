// A large kit streamed as a zip, against reading the same files from disk and throwing the bytes away: the
// zip should go at about disk speed, and its memory should not grow with the kit.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { kitArchive } from '../src/materials/kitArchive'

export type ZipFigures = { megabytes: number; diskMBps: number; zipMBps: number; ratio: number; peakRssMB: number }

const nowhere = () => new Writable({ write: (_chunk, _encoding, done) => done() })

export async function benchKitZip(files = 8, megabytesEach = 25): Promise<ZipFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-kit-bench-'))
  try {
    // Posters and photos do not compress, so random bytes stand in for them fairly.
    const paths = Array.from({ length: files }, (_, index) => {
      const file = path.join(dir, `poster-${index + 1}.pdf`)
      fs.writeFileSync(file, randomBytes(megabytesEach * 2 ** 20))
      return file
    })
    const megabytes = files * megabytesEach
    // Warm the page cache once, so both runs read from memory the same way.
    for (const file of paths) await pipeline(fs.createReadStream(file), nowhere())

    const diskStarted = performance.now()
    for (const file of paths) await pipeline(fs.createReadStream(file), nowhere())
    const diskSeconds = (performance.now() - diskStarted) / 1000

    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    const zipStarted = performance.now()
    await pipeline(kitArchive(paths.map((file) => ({ name: path.basename(file), path: file })), 'README', new Date(0)), nowhere())
    const zipSeconds = (performance.now() - zipStarted) / 1000
    clearInterval(sampler)
    const diskMBps = megabytes / diskSeconds
    const zipMBps = megabytes / zipSeconds
    return { megabytes, diskMBps, zipMBps, ratio: zipMBps / diskMBps, peakRssMB: Math.round(peak / 2 ** 20) }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchKitZip().then((figures) => console.log(figures))
}
