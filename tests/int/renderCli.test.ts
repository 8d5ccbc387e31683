import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Payload } from 'payload'

import { walkMessageTo } from '@/collections/Messages/walk'
import { richTextFromParagraphs } from '@/domain/richText'
import type { Message } from '@/payload-types'

import { qrCodesOnPoster } from '../helpers/posterQr'
import { runCampaign } from '../helpers/server'

// `campaign cards` and `campaign poster` as an operator runs them: the real command in its own process, on a
// fresh database that `campaign seed` migrated and filled with the starter content.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-materials-'))
const env = {
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
  DATABASE_URI: '',
  PAYLOAD_SECRET: '',
  PUBLIC_URL: 'https://campaign.example.org',
}
const out = (name: string) => path.join(dir, 'out', name)
const campaign = (args: string[]) => runCampaign(args, env)

let venueId: number
let updatedAt: Record<string, string> = {}

/**
 * Adds what the starter content lacks: a venue, and a live message with an edit waiting for review. Payload
 * runs here in production mode, as the command does, so it uses the migrated schema and never pushes one.
 */
async function prepareDatabase() {
  Object.assign(process.env, env, { NODE_ENV: 'production', DISABLE_LOGGING: 'true' })
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config, cron: false })
  try {
    const venue = await payload.create({
      collection: 'venues',
      data: { name: 'Ashford Family Hub', slug: 'ashford-family-hub', kind: 'family-hub', district: 'ashford', sessionTimes: 'Tuesdays 10 to 11:30' },
    })
    venueId = venue.id
    const editor = (await payload.find({ collection: 'users', where: { roles: { contains: 'editor' } }, limit: 1 })).docs[0]
    const live = (await payload.find({ collection: 'messages', where: { slug: { equals: 'baby-blues-or-something-more' } }, draft: true, depth: 0 })).docs[0]
    const edited = await payload.update({
      collection: 'messages',
      id: live.id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: editor,
      data: {
        keyMessage: 'New words that no reviewer has seen yet.',
        renditions: { ...live.renditions, poster: { headline: 'An unreviewed headline', strapline: 'Not checked yet.' } },
      } as Partial<Message>,
    })
    expect(edited.workflow?.state).toBe('in_review')
    await approvedMessageWithPhoto(payload)
    const all = await payload.find({ collection: 'messages', depth: 0, limit: 100, draft: true })
    updatedAt = Object.fromEntries(all.docs.map((message) => [message.slug, message.updatedAt]))
  } finally {
    await payload.destroy()
  }
}

/** A photo whose left half is red and right half blue, so the crop's origin shows in the card's colours. */
function halvesPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="1000">
    <rect width="2000" height="1000" fill="#ff0000"/><rect x="2000" width="2000" height="1000" fill="#0000ff"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer()
}

/** A message approved with a photo on its social posts, its focal point far to the left (the red half). */
async function approvedMessageWithPhoto(payload: Payload) {
  const data = await halvesPhoto()
  const photo = await payload.create({
    collection: 'media',
    data: { alt: 'A father holding his sleeping baby', focalX: 10, focalY: 50 },
    file: { data, mimetype: 'image/jpeg', name: 'father-and-baby.jpg', size: data.length },
  })
  const context = { disableRevalidate: true }
  const message = await payload.create({
    collection: 'messages',
    draft: true,
    context,
    data: {
      title: 'Dads feel it too',
      slug: 'dads-feel-it-too',
      keyMessage: 'Dads and co-parents can feel low after a baby arrives. Talking to your GP helps.',
      body: richTextFromParagraphs(['Many dads feel low or anxious after a baby arrives.', 'You can talk to your GP or health visitor.']),
      audiences: ['dads-and-co-parents'],
      renditions: {
        social: [{ platform: 'instagram', text: 'Dads feel it too. Talking to your GP helps.', image: photo.id, imageAlt: 'A father holding his sleeping baby' }],
        poster: { headline: 'Dads feel it too', strapline: 'Talking to your GP helps.' },
      },
    } as unknown as Message,
  })
  await walkMessageTo(payload, message.id, 'approved', { context })
}

beforeAll(async () => {
  const seeded = await campaign(['seed'])
  expect(seeded.code, seeded.output).toBe(0)
  await prepareDatabase()
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at /m)

describe('campaign cards', () => {
  it('writes the five card sizes for an approved message and prints each alt text', async () => {
    const result = await campaign(['cards', '--message', 'intrusive-thoughts-are-common', '--out', out('cards')])
    expect(result.code, result.output).toBe(0)
    const sizes = ['1080x1080', '1080x1350', '1080x1920', '1200x630', '1600x900']
    expect(fs.readdirSync(out('cards')).sort()).toEqual(sizes.map((size) => `intrusive-thoughts-are-common-${size}.png`).sort())
    for (const size of sizes) {
      const file = out(`cards/intrusive-thoughts-are-common-${size}.png`)
      const { width, height, format } = await sharp(file).metadata()
      expect(`${format} ${width}x${height}`).toBe(`png ${size}`)
      expect(result.output).toContain(file)
    }
    const alts = result.output.match(/Alt text: .*/g) ?? []
    expect(alts).toHaveLength(5)
    expect(alts[0]).toContain("Scary thoughts? You're not alone.")
    expect(alts[0]).toContain('campaign.example.org/messages/intrusive-thoughts-are-common')
  })

  it("crops the message's photo around its focal point and describes it in the alt text", async () => {
    const result = await campaign(['cards', '--message', 'dads-feel-it-too', '--out', out('dads')])
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain('Photo: A father holding his sleeping baby.')
    // The square card's photo fills its top half; the focal point at x=10% keeps it on the red side.
    const square = await sharp(out('dads/dads-feel-it-too-1080x1080.png')).extract({ left: 0, top: 0, width: 1080, height: 540 }).toBuffer()
    const { channels } = await sharp(square).stats()
    expect(channels[0].mean).toBeGreaterThan(3 * channels[2].mean)
  })
})

describe('campaign poster', () => {
  it('makes an A4 poster for a venue whose QR code opens the venue address on PUBLIC_URL', async () => {
    const file = out('ashford.pdf')
    const result = await campaign(['poster', '--message', 'intrusive-thoughts-are-common', '--venue', String(venueId), '--out', file])
    expect(result.code, result.output).toBe(0)
    const pdf = fs.readFileSync(file)
    const doc = await PDFDocument.load(pdf, { updateMetadata: false })
    expect(doc.getPageCount()).toBe(1)
    const { width, height } = doc.getPage(0).getSize()
    expect([width, height]).toEqual([595.28, 841.89])
    expect(doc.getTitle()).toBe("Scary thoughts? You're not alone.")
    expect(doc.getCreator()).toBe('Nurturing Little Hearts and Minds')
    // Dated by the message's last change, so printing it again gives the same file.
    const seconds = (date: Date | string | undefined) => Math.floor(new Date(date ?? 0).getTime() / 1000)
    expect(seconds(doc.getCreationDate())).toBe(seconds(updatedAt['intrusive-thoughts-are-common']))
    expect(await qrCodesOnPoster(pdf)).toEqual(['https://campaign.example.org/q/ashford-family-hub/intrusive-thoughts-are-common'])
  })

  it('makes an A3 poster for a scheduled message, with its QR code to the message page', async () => {
    const file = out('bonding.pdf')
    const result = await campaign(['poster', '--message', 'bonding-takes-time', '--size', 'A3', '--out', file])
    expect(result.code, result.output).toBe(0)
    const pdf = fs.readFileSync(file)
    const doc = await PDFDocument.load(pdf, { updateMetadata: false })
    const { width, height } = doc.getPage(0).getSize()
    expect([doc.getPageCount(), width, height]).toEqual([1, 841.89, 1190.55])
    expect(await qrCodesOnPoster(pdf)).toEqual(['https://campaign.example.org/messages/bonding-takes-time?ref=qr'])
  })

  it('uses the live, approved words of a message whose newer edit still waits for review', async () => {
    const file = out('baby-blues.pdf')
    const result = await campaign(['poster', '--message', 'baby-blues-or-something-more', '--out', file])
    expect(result.code, result.output).toBe(0)
    const doc = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false })
    expect(doc.getTitle()).toBe('Still feeling low after two weeks?')
  })
})

describe('what the commands refuse, in one line', () => {
  it('refuses a draft message', async () => {
    const result = await campaign(['poster', '--message', 'feeding-and-feelings', '--out', out('draft.pdf')])
    expect(result.code).toBe(1)
    expect(result.output).toContain('campaign: "feeding-and-feelings" is a draft; only approved messages become cards or posters.')
    noStackTrace(result.output)
    expect(fs.existsSync(out('draft.pdf'))).toBe(false)
  })

  it('refuses an address no message has', async () => {
    for (const command of ['cards', 'poster']) {
      const result = await campaign([command, '--message', 'no-such-message', '--out', out(`missing-${command}`)])
      expect(result.code).toBe(1)
      expect(result.output).toContain('campaign: No message with the address "no-such-message".')
      noStackTrace(result.output)
    }
  })

  it('refuses a language the message has not been translated into, rather than mix in English', async () => {
    const result = await campaign(['cards', '--message', 'intrusive-thoughts-are-common', '--locale', 'pl', '--out', out('polish')])
    expect(result.code).toBe(1)
    expect(result.output).toContain('campaign: "intrusive-thoughts-are-common" has no finished Polish translation (missing)')
    noStackTrace(result.output)
  })

  it('refuses a venue that does not exist', async () => {
    const result = await campaign(['poster', '--message', 'intrusive-thoughts-are-common', '--venue', '9999', '--out', out('nowhere.pdf')])
    expect(result.code).toBe(1)
    expect(result.output).toContain('campaign: No venue with the id "9999".')
    noStackTrace(result.output)
    expect(fs.existsSync(out('nowhere.pdf'))).toBe(false)
  })
})
