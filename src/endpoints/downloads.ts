import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { Endpoint, PayloadRequest } from 'payload'

import { countDownload, countedAs } from '@/collections/DownloadCounts/count'
import { isActivePartner } from '@/collections/Materials/access'
import { isTeamMember } from '@/domain/roles'
import { findApprovedMessage } from '@/materials/approvedWords'
import { posterForMessage } from '@/materials/fromMessage'
import type { AwarenessDate, Material, Venue } from '@/payload-types'
import { isPosterSize } from '@/renderers'

import { queryOf } from './forms'
import { problem } from './problem'
import { kitArchive, zipEntryNames } from '@/materials/kitArchive'
import { kitReadme } from '@/materials/readme'

// Downloads from the partner library: one material, a ready-made kit, or the materials someone picked. Every
// read goes through the materials' access rule as the person asking, and every download is counted.


/** GET /api/materials/:id/download */
export const downloadMaterial: Endpoint = {
  path: '/:id/download',
  method: 'get',
  handler: async (req) => {
    const [material] = await visibleMaterials(req, [String(req.routeParams?.id)])
    if (!material) return problem(404, 'There is no material here, or you need to sign in as a partner to download it.')
    if (!material.filename) return problem(409, `"${material.title}" has no file yet. Tell the campaign team.`)
    const file = fileOf(req, material)
    if (!(await exists(file))) return problem(409, `The file for "${material.title}" is missing. Tell the campaign team.`)
    await countDownload(req.payload, material.id, countedAs(req.user))
    return new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream, {
      headers: {
        'content-type': material.mimeType ?? 'application/octet-stream',
        'content-disposition': attachment(material.filename),
        ...(material.filesize ? { 'content-length': String(material.filesize) } : {}),
        'cache-control': 'private, no-store',
      },
    })
  },
}

/** GET /api/kits/:id/download (id or address): the kit's materials this person may have, with a README. */
export const downloadKit: Endpoint = {
  path: '/:id/download',
  method: 'get',
  handler: async (req) => {
    const key = String(req.routeParams?.id)
    // Depth 0 keeps the kit's own order of items; each is then read as the person asking.
    const { docs } = await req.payload.find({
      collection: 'kits',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: req.user,
      where: /^\d+$/.test(key) ? { or: [{ id: { equals: Number(key) } }, { slug: { equals: key } }] } : { slug: { equals: key } },
    })
    const kit = docs[0]
    if (!kit) return problem(404, 'There is no kit at this address.')
    const ids = (kit.items ?? []).map((item) => String(typeof item === 'object' ? item.id : item))
    const momentId = typeof kit.moment === 'object' && kit.moment ? kit.moment.id : kit.moment
    const moment = momentId ? await req.payload.findByID({ collection: 'awareness-dates', id: momentId, depth: 0, disableErrors: true }) ?? undefined : undefined
    return zipResponse(req, { title: kit.title, slug: kit.slug ?? `kit-${kit.id}`, ids, moment })
  },
}

/** GET /api/materials/kit?items=1&items=2 (or items=1,2): a kit of the materials someone ticked in the library. */
export const downloadPickedKit: Endpoint = {
  path: '/kit',
  method: 'get',
  handler: async (req) => {
    // A GET form with ticked boxes sends items=1&items=2; a link may say items=1,2.
    const raw = queryOf(req).getAll('items').join(',')
    const ids = [...new Set(raw.split(',').map((id) => id.trim()).filter((id) => /^\d{1,12}$/.test(id)))].slice(0, 50)
    if (ids.length === 0) return problem(400, 'Choose at least one material: ?items=1,2,3')
    return zipResponse(req, { title: 'Your campaign kit', slug: 'campaign-kit', ids })
  },
}

type KitRequest = { title: string; slug: string; ids: string[]; moment?: AwarenessDate }

async function zipResponse(req: PayloadRequest, kit: KitRequest): Promise<Response> {
  const materials = (await visibleMaterials(req, kit.ids)).filter((material) => material.filename)
  if (materials.length === 0) {
    return problem(req.user ? 404 : 403, 'None of these materials can be downloaded here. Partners can sign in to see more.')
  }
  // Check every file before the first byte goes out: a zip cannot take back a file it promised.
  const missing: string[] = []
  for (const material of materials) if (!(await exists(fileOf(req, material)))) missing.push(material.title)
  if (missing.length > 0) return problem(409, `This kit is missing files: ${missing.join(', ')}. Tell the campaign team; nothing was downloaded.`)

  const names = zipEntryNames(materials.map((material) => material.filename!))
  const settings = await req.payload.findGlobal({ slug: 'campaign-settings', depth: 0 })
  const readme = kitReadme({
    kitTitle: kit.title,
    campaignName: settings.campaignName,
    siteUrl: req.payload.config.serverURL,
    dates: kit.moment ? [{ name: kit.moment.name, when: whenOf(kit.moment) }] : [],
    items: materials.map((material, index) => ({
      fileName: names[index],
      title: material.title,
      type: material.type,
      sizeBytes: material.filesize,
      postText: material.postText,
      altText: material.altText,
      hashtags: material.hashtags,
    })),
  })
  const newest = new Date(Math.max(...materials.map((material) => Date.parse(material.updatedAt))))
  const who = countedAs(req.user)
  for (const material of materials) await countDownload(req.payload, material.id, who)
  const zip = kitArchive(
    materials.map((material, index) => ({ name: names[index], path: fileOf(req, material) })),
    readme,
    newest,
  )
  return new Response(Readable.toWeb(zip) as ReadableStream, {
    headers: { 'content-type': 'application/zip', 'content-disposition': attachment(`${kit.slug}.zip`), 'cache-control': 'private, no-store' },
  })
}

/** The materials among these ids that this person may download, in the order asked. */
async function visibleMaterials(req: PayloadRequest, ids: string[]): Promise<Material[]> {
  const numeric = ids.filter((id) => /^\d+$/.test(id)).map(Number)
  if (numeric.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'materials',
    depth: 0,
    limit: numeric.length,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    where: { id: { in: numeric } },
  })
  return numeric.map((id) => docs.find((doc) => doc.id === id)).filter((doc): doc is Material => Boolean(doc))
}

function fileOf(req: PayloadRequest, material: Material): string {
  const staticDir = req.payload.collections.materials.config.upload.staticDir as string
  return path.join(staticDir, path.basename(material.filename ?? ''))
}

const exists = (file: string) => fs.promises.stat(file).then((stat) => stat.isFile(), () => false)

const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.\- ()]/g, '_')}"`

const whenOf = (moment: AwarenessDate) =>
  moment.date ? new Date(moment.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : (moment.rule ?? '')

/**
 * GET /api/materials/poster?message=<slug>&size=A4|A3&venue=<slug>: a poster of a live message made there and
 * then, with a venue's name, session times and its own QR code. For signed-in partners (for the venues an admin
 * linked them to) and the comms team.
 */
export const downloadVenuePoster: Endpoint = {
  path: '/poster',
  method: 'get',
  handler: async (req) => {
    const team = isTeamMember(req.user)
    if (!team && !isActivePartner(req.user)) return problem(req.user ? 403 : 401, 'Sign in as a partner to make a poster for your venue.')
    const query = queryOf(req)
    const size = (query.get('size') ?? 'A4').toUpperCase()
    if (!isPosterSize(size)) return problem(400, 'Choose a poster size: A4 or A3.')
    const slug = query.get('message') ?? ''
    const live = await req.payload.find({ collection: 'messages', where: { slug: { equals: slug } }, overrideAccess: false, depth: 0, limit: 1 })
    if (!live.docs[0]) return problem(404, 'There is no live message at that address.')
    const venueSlug = query.get('venue')
    let venue: Venue | undefined
    if (venueSlug) {
      venue = (await req.payload.find({ collection: 'venues', where: { slug: { equals: venueSlug } }, depth: 0, limit: 1 })).docs[0]
      const partnerIds = (venue?.partners ?? []).map((partner) => (typeof partner === 'object' ? partner.id : partner))
      if (!venue || (!team && !partnerIds.includes(req.user!.id as number))) return problem(404, 'That venue is not one of yours. Ask the campaign team to link you to it.')
    }
    const message = await findApprovedMessage(req.payload, live.docs[0].slug, 'en')
    const poster = await posterForMessage(req.payload, message, 'en', { publicUrl: req.payload.config.serverURL, size, venue })
    const name = [message.slug, venue?.slug, size].filter(Boolean).join('-')
    return new Response(Buffer.from(poster.pdf), {
      headers: { 'content-type': 'application/pdf', 'content-disposition': attachment(`${name}.pdf`), 'cache-control': 'private, no-store' },
    })
  },
}
