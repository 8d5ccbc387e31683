import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Service } from '@/payload-types'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

const service = {
  name: 'Test Family Hub Drop-in',
  summary: 'A weekly drop-in for parents.',
  supports: ['perinatal-mental-health' as const],
  needLevels: ['coping' as const],
  districts: ['thanet' as const],
  sector: 'local-authority' as const,
  delivery: ['in-person' as const],
}

/** Raw input as a client would send it: the slug and defaults are left for the server to fill. */
const createService = (data: Record<string, unknown>) =>
  t.payload.create({ collection: 'services', data: data as unknown as Service })

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 150, b: 120 } } })
    .jpeg()
    .toBuffer()
}

describe('refusing bad content with a reason that names the field', () => {
  it('refuses a service with no way to contact it, and stores nothing', async () => {
    await expect(createService(service)).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'contact.howToContact' })] },
    })
    expect((await t.payload.count({ collection: 'services' })).totalDocs).toBe(0)
  })

  it('fills a slug from the name and refuses a second service with the same slug', async () => {
    const first = await createService({ ...service, contact: { howToContact: 'Drop in on Tuesday mornings.' } })
    expect(first.slug).toBe('test-family-hub-drop-in')
    await expect(
      createService({ ...service, contact: { howToContact: 'Drop in.' } }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'slug' })] } })
    expect((await t.payload.count({ collection: 'services', where: { slug: { equals: first.slug } } })).totalDocs).toBe(1)
  })

  it('flags a service nobody has verified in the last 12 months', async () => {
    const checked = await createService({
      ...service,
      name: 'Checked service',
      contact: { howToContact: 'Ask your midwife.' },
      verifiedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    })
    const stale = await createService({
      ...service,
      name: 'Old service',
      contact: { howToContact: 'Ask your midwife.' },
      verifiedAt: new Date(Date.now() - 400 * 86_400_000).toISOString(),
    })
    const never = await createService({ ...service, name: 'Unchecked service', contact: { howToContact: 'Ask your midwife.' } })
    expect(checked.verification).toBe('Verified in the last 12 months')
    expect(stale.verification).toMatch(/Due for checking/)
    expect(never.verification).toMatch(/Not verified/)
  })

  it('refuses an image without alt text, or with a file name as alt text', async () => {
    const file = { data: await photo(), mimetype: 'image/jpeg', name: 'baby-group.jpg', size: 0 }
    file.size = file.data.length
    await expect(t.payload.create({ collection: 'media', data: {}, file })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'alt' })] },
    })
    await expect(t.payload.create({ collection: 'media', data: { alt: 'IMG_2041.jpg' }, file })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'alt', message: expect.stringMatching(/file name/) })] },
    })
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('keeps a described image and makes its smaller WebP sizes with sharp', async () => {
    const file = { data: await photo(), mimetype: 'image/jpeg', name: 'baby-group.jpg', size: 0 }
    file.size = file.data.length
    const doc = await t.payload.create({ collection: 'media', data: { alt: 'Parents and babies at a group' }, file })
    expect(doc.sizes?.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/webp' })
    const decorative = await t.payload.create({ collection: 'media', data: { decorative: true }, file })
    expect(decorative.decorative).toBe(true)
  })
})
