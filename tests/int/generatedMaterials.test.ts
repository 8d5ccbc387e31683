import fs from 'node:fs'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { richTextFromParagraphs } from '@/domain/richText'
import { generateMaterialsFor } from '@/jobs/generateMaterials'
import type { Material, Message } from '@/payload-types'
import { materialWords } from '@/renderers'

import { draftMessage } from '../helpers/messages'
import { pageText, pdfLanguage, qrCodesOnPoster, structureElements } from '../helpers/posterQr'
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
    // The library shows a picture of the live poster's first page: a whole A4 page, drawn from the PDF.
    const picture = await t.payload.findByID({ collection: 'media', id: poster.thumbnail as number, depth: 0 })
    expect([picture.mimeType, picture.width, picture.decorative]).toEqual(['image/png', 240, true])
    expect(picture.height! / picture.width!).toBeCloseTo(841.89 / 595.28, 1)
  })

  it('stay with the team while the words are approved but not yet live', async () => {
    const upcoming = await draftMessage(t.payload, 'bonding-takes-time', { keyMessage: 'Bonding with your baby can take time. That is normal.' })
    await walkMessageTo(t.payload, upcoming.id, 'scheduled')
    expect(await generateMaterialsFor(t.payload, upcoming.id)).toEqual({ made: 6, withdrawn: 0 })
    const mine = await t.payload.find({ collection: 'materials', where: { 'generatedFrom.message': { equals: upcoming.id } }, overrideAccess: false, depth: 0 })
    expect(mine.totalDocs).toBe(0)
    // Media are public, so a poster whose words are not yet public has no picture there.
    const upcomingPoster = async () => (await t.payload.find({ collection: 'materials', where: { and: [{ 'generatedFrom.message': { equals: upcoming.id } }, { type: { equals: 'poster' } }] }, depth: 0 })).docs[0]
    expect((await upcomingPoster()).thumbnail ?? null).toBeNull()
    expect((await t.payload.count({ collection: 'materials', where: { 'generatedFrom.message': { equals: upcoming.id } } })).totalDocs).toBe(6)
    // Published on time: the same words, so nothing is made again, and visitors now get them.
    await t.payload.update({ collection: 'messages', id: upcoming.id, data: { workflow: { state: 'published' } }, context: { system: true } })
    expect(await generateMaterialsFor(t.payload, upcoming.id)).toEqual({ made: 0, withdrawn: 0 })
    const live = await t.payload.find({ collection: 'materials', where: { 'generatedFrom.message': { equals: upcoming.id } }, overrideAccess: false, depth: 0 })
    expect(live.totalDocs).toBe(6)
    expect((await upcomingPoster()).thumbnail).toBeTruthy()
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

describe('materials in every finished language', () => {
  let translated: Message
  const system = { context: { system: true } }
  const polish = {
    title: 'Prośba o pomoc jest bezpieczna',
    keyMessage: 'Proszenie o pomoc jest częścią opieki nad dzieckiem.',
    headline: 'Prośba o pomoc jest bezpieczna',
    strapline: 'Rozmowa o tym, jak się czujesz, jest częścią opieki nad dzieckiem.',
    post: 'Prośba o pomoc jest częścią opieki nad dzieckiem. Porozmawiaj z położną.',
    points: ['Wielu rodziców boi się prosić o pomoc.', 'Wczesna pomoc jest dobra dla całej rodziny.'],
  }
  const mine = async (locale: string, options: { visitor?: boolean } = {}) =>
    (
      await t.payload.find({
        collection: 'materials',
        where: { and: [{ 'generatedFrom.message': { equals: translated.id } }, { language: { equals: locale } }] },
        depth: 0,
        limit: 20,
        sort: 'id',
        ...(options.visitor ? { overrideAccess: false } : {}),
      })
    ).docs

  beforeAll(async () => {
    translated = await draftMessage(t.payload, 'asking-for-help-is-safe', {
      title: 'Asking for help is safe',
      keyMessage: 'Asking for help is part of caring for your baby.',
      renditions: {
        poster: { headline: 'Asking for help is safe', strapline: 'Talking about how you feel is part of caring for your baby.' },
        social: [{ platform: 'instagram', text: 'Asking for help is part of caring for your baby.', hashtags: ['#KentParents'] }],
        oneMinuteConversation: [{ point: 'Lots of parents worry about asking for help.' }, { point: 'Getting help early is good for the whole family.' }],
      },
    })
    // The team's own English talking points, as the seed and editors upload them; the Polish ones sit beside them.
    const text = 'Asking for help is safe\r\n- Lots of parents worry about asking for help.\r\n'
    await t.payload.create({
      collection: 'materials',
      data: { title: 'Talking points: Asking for help is safe', type: 'talking-points', language: 'en', accessibleFormat: 'standard', accessLevel: 'public', messages: [translated.id] } as Material,
      file: { data: Buffer.from(text), mimetype: 'text/plain', name: 'talking-points-asking-for-help-is-safe.txt', size: Buffer.byteLength(text) },
    })
  })

  it('are made in Polish once its translation is complete and approved: cards, a Polish poster and talking points', async () => {
    await walkMessageTo(t.payload, translated.id, 'published')
    expect(await generateMaterialsFor(t.payload, translated.id)).toEqual({ made: 6, withdrawn: 0 })
    expect(await mine('pl')).toEqual([])

    // The translation is a change to the message: written, then reviewed and published again.
    const english = await t.payload.findByID({ collection: 'messages', id: translated.id, draft: true, depth: 0, locale: 'en' })
    await t.payload.update({
      collection: 'messages',
      id: translated.id,
      locale: 'pl',
      draft: true,
      data: {
        title: polish.title,
        keyMessage: polish.keyMessage,
        body: richTextFromParagraphs(['Wielu rodziców boi się prosić o pomoc.', 'Prośba o pomoc pokazuje, że Ci zależy.']),
        renditions: {
          poster: { headline: polish.headline, strapline: polish.strapline },
          social: english.renditions!.social!.map((post) => ({ ...post, text: polish.post })),
          oneMinuteConversation: english.renditions!.oneMinuteConversation!.map((row, index) => ({ ...row, point: polish.points[index] })),
        },
        workflow: { state: 'in_review' },
      },
      ...system,
    })
    const saved = await t.payload.findByID({ collection: 'messages', id: translated.id, draft: true, depth: 0 })
    expect((saved.translationStatus as Record<string, string>).pl).toBe('complete')
    await walkMessageTo(t.payload, translated.id, 'published')
    expect(await generateMaterialsFor(t.payload, translated.id)).toEqual({ made: 7, withdrawn: 0 })

    const inPolish = await mine('pl', { visitor: true })
    expect(inPolish.map((material) => material.type).sort()).toEqual(['poster', ...Array(5).fill('social-image'), 'talking-points'])
    const poster = inPolish.find((material) => material.type === 'poster')!
    expect(poster.title).toBe(`Plakat (A4): ${polish.title}`)
    const pdf = new Uint8Array(fs.readFileSync(fileOf(poster)))
    expect(await pdfLanguage(pdf)).toBe('pl-PL')
    const text = pageText(pdf)
    for (const words of [polish.headline, polish.strapline, materialWords.pl.helpLine, materialWords.pl.scanToRead]) expect(text).toContain(words)
    expect(text).not.toContain('Asking for help')
    expect(structureElements(pdf)).toContainEqual(['H1', polish.headline])
    expect(await qrCodesOnPoster(pdf)).toEqual([`${t.payload.config.serverURL}/pl/messages/asking-for-help-is-safe?ref=qr`])
    for (const card of inPolish.filter((material) => material.type === 'social-image')) {
      expect(card.altText).toContain(polish.headline)
      expect(card.postText).toBe(polish.post)
    }
    // Each hangs from its English version, so the library shows them side by side.
    const englishMaterials = (
      await t.payload.find({ collection: 'materials', where: { and: [{ messages: { contains: translated.id } }, { language: { equals: 'en' } }] }, depth: 0, limit: 20 })
    ).docs
    for (const material of inPolish) {
      const standard = englishMaterials.find((candidate) => candidate.id === material.standardVersion)
      expect(standard?.generatedFrom?.variant ?? standard?.type).toBe(material.generatedFrom?.variant)
    }
    const points = fs.readFileSync(fileOf(inPolish.find((material) => material.type === 'talking-points')!), 'utf8')
    expect(points).toContain(`- ${polish.points[0]}`)
    expect(points).toContain(`${materialWords.pl.talkingPoints.help} ${t.payload.config.serverURL}/pl/get-help`)
    // No Romanian words, no Romanian materials; the English ones stand beside the Polish.
    expect(await mine('ro')).toEqual([])
    expect(await mine('en', { visitor: true })).toHaveLength(6)
    // The same words again make nothing, though the message was saved since.
    await t.payload.update({ collection: 'messages', id: translated.id, data: { reviewBy: new Date(Date.now() + 200 * 86_400_000).toISOString() }, draft: true, ...system })
    expect(await generateMaterialsFor(t.payload, translated.id)).toEqual({ made: 0, withdrawn: 0 })
  })

  it('are withdrawn when a later edit to the English leaves the Polish out of date', async () => {
    await t.payload.update({ collection: 'messages', id: translated.id, locale: 'en', draft: true, data: { keyMessage: 'Asking for help is safe, and it is part of caring for your baby.', workflow: { state: 'in_review' } }, ...system })
    await walkMessageTo(t.payload, translated.id, 'published')
    const saved = await t.payload.findByID({ collection: 'messages', id: translated.id, depth: 0 })
    expect((saved.translationStatus as Record<string, string>).pl).toBe('stale')
    expect(await generateMaterialsFor(t.payload, translated.id)).toMatchObject({ withdrawn: 7 })
    expect(await mine('pl', { visitor: true })).toEqual([])
    expect((await mine('pl')).every((material) => material.generatedFrom?.stale)).toBe(true)
    expect(await mine('en', { visitor: true })).toHaveLength(6)
  })
})
