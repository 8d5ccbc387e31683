import fs from 'node:fs'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import { walkMessageTo } from '@/collections/Messages/walk'

import { draftMessage } from '../helpers/messages'
import { createPeople, passwordOf, type People } from '../helpers/people'
import { qrCodesOnPoster } from '../helpers/posterQr'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The partner library over REST: who sees which material, downloads one at a time and as a kit, the counts,
// and uploads that are not what they claim.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People
const tokens: Record<string, string> = {}
const ids: Record<string, number> = {}

type Who = 'anonymous' | 'partner' | 'partner2' | 'editor' | 'admin'

async function call(method: string, url: string, who: Who, body?: FormData | object): Promise<Response> {
  const headers: Record<string, string> = tokens[who] ? { authorization: `JWT ${tokens[who]}` } : {}
  let payloadBody: BodyInit | undefined
  if (body instanceof FormData) payloadBody = body
  else if (body) {
    headers['content-type'] = 'application/json'
    payloadBody = JSON.stringify(body)
  }
  return fetch(api.url + url, { method, headers, body: payloadBody })
}

async function pdf(title: string): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.addPage([595.28, 841.89]).drawText(title, { x: 50, y: 780, size: 24 })
  doc.setTitle(title)
  return Buffer.from(await doc.save())
}

function upload(file: Buffer, name: string, type: string, data: object): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return form
}

async function createMaterial(key: string, level: 'public' | 'partners' | 'restricted', extra: object = {}) {
  const form = upload(await pdf(`Poster ${key}`), `${key}.pdf`, 'application/pdf', {
    title: `Poster ${key}`,
    type: 'poster',
    accessLevel: level,
    postText: `Feelings after a baby are common. Help is there. (${key})`,
    altText: `A poster that says: Feelings after a baby are common (${key})`,
    hashtags: '#KentFamilies',
    ...extra,
  })
  const response = await call('POST', '/api/materials', 'admin', form)
  expect(response.status, await response.clone().text()).toBe(201)
  ids[key] = (await response.json()).doc.id
}

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  const partner2 = await t.payload.create({
    collection: 'users',
    data: { name: 'Second partner', email: 'partner2@example.org', password: 'partner2-password-123', roles: ['partner'] },
  })
  await t.payload.update({ collection: 'users', id: people.partner.id, data: { organisationKind: 'family-hub', district: 'thanet' } })
  api = await startRestServer(t.payload.config)
  for (const who of ['partner', 'editor', 'admin'] as const) {
    const login = await call('POST', '/api/users/login', 'anonymous', { email: `${who}@example.org`, password: passwordOf(who) })
    tokens[who] = (await login.json()).token
  }
  const login = await call('POST', '/api/users/login', 'anonymous', { email: 'partner2@example.org', password: 'partner2-password-123' })
  tokens.partner2 = (await login.json()).token

  await createMaterial('open', 'public')
  await createMaterial('members', 'partners')
  await createMaterial('granted', 'restricted', { grantedTo: [people.partner.id] })
  void partner2
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

const titlesFor = async (who: Who) =>
  ((await (await call('GET', '/api/materials?limit=50&depth=0&sort=id', who)).json()).docs as { title: string }[]).map((doc) => doc.title)

describe('who sees which material', () => {
  it('shows visitors public materials, partners theirs, the team everything', async () => {
    expect(await titlesFor('anonymous')).toEqual(['Poster open'])
    expect(await titlesFor('partner')).toEqual(['Poster open', 'Poster members', 'Poster granted'])
    expect(await titlesFor('partner2')).toEqual(['Poster open', 'Poster members'])
    expect(await titlesFor('editor')).toEqual(['Poster open', 'Poster members', 'Poster granted'])
  })

  it('keeps the list of who was granted a material to admins', async () => {
    const asEditor = await (await call('GET', `/api/materials/${ids.granted}?depth=0`, 'editor')).json()
    expect(asEditor.grantedTo).toBeUndefined()
    const asAdmin = await (await call('GET', `/api/materials/${ids.granted}?depth=0`, 'admin')).json()
    expect(asAdmin.grantedTo).toEqual([people.partner.id])
  })

  it('serves files through the same rule', async () => {
    const file = `/api/materials/file/members.pdf`
    expect((await call('GET', file, 'anonymous')).status).toBe(403)
    expect((await call('GET', file, 'partner')).status).toBe(200)
    expect((await call('GET', `/api/materials/${ids.members}/download`, 'anonymous')).status).toBe(404)
  })

  it('refuses to let partners or reviewers add materials', async () => {
    const form = upload(await pdf('Mine'), 'mine.pdf', 'application/pdf', { title: 'Mine', type: 'poster' })
    expect((await call('POST', '/api/materials', 'partner', form)).status).toBe(403)
  })
})

describe('downloads', () => {
  it('sends the file and counts it by kind of organisation and district, never by person', async () => {
    const response = await call('GET', `/api/materials/${ids.open}/download`, 'partner')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="open.pdf"')
    const doc = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()))
    expect(doc.getTitle()).toBe('Poster open')
    await call('GET', `/api/materials/${ids.open}/download`, 'anonymous')
    await call('GET', `/api/materials/${ids.open}/download`, 'anonymous')

    const counts = await (await call('GET', '/api/download-counts?depth=0&limit=50', 'admin')).json()
    const rows = counts.docs.map((row: Record<string, unknown>) => [row.organisationKind, row.district ?? null, row.downloads])
    expect(rows).toEqual(expect.arrayContaining([['family-hub', 'thanet', 1], ['visitor', null, 2]]))
    expect(Object.keys(counts.docs[0])).not.toContain('user')
    expect((await call('GET', '/api/download-counts', 'editor')).status).toBe(403)
    expect((await call('POST', '/api/download-counts', 'admin', { material: ids.open, month: '2020-01', organisationKind: 'visitor', downloads: 999 })).status).toBe(403)
  })

  it('streams a kit as a zip with a README of the words to post, and only what this person may have', async () => {
    const kit = await call('POST', '/api/kits', 'editor', { title: 'Baby group starter kit', items: [ids.open, ids.members, ids.granted] })
    expect(kit.status).toBe(201)
    const { doc } = await kit.json()

    const forPartner2 = await call('GET', `/api/kits/${doc.slug}/download`, 'partner2')
    expect(forPartner2.status).toBe(200)
    expect(forPartner2.headers.get('content-type')).toBe('application/zip')
    const entries = await unzip(Buffer.from(await forPartner2.arrayBuffer()))
    expect(Object.keys(entries)).toEqual(['README.txt', 'open.pdf', 'members.pdf'])
    const readme = entries['README.txt'].toString('utf8')
    expect(readme).toContain('Baby group starter kit')
    expect(readme).toContain('Words to post with it:')
    expect(readme).toContain('Feelings after a baby are common. Help is there. (members)')
    expect(readme).toContain('A poster that says: Feelings after a baby are common (open)')
    expect(readme).toContain('Hashtags: #KentFamilies')
    expect(readme).toContain('/get-help')
    expect(readme).not.toContain('(granted)')
    // The files in the zip are the files, byte for byte.
    const original = await (await call('GET', `/api/materials/${ids.open}/download`, 'partner2')).arrayBuffer()
    expect(entries['open.pdf'].equals(Buffer.from(original))).toBe(true)

    const forVisitor = await unzip(Buffer.from(await (await call('GET', `/api/kits/${doc.slug}/download`, 'anonymous')).arrayBuffer()))
    expect(Object.keys(forVisitor)).toEqual(['README.txt', 'open.pdf'])
  })

  it('builds a kit from the materials someone picked', async () => {
    const response = await call('GET', `/api/materials/kit?items=${ids.granted},${ids.open}`, 'partner')
    expect(response.status).toBe(200)
    expect(Object.keys(await unzip(Buffer.from(await response.arrayBuffer())))).toEqual(['README.txt', 'granted.pdf', 'open.pdf'])
    expect((await call('GET', '/api/materials/kit?items=', 'partner')).status).toBe(400)
    expect((await call('GET', `/api/materials/kit?items=${ids.granted}`, 'anonymous')).status).toBe(403)
  })

  it('says which file is missing instead of sending a broken zip', async () => {
    await createMaterial('lost', 'public')
    fs.rmSync(path.join(t.dir, 'data', 'materials', 'lost.pdf'))
    const response = await call('GET', `/api/materials/kit?items=${ids.open},${ids.lost}`, 'anonymous')
    expect(response.status).toBe(409)
    expect((await response.json()).errors[0].message).toBe('This kit is missing files: Poster lost. Tell the campaign team; nothing was downloaded.')
  })
})

describe('a poster for a venue', () => {
  it('is made on request for a live message, with the venue on it and a QR code counted for that venue', async () => {
    const message = await draftMessage(t.payload, 'asking-for-help-is-safe')
    await walkMessageTo(t.payload, message.id, 'published')
    await t.payload.create({
      collection: 'venues',
      data: { name: 'Sheppey Family Hub', slug: 'sheppey-family-hub', kind: 'family-hub', district: 'swale', sessionTimes: 'Tuesdays 10 to 11:30', partners: [people.partner.id] },
    })
    const url = (query: string) => `/api/materials/poster?${query}`
    expect((await call('GET', url('message=asking-for-help-is-safe'), 'anonymous')).status).toBe(401)
    expect((await call('GET', url('message=asking-for-help-is-safe&size=A0'), 'partner')).status).toBe(400)
    expect((await call('GET', url('message=no-such-message'), 'partner')).status).toBe(404)
    // A partner makes posters only for the venues an admin linked them to.
    expect((await call('GET', url('message=asking-for-help-is-safe&venue=sheppey-family-hub'), 'partner2')).status).toBe(404)

    const response = await call('GET', url('message=asking-for-help-is-safe&venue=sheppey-family-hub&size=A3'), 'partner')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="asking-for-help-is-safe-sheppey-family-hub-A3.pdf"')
    const pdf = new Uint8Array(await response.arrayBuffer())
    expect((await PDFDocument.load(pdf)).getPage(0).getSize()).toEqual({ width: 841.89, height: 1190.55 })
    expect(await qrCodesOnPoster(pdf)).toEqual([`${t.payload.config.serverURL}/q/sheppey-family-hub/asking-for-help-is-safe`])
  })
})

describe('uploads that are not what they claim', () => {
  const refusedWith = async (form: FormData) => {
    const before = (await t.payload.count({ collection: 'materials' })).totalDocs
    const response = await call('POST', '/api/materials', 'admin', form)
    expect((await t.payload.count({ collection: 'materials' })).totalDocs, 'nothing stored').toBe(before)
    return { status: response.status, message: JSON.stringify(await response.json()) }
  }
  const meta = { title: 'Suspicious', type: 'poster' }

  it('refuses a file whose bytes are not the type its name and label claim', async () => {
    const result = await refusedWith(upload(Buffer.from('MZ this is really a program'), 'poster.pdf', 'application/pdf', meta))
    expect(result.status).toBe(400)
  })

  it('refuses an SVG, which can carry script', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const result = await refusedWith(upload(svg, 'card.svg', 'image/svg+xml', meta))
    expect(result.status).toBe(400)
  })

  it('refuses a truncated image and a decompression bomb, saying why', async () => {
    const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#7a3e6c' } }).png().toBuffer()
    const truncated = await refusedWith(upload(png.subarray(0, png.length - 200), 'cut.png', 'image/png', meta))
    expect(truncated.status).toBe(400)
    expect(truncated.message).toContain('could not be read as an image')

    // 20000 x 20000 pixels of one colour: a small file that would unpack to 1.6 GB.
    const bomb = await sharp({ create: { width: 20000, height: 20000, channels: 3, background: '#ffffff' }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    const refused = await refusedWith(upload(bomb, 'bomb.png', 'image/png', meta))
    expect(refused.status).toBe(400)
    expect(refused.message).toContain('20000 x 20000 pixels')
  })

  it('refuses a file over the size limit', async () => {
    const big = Buffer.concat([await pdf('Big'), Buffer.alloc(11 * 1024 * 1024, 32)])
    const result = await refusedWith(upload(big, 'big.pdf', 'application/pdf', meta))
    expect(result.status).toBe(413)
  })
})

/** The entries of a zip, in order, as buffers. */
function unzip(zip: Buffer): Promise<Record<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error || !archive) return reject(error)
      const entries: Record<string, Buffer> = {}
      archive.on('entry', (entry: yauzl.Entry) => {
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            entries[entry.fileName] = Buffer.concat(chunks)
            archive.readEntry()
          })
        })
      })
      archive.on('end', () => resolve(entries))
      archive.readEntry()
    })
  })
}

