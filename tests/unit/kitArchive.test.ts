import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import { kitArchive, zipEntryNames } from '@/materials/kitArchive'
import { kitReadme } from '@/materials/readme'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kit-test-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

async function zipOf(files: { name: string; path: string }[]): Promise<Buffer> {
  const chunks: Buffer[] = []
  await pipeline(kitArchive(files, 'README', new Date(Date.UTC(2026, 0, 1))), new Writable({ write: (chunk, _e, done) => (chunks.push(chunk), done()) }))
  return Buffer.concat(chunks)
}

const entriesOf = (zip: Buffer) =>
  new Promise<{ name: string; crc32: number }[]>((resolve, reject) =>
    yauzl.fromBuffer(zip, (error, archive) => {
      if (error || !archive) return reject(error)
      const found: { name: string; crc32: number }[] = []
      archive.on('entry', (entry: yauzl.Entry) => found.push({ name: entry.fileName, crc32: entry.crc32 }))
      archive.on('end', () => resolve(found))
    }),
  )
const names = async (zip: Buffer) => (await entriesOf(zip)).map((entry) => entry.name)

describe('a kit as a zip', () => {
  it('keeps the kit’s order whatever the file sizes, and the same kit makes the same bytes', async () => {
    // A big file first: with lookups in parallel, the small ones would overtake it.
    const files = [
      { name: 'big-poster.pdf', size: 3_000_000 },
      { name: 'card.png', size: 10 },
      { name: 'points.txt', size: 100 },
    ].map(({ name, size }) => {
      const file = path.join(dir, name)
      fs.writeFileSync(file, Buffer.alloc(size, name.length))
      return { name, path: file }
    })
    const first = await zipOf(files)
    expect(await names(first)).toEqual(['README.txt', 'big-poster.pdf', 'card.png', 'points.txt'])
    for (let run = 0; run < 3; run += 1) expect((await zipOf(files)).equals(first)).toBe(true)
  })

  it('records each file’s checksum correctly, even when a big file is read in many pieces', async () => {
    const big = path.join(dir, 'poster-3mb.pdf')
    fs.writeFileSync(big, Buffer.from(Array.from({ length: 3_000_000 }, (_, index) => (index * 7919) % 251)))
    const zip = await zipOf([{ name: 'poster-3mb.pdf', path: big }])
    const entry = (await entriesOf(zip)).find((item) => item.name === 'poster-3mb.pdf')!
    // Worked out in one go over the whole file, independently of how the zip read it.
    expect(entry.crc32).toBe(zlib.crc32(fs.readFileSync(big)))
    expect((await entriesOf(zip))[0]).toEqual({ name: 'README.txt', crc32: zlib.crc32(Buffer.from('README')) })
  })

  it('names entries so none can climb out of the folder or clash', () => {
    expect(zipEntryNames(['../../etc/passwd', 'poster.pdf', 'poster.pdf', '.hidden', 'a<b>.png'])).toEqual([
      '-..-etc-passwd',
      'poster.pdf',
      'poster (2).pdf',
      'hidden',
      'a_b_.png',
    ])
  })
})

describe('the kit README', () => {
  it('lists each file with the words to post, its alt text and hashtags, the dates, and where to get help', () => {
    const text = kitReadme({
      kitTitle: 'Bonding kit',
      campaignName: 'Nurturing Little Hearts and Minds',
      siteUrl: 'https://campaign.example.org',
      dates: [{ name: 'Maternal Mental Health Awareness Week', when: 'first Monday of May' }],
      items: [{ fileName: 'poster.pdf', title: 'Poster: bonding takes time', type: 'poster', sizeBytes: 2_400_000, postText: 'Bonding can take time.\nThat is normal.', altText: 'A poster', hashtags: '#KentParents' }],
    })
    expect(text.split('\r\n')).toEqual(
      expect.arrayContaining([
        'Bonding kit',
        '- Maternal Mental Health Awareness Week: first Monday of May',
        '1. Poster: bonding takes time',
        '   File: poster.pdf (2.3 MB)',
        '   Type: Poster',
        '     Bonding can take time.',
        '     That is normal.',
        '   Hashtags: #KentParents',
        'Where to get help, any time: https://campaign.example.org/get-help',
      ]),
    )
  })
})
