import fs from 'node:fs'
import type { Readable } from 'node:stream'
import zlib from 'node:zlib'

import { ZipArchive, type ZipEntryData } from 'archiver'
import crc32 from 'crc-32'

// Every zip entry needs a CRC-32 of its bytes. archiver's streams compute it with the `crc-32` package, in
// JavaScript, which held kits to half of disk speed (docs/benchmarks.md). Node has the same checksum built in
// and native, so the one function archiver calls is pointed at it: same results, same signed numbers.
;(crc32 as { buf: (data: Uint8Array, seed?: number) => number }).buf = (data, seed) => zlib.crc32(data, (seed ?? 0) >>> 0) | 0

export type KitFile = { name: string; path: string }

const CHUNK = 1024 * 1024

/** Already-compressed formats are stored as they are: deflating them again costs time and saves nothing. */
const STORED = /\.(pdf|png|jpe?g|webp|mp3|mp4|zip)$/i

/**
 * A kit as a zip, streamed: files are read from disk as the zip is sent, so a large kit never sits in memory.
 * The README goes first, so someone who opens the zip sees it at the top.
 */
export function kitArchive(files: KitFile[], readme: string, date: Date): Readable {
  // Entries keep the kit's order (and the same kit makes the same zip). Big chunks: each one costs the zip's
  // stream machinery the same however small it is, so 1 MB pieces move a kit about twice as fast as 64 KB.
  const zip = new ZipArchive({ zlib: { level: 6 }, statConcurrency: 1, highWaterMark: CHUNK })
  // Fixed dates make the same kit the same bytes, whoever downloads it.
  zip.append(readme, { name: 'README.txt', date })
  for (const file of files) {
    const entry: ZipEntryData = { name: file.name, store: STORED.test(file.name), date }
    zip.append(fs.createReadStream(file.path, { highWaterMark: CHUNK }), entry)
  }
  void zip.finalize()
  return zip
}

/** File names inside a zip: unique, and nothing that could climb out of the folder it is unpacked into. */
export function zipEntryNames(names: string[]): string[] {
  const seen = new Map<string, number>()
  return names.map((original) => {
    const safe = original.replace(/[\\/]+/g, '-').replace(/^\.+/, '').replace(/[^\w.\- ()]/g, '_') || 'file'
    const count = seen.get(safe) ?? 0
    seen.set(safe, count + 1)
    if (count === 0) return safe
    const dot = safe.lastIndexOf('.')
    return dot > 0 ? `${safe.slice(0, dot)} (${count + 1})${safe.slice(dot)}` : `${safe} (${count + 1})`
  })
}
