import fs from 'node:fs'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Uploaded files are served only to people who may see the record they belong to, whatever the address
// looks like: encoded slashes and dots, double encoding, backslashes. And a data folder laid out the old way
// (partner materials inside the public media folder) is moved out of it at start.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People
const tokens: Record<string, string> = {}

type Who = 'anonymous' | 'partner' | 'otherPartner' | 'editor'

/** A file left by an older version in the media folder, where the materials folder used to be. */
const OLD_FILE = 'left-from-last-year.pdf'

async function call(method: string, url: string, who: Who, body?: FormData): Promise<Response> {
  const headers: Record<string, string> = tokens[who] ? { authorization: `JWT ${tokens[who]}` } : {}
  return fetch(api.url + url, { method, headers, body })
}

async function pdf(title: string): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.addPage([595.28, 841.89]).drawText(title, { x: 50, y: 780, size: 24 })
  return Buffer.from(await doc.save())
}

async function createMaterial(name: string, level: 'public' | 'partners' | 'restricted', grantedTo: number[] = []) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await pdf(`Poster ${name}`))], { type: 'application/pdf' }), `${name}.pdf`)
  form.append('_payload', JSON.stringify({ title: `Poster ${name}`, type: 'poster', accessLevel: level, grantedTo }))
  const response = await call('POST', '/api/materials', 'editor', form)
  expect(response.status, await response.clone().text()).toBe(201)
  const { doc } = await response.json()
  // Only admins name who may have a restricted material.
  if (grantedTo.length > 0) await t.payload.update({ collection: 'materials', id: doc.id, data: { grantedTo } })
  return doc as { id: number; filename: string }
}

beforeAll(async () => {
  t = await startTestPayload({
    prepare: (dir) => {
      fs.mkdirSync(path.join(dir, 'media', 'materials'), { recursive: true })
      fs.writeFileSync(path.join(dir, 'media', 'materials', OLD_FILE), '%PDF-1.4 an old poster')
    },
  })
  people = await createPeople(t.payload)
  await t.payload.create({
    collection: 'users',
    data: { name: 'Other partner', email: 'other@example.org', password: 'other-password-123', roles: ['partner'] },
  })
  api = await startRestServer(t.payload.config)
  const logins: [Who, string, string][] = [
    ['partner', 'partner@example.org', passwordOf('partner')],
    ['otherPartner', 'other@example.org', 'other-password-123'],
    ['editor', 'editor@example.org', passwordOf('editor')],
  ]
  for (const [who, email, password] of logins) {
    const response = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    tokens[who] = (await response.json()).token
  }
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

/** Every way of writing "the file <name> in the materials folder" as seen from the media collection's address. */
const throughMedia = (name: string) => [
  `/api/media/file/materials%2F${name}`,
  `/api/media/file/.%2Fmaterials%2F${name}`,
  `/api/media/file/materials%252F${name}`,
  `/api/media/file/.%252Fmaterials%252F${name}`,
  `/api/media/file/materials%5C${name}`,
  `/api/media/file/materials%2F.%2F${name}`,
  `/api/media/file/%2E%2Fmaterials%2F${name}`,
  `/api/media/file/..%2Fdata%2Fmaterials%2F${name}`,
  `/api/media/file/..%2F..%2F${path.basename(t.dir)}%2Fdata%2Fmaterials%2F${name}`,
]

/** Refused, and not one byte of the file in the answer. */
async function expectRefused(response: Response, what: string) {
  const body = Buffer.from(await response.arrayBuffer())
  expect([400, 403, 404], `${what}: ${response.status}`).toContain(response.status)
  expect(body.includes('%PDF'), `${what} leaked the file`).toBe(false)
}

describe('restricted files', () => {
  it('are never served through another collection’s address, however the path is written', async () => {
    const restricted = await createMaterial('restricted-poster', 'restricted', [people.partner.id])
    const forPartners = await createMaterial('partners-poster', 'partners')
    for (const material of [restricted, forPartners]) {
      for (const url of throughMedia(material.filename)) {
        for (const who of ['anonymous', 'otherPartner', 'partner', 'editor'] as const) {
          await expectRefused(await call('GET', url, who), `${who} ${url}`)
        }
      }
    }
  })

  it('are served through their own address only to the people the material is for', async () => {
    const restricted = await createMaterial('granted-leaflet', 'restricted', [people.partner.id])
    const own = `/api/materials/file/${restricted.filename}`
    await expectRefused(await call('GET', own, 'anonymous'), 'anonymous')
    await expectRefused(await call('GET', own, 'otherPartner'), 'a partner it was not granted to')
    for (const variant of [`/api/materials/file/.%2F${restricted.filename}`, `/api/materials/file/%2E%2F${restricted.filename}`, `/api/materials/file/x%2F..%2F${restricted.filename}`]) {
      await expectRefused(await call('GET', variant, 'otherPartner'), variant)
    }
    for (const who of ['partner', 'editor'] as const) {
      const response = await call('GET', own, who)
      expect(response.status, who).toBe(200)
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF')
    }
  })

  it('serves a public image only by the name of a record, never a stray file in the folder', async () => {
    fs.mkdirSync(path.join(t.dir, 'media'), { recursive: true })
    fs.writeFileSync(path.join(t.dir, 'media', 'stray.png'), 'not a record of ours')
    const stray = await call('GET', '/api/media/file/stray.png', 'anonymous')
    expect([403, 404]).toContain(stray.status)
  })

  it('keeps every upload collection in a folder of its own, none inside another', () => {
    const folders = t.payload.config.collections.filter((collection) => collection.upload).map((collection) => path.resolve(String(collection.upload.staticDir)))
    expect(folders.length).toBeGreaterThan(1)
    for (const folder of folders) {
      for (const other of folders) {
        if (other !== folder) expect(other.startsWith(folder + path.sep), `${other} is inside ${folder}`).toBe(false)
      }
    }
  })
})

describe('a data folder from an earlier version', () => {
  it('has its materials moved out of the media folder at start, and the old folder removed', () => {
    const materialsDir = String(t.payload.collections.materials.config.upload.staticDir)
    expect(fs.readFileSync(path.join(materialsDir, OLD_FILE), 'utf8')).toBe('%PDF-1.4 an old poster')
    expect(fs.existsSync(path.join(t.dir, 'media', 'materials'))).toBe(false)
  })

  it('serves a moved file to the people its record is for, and to nobody through the media address', async () => {
    const record = await t.payload.create({
      collection: 'materials',
      data: { title: 'Last year’s poster', type: 'poster', language: 'en', accessibleFormat: 'standard', accessLevel: 'partners', filename: OLD_FILE, mimeType: 'application/pdf' } as never,
    })
    expect(record.filename).toBe(OLD_FILE)
    expect((await call('GET', `/api/materials/file/${OLD_FILE}`, 'partner')).status).toBe(200)
    await expectRefused(await call('GET', `/api/materials/file/${OLD_FILE}`, 'anonymous'), 'anonymous')
    await expectRefused(await call('GET', `/api/media/file/materials%2F${OLD_FILE}`, 'anonymous'), 'through media')
  })
})
