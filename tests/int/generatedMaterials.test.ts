import fs from 'node:fs'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { generateMaterialsFor } from '@/jobs/generateMaterials'
import type { Material, Message } from '@/payload-types'

import { draftMessage } from '../helpers/messages'
import { qrCodesOnPoster } from '../helpers/posterQr'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The job that keeps a message's share cards and poster in the library current: made from the approved words,
// made once for the same words, withdrawn the moment the words change, and made again.

let t: TestPayload
let message: Message

beforeAll(async () => {
  t = await startTestPayload()
  message = await draftMessage(t.payload, 'scary-thoughts-are-common', {
    title: 'Scary thoughts are common',
    keyMessage: 'Unwanted, scary thoughts are common for new parents. They are not your fault.',
    renditions: {
      poster: { headline: 'Scary thoughts are common', strapline: 'They are not your fault. You can talk about them.' },
      social: [{ platform: 'instagram', text: 'Scary thoughts after a baby are common, and not your fault.', hashtags: ['#KentParents'] }],
    },
  })
  await walkMessageTo(t.payload, message.id, 'published')
})
afterAll(async () => t?.close())

const generated = async () =>
  (await t.payload.find({ collection: 'materials', where: { 'generatedFrom.message': { equals: message.id } }, depth: 0, limit: 20, sort: 'id' })).docs
const fileOf = (material: Material) => path.join(t.dir, 'data', 'materials', material.filename!)
const visitorSees = async () =>
  (await t.payload.find({ collection: 'materials', overrideAccess: false, depth: 0, limit: 50 })).docs.filter((doc) => doc.generatedFrom?.message === message.id).length

describe("a message's generated materials", () => {
  it('are queued when the message is approved or published', async () => {
    const { docs } = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'generateMaterials' } }, limit: 50 })
    expect(docs.some((job) => (job.input as { messageId?: string })?.messageId === String(message.id))).toBe(true)
  })

  it('are five share cards at the platforms\' exact sizes and an A4 poster whose QR code opens the message', async () => {
    expect(await generateMaterialsFor(t.payload, message.id)).toEqual({ made: 6, withdrawn: 0 })
    const materials = await generated()
    const cards = materials.filter((material) => material.type === 'social-image')
    const sizes = await Promise.all(cards.map(async (card) => {
      const { width, height } = await sharp(fs.readFileSync(fileOf(card))).metadata()
      return `${width}x${height}`
    }))
    expect(sizes.sort()).toEqual(['1080x1080', '1080x1350', '1080x1920', '1200x630', '1600x900'])
    for (const card of cards) {
      // The library shows a small preview of each card.
      expect(card.sizes?.preview?.width).toBe(400)
      expect(card.altText).toContain('Scary thoughts are common')
      expect(card.postText).toBe('Scary thoughts after a baby are common, and not your fault.')
    }
    const poster = materials.find((material) => material.type === 'poster')!
    const pdf = new Uint8Array(fs.readFileSync(fileOf(poster)))
    const doc = await PDFDocument.load(pdf)
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 })
    expect(await qrCodesOnPoster(pdf)).toEqual([`${t.payload.config.serverURL}/messages/scary-thoughts-are-common?ref=qr`])
    expect(await visitorSees()).toBe(6)
  })

  it('stay with the team while the words are approved but not yet live', async () => {
    const upcoming = await draftMessage(t.payload, 'bonding-takes-time', { keyMessage: 'Bonding with your baby can take time. That is normal.' })
    await walkMessageTo(t.payload, upcoming.id, 'scheduled')
    expect(await generateMaterialsFor(t.payload, upcoming.id)).toEqual({ made: 6, withdrawn: 0 })
    const mine = await t.payload.find({ collection: 'materials', where: { 'generatedFrom.message': { equals: upcoming.id } }, overrideAccess: false, depth: 0 })
    expect(mine.totalDocs).toBe(0)
    expect((await t.payload.count({ collection: 'materials', where: { 'generatedFrom.message': { equals: upcoming.id } } })).totalDocs).toBe(6)
  })

  it('are not made again for the same words', async () => {
    const before = (await generated()).map((material) => fs.readFileSync(fileOf(material)))
    expect(await generateMaterialsFor(t.payload, message.id)).toEqual({ made: 0, withdrawn: 0 })
    const after = (await generated()).map((material) => fs.readFileSync(fileOf(material)))
    expect(after.every((bytes, index) => bytes.equals(before[index]))).toBe(true)
  })

  it('are withdrawn the moment the words change, kept while the live words stand, and made again once new words are approved', async () => {
    const system = { context: { system: true } }
    const update = (data: Record<string, unknown>, draft: boolean) => t.payload.update({ collection: 'messages', id: message.id, data, draft, ...system })
    // An edit to the live message waits for review; the live words still stand.
    await update({ renditions: { poster: { headline: 'Scary thoughts happen to many parents', strapline: 'They are not your fault.' } }, workflow: { state: 'in_review' } }, true)
    expect(await visitorSees()).toBe(0)
    expect(await generateMaterialsFor(t.payload, message.id)).toEqual({ made: 0, withdrawn: 0 })
    expect(await visitorSees()).toBe(6)

    await update({ workflow: { state: 'approved', note: 'Clear and kind.' } }, true)
    await update({ workflow: { state: 'published' } }, false)
    expect(await visitorSees()).toBe(0)
    expect(await generateMaterialsFor(t.payload, message.id)).toEqual({ made: 6, withdrawn: 0 })
    const card = (await generated()).find((material) => material.type === 'social-image')!
    expect(card.altText).toContain('Scary thoughts happen to many parents')
    expect(await visitorSees()).toBe(6)
  })

  it('are withdrawn for good when the message is archived', async () => {
    await t.payload.update({ collection: 'messages', id: message.id, data: { workflow: { state: 'archived', note: 'Replaced.' } }, context: { system: true } })
    expect(await generateMaterialsFor(t.payload, message.id)).toMatchObject({ made: 0 })
    expect(await visitorSees()).toBe(0)
  })
})
