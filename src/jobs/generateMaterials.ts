import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { loadSettings } from '@/config/settings'
import { withLease } from '@/leases/lease'
import { findApprovedMessage, MaterialsRefused, posterWordsOf } from '@/materials/approvedWords'
import { cardsForMessage, posterForMessage } from '@/materials/fromMessage'
import type { Material, Message } from '@/payload-types'
import { cardFileName } from '@/renderers'

import { jobsStopping } from './stopping'
import { ownRequest } from './task'

export const MATERIALS_TASK = 'generateMaterials'
export const MATERIALS_QUEUE = 'materials'

/** Bump when the renderers change how materials look, so every generated material is made again. */
const RENDERER_VERSION = '1'

/**
 * Keeps a message's generated materials (five share cards and an A4 poster) in step with its approved words.
 * Same inputs, same fingerprint: nothing is made twice. A message with no approved words left (archived,
 * expired, never approved) has its materials withdrawn.
 */
export async function generateMaterialsFor(payload: Payload, messageId: number | string, req?: PayloadRequest): Promise<Generated> {
  // Two jobs for one message (a burst of saves; two processes) would race to write the same materials: one at
  // a time, claimed in the database. The later one waits its turn, then finds the fingerprint already current.
  const run = await withLease(payload, `materials:${messageId}`, () => generate(payload, messageId, req), {
    waitMs: MATERIALS_WAIT_MS,
    keepWaiting: () => !jobsStopping(),
  })
  if (!run.held) {
    if (jobsStopping()) throw new Error(STOPPING_MESSAGE)
    throw new Error(`The materials for message ${messageId} are still being made elsewhere; this job tries again shortly.`)
  }
  return run.result
}

type Generated = { made: number; withdrawn: number }
/** Making one message's cards and poster takes a few seconds; waiting longer means something is stuck. */
const MATERIALS_WAIT_MS = 60_000

async function generate(payload: Payload, messageId: number | string, req?: PayloadRequest): Promise<Generated> {
  const existing = await generatedFor(payload, messageId, req)
  const latest = await payload.findByID({ collection: 'messages', id: messageId, draft: true, depth: 0, disableErrors: true, req })
  let message: Message
  try {
    if (!latest) throw new MaterialsRefused('the message is gone')
    message = await findApprovedMessage(payload, latest.slug, 'en')
  } catch (error) {
    if (!(error instanceof MaterialsRefused)) throw error
    await markStale(payload, existing, req)
    return { made: 0, withdrawn: existing.length }
  }
  const settings = loadSettings()
  const fingerprint = fingerprintOf(message, settings.publicUrl)
  const current = existing.filter((material) => material.generatedFrom?.fingerprint === fingerprint)
  if (current.length === 6) {
    await markFresh(payload, current, req)
    return { made: 0, withdrawn: 0 }
  }

  stopIfAsked()
  const { cards, postText } = await cardsForMessage(payload, message, 'en', settings)
  const poster = await posterForMessage(payload, message, 'en', { publicUrl: settings.publicUrl, size: 'A4' })
  const common = {
    themes: (message.themes ?? []).map((theme) => (typeof theme === 'object' ? theme.id : theme)),
    audiences: message.audiences,
    language: 'en' as const,
    accessibleFormat: 'standard' as const,
    messages: [message.id],
    // Approved or scheduled words are not public yet: until the message is live only the team sees these.
    accessLevel: message._status === 'published' && message.workflow?.state === 'published' ? ('public' as const) : ('restricted' as const),
    hashtags: (message.renditions?.social ?? []).flatMap((post) => post.hashtags ?? []).filter((tag, index, all) => all.indexOf(tag) === index).join(' ') || undefined,
  }
  for (const card of cards) {
    const name = cardFileName(message.slug, card.size)
    stopIfAsked()
    await upsert(payload, existing, req, `card-${card.size.name}`, {
      ...common,
      title: `Share card (${card.size.width} x ${card.size.height}, ${card.size.use}): ${message.title}`,
      slug: name.replace(/\.png$/, ''),
      type: 'social-image',
      postText,
      altText: card.alt,
      generatedFrom: { message: message.id, variant: `card-${card.size.name}`, fingerprint, stale: false },
    }, { data: card.png, mimetype: 'image/png', name, size: card.png.length })
  }
  const posterName = `${message.slug}-poster-A4.pdf`
  stopIfAsked()
  await upsert(payload, existing, req, 'poster-A4', {
    ...common,
    title: `Poster (A4): ${message.title}`,
    slug: `${message.slug}-poster-a4`,
    type: 'poster',
    summary: 'Print on A4. The QR code opens the message on the campaign site.',
    generatedFrom: { message: message.id, variant: 'poster-A4', fingerprint, stale: false },
  }, { data: Buffer.from(poster.pdf), mimetype: 'application/pdf', name: posterName, size: poster.pdf.length })
  return { made: 6, withdrawn: 0 }
}

/**
 * A process that is stopping ends a run between two materials rather than hold up its shutdown: the job fails
 * this try and runs again (here after a restart, or in another process); what was made stands, and the
 * fingerprint makes the rest.
 */
function stopIfAsked() {
  if (jobsStopping()) throw new Error(STOPPING_MESSAGE)
}

const STOPPING_MESSAGE = 'This process is stopping; the materials are made on the next try.'

/** The approved words, the photo and the campaign's address: what the materials show. */
function fingerprintOf(message: Message, publicUrl: string): string {
  const photo = message.renditions?.social?.find((post) => post.image)
  const inputs = {
    renderer: RENDERER_VERSION,
    words: posterWordsOf(message),
    posts: (message.renditions?.social ?? []).map((post) => [post.text, post.imageAlt, post.hashtags]),
    photo: photo?.image ?? null,
    updatedAt: message.updatedAt,
    publicUrl,
  }
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex')
}

async function generatedFor(payload: Payload, messageId: number | string, req?: PayloadRequest): Promise<Material[]> {
  const { docs } = await payload.find({ collection: 'materials', where: { 'generatedFrom.message': { equals: messageId } }, depth: 0, limit: 50, req })
  return docs
}

async function upsert(
  payload: Payload,
  existing: Material[],
  req: PayloadRequest | undefined,
  variant: string,
  data: Partial<Material>,
  file: { data: Buffer; mimetype: string; name: string; size: number },
) {
  const found = existing.find((material) => material.generatedFrom?.variant === variant)
  if (found) await payload.update({ collection: 'materials', id: found.id, data, file, req })
  else await payload.create({ collection: 'materials', data: data as Material, file, req })
}

async function markStale(payload: Payload, materials: Material[], req?: PayloadRequest) {
  for (const material of materials.filter((item) => !item.generatedFrom?.stale)) {
    await payload.update({ collection: 'materials', id: material.id, data: { generatedFrom: { ...material.generatedFrom, stale: true } }, req })
  }
}

async function markFresh(payload: Payload, materials: Material[], req?: PayloadRequest) {
  for (const material of materials.filter((item) => item.generatedFrom?.stale)) {
    await payload.update({ collection: 'materials', id: material.id, data: { generatedFrom: { ...material.generatedFrom, stale: false } }, req })
  }
}

export const generateMaterialsTask: TaskConfig<'generateMaterials'> = {
  slug: MATERIALS_TASK,
  label: "Make a message's share cards and poster from its approved words",
  inputSchema: [{ name: 'messageId', type: 'text', required: true }],
  outputSchema: [
    { name: 'made', type: 'number' },
    { name: 'withdrawn', type: 'number' },
  ],
  retries: 2,
  handler: ownRequest(
    (req, input: { messageId: string }) => generateMaterialsFor(req.payload, input.messageId),
    () => ({ made: 0, withdrawn: 0 }),
  ),
}
