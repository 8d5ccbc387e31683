import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { loadSettings } from '@/config/settings'
import { withLease } from '@/leases/lease'
import { findApprovedMessage, MaterialsRefused, posterWordsOf } from '@/materials/approvedWords'
import { cardsForMessage, posterForMessage, talkingPointsOf } from '@/materials/fromMessage'
import { posterThumbnail } from '@/materials/posterThumbnail'
import { defaultSiteLocale, siteLocales, type SiteLocale } from '@/i18n/siteWords'
import type { Material, Message } from '@/payload-types'
import { cardFileName, cardSizes, materialWords } from '@/renderers'

import { jobsStopping } from './stopping'
import { ownRequest } from './task'

export const MATERIALS_TASK = 'generateMaterials'
export const MATERIALS_QUEUE = 'materials'

/** Bump when the renderers change how materials look, so every generated material is made again. */
const RENDERER_VERSION = '2'

/**
 * Keeps a message's generated materials (five share cards and an A4 poster, in English and in every language
 * whose translation is complete and approved, with talking points for a translation) in step with its
 * approved words. Same inputs, same fingerprint: nothing is made twice. A message with no approved words left (archived,
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
  const total: Generated = { made: 0, withdrawn: 0 }
  // English first: a message with no approved English words has none in any language either.
  for (const locale of siteLocales) {
    const mine = existing.filter((material) => (material.language ?? defaultSiteLocale) === locale)
    const result = latest ? await generateIn(payload, latest, locale, mine, req) : await withdraw(payload, mine, req)
    total.made += result.made
    total.withdrawn += result.withdrawn
  }
  return total
}

const withdraw = async (payload: Payload, materials: Material[], req?: PayloadRequest): Promise<Generated> => {
  await markStale(payload, materials, req)
  return { made: 0, withdrawn: materials.length }
}

/**
 * One language's materials: made when the message's words in that language are approved and, for a
 * translation, complete; withdrawn when they are not (a later edit, a translation gone stale).
 */
async function generateIn(payload: Payload, latest: Message, locale: SiteLocale, existing: Material[], req?: PayloadRequest): Promise<Generated> {
  let message: Message
  try {
    message = await findApprovedMessage(payload, latest.slug, locale)
  } catch (error) {
    if (!(error instanceof MaterialsRefused)) throw error
    return withdraw(payload, existing, req)
  }
  const settings = loadSettings()
  // A translation hangs from the English version of the same thing, so the library shows them side by side.
  const english = locale === defaultSiteLocale ? undefined : await englishVersions(payload, message.id, req)
  // English talking points are written by the team (the seed's, an editor's upload); a finished translation
  // gets its own beside them, made from the translated one-minute conversation.
  const withTalkingPoints = Boolean(english?.['talking-points'])
  const variants = [...cardSizes.map((size) => `card-${size.name}`), 'poster-A4', ...(withTalkingPoints ? ['talking-points'] : [])]
  const fingerprint = fingerprintOf(message, locale, settings.publicUrl, await photoOf(payload, message, req))
  const current = existing.filter((material) => material.generatedFrom?.fingerprint === fingerprint)
  const accessLevel = accessLevelOf(message)
  if (variants.every((variant) => current.some((material) => material.generatedFrom?.variant === variant))) {
    await markFresh(payload, current, accessLevel, req)
    return { made: 0, withdrawn: 0 }
  }

  stopIfAsked()
  const words = materialWords[locale]
  const { cards, postText } = await cardsForMessage(payload, message, locale, settings)
  const poster = await posterForMessage(payload, message, locale, { publicUrl: settings.publicUrl, size: 'A4' })
  const inLanguage = locale === defaultSiteLocale ? '' : `-${locale}`
  const common = {
    themes: (message.themes ?? []).map((theme) => (typeof theme === 'object' ? theme.id : theme)),
    audiences: message.audiences,
    language: locale,
    accessibleFormat: 'standard' as const,
    messages: [message.id],
    accessLevel,
    hashtags: (message.renditions?.social ?? []).flatMap((post) => post.hashtags ?? []).filter((tag, index, all) => all.indexOf(tag) === index).join(' ') || undefined,
  }
  const generatedFrom = (variant: string) => ({
    generatedFrom: { message: message.id, variant, fingerprint, stale: false },
    ...(english ? { standardVersion: english[variant] } : {}),
  })
  for (const card of cards) {
    const name = cardFileName(`${message.slug}${inLanguage}`, card.size)
    stopIfAsked()
    await upsert(payload, existing, req, `card-${card.size.name}`, {
      ...common,
      title: `${words.materialTitles.card} (${card.size.width} x ${card.size.height}, ${card.size.use}): ${message.title}`,
      slug: name.replace(/\.png$/, ''),
      type: 'social-image',
      postText,
      altText: card.alt,
      ...generatedFrom(`card-${card.size.name}`),
    }, { data: card.png, mimetype: 'image/png', name, size: card.png.length })
  }
  const posterName = `${message.slug}${inLanguage}-poster-A4.pdf`
  stopIfAsked()
  await upsert(payload, existing, req, 'poster-A4', {
    ...common,
    title: `${words.materialTitles.poster} (A4): ${message.title}`,
    slug: `${message.slug}${inLanguage}-poster-a4`,
    type: 'poster',
    summary: words.materialTitles.posterSummary,
    ...generatedFrom('poster-A4'),
  }, { data: Buffer.from(poster.pdf), mimetype: 'application/pdf', name: posterName, size: poster.pdf.length })
  await showPosterPicture(payload, message.slug + inLanguage, accessLevel, req)
  if (!withTalkingPoints) return { made: variants.length, withdrawn: 0 }
  stopIfAsked()
  const text = talkingPointsOf(message, locale, settings.publicUrl)
  const talkingPointsName = `talking-points-${message.slug}${inLanguage}.txt`
  await upsert(payload, existing, req, 'talking-points', {
    ...common,
    title: `${words.materialTitles.talkingPoints}: ${message.title}`,
    slug: talkingPointsName.replace(/\.txt$/, ''),
    type: 'talking-points',
    summary: words.materialTitles.talkingPointsSummary,
    postText,
    ...generatedFrom('talking-points'),
  }, { data: Buffer.from(text, 'utf8'), mimetype: 'text/plain', name: talkingPointsName, size: Buffer.byteLength(text) })
  return { made: variants.length, withdrawn: 0 }
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

/**
 * The approved words in one language, the photo and the campaign's address: what the materials show. Not the
 * message's save time: a save that changes none of these (a note, a review date) makes nothing again.
 */
function fingerprintOf(message: Message, locale: SiteLocale, publicUrl: string, photo: string | null): string {
  const inputs = {
    renderer: RENDERER_VERSION,
    locale,
    words: posterWordsOf(message),
    posts: (message.renditions?.social ?? []).map((post) => [post.text, post.imageAlt, post.hashtags]),
    talkingPoints: locale === defaultSiteLocale ? null : talkingPointsOf(message, locale, publicUrl),
    photo,
    publicUrl,
  }
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex')
}

/** The photo the cards show, as the file and the point they are cropped around. */
async function photoOf(payload: Payload, message: Message, req?: PayloadRequest): Promise<string | null> {
  const image = message.renditions?.social?.find((post) => post.image)?.image
  if (!image) return null
  const id = typeof image === 'object' ? image.id : image
  const media = await payload.findByID({ collection: 'media', id, depth: 0, disableErrors: true, req })
  return media ? JSON.stringify([media.id, media.filename, media.filesize, media.focalX, media.focalY, media.alt, media.decorative]) : `missing:${id}`
}

/** The English materials a translation's materials are versions of, by variant. */
async function englishVersions(payload: Payload, messageId: number | string, req?: PayloadRequest): Promise<Record<string, number | undefined>> {
  const { docs } = await payload.find({
    collection: 'materials',
    where: { and: [{ messages: { contains: messageId } }, { language: { equals: defaultSiteLocale } }] },
    depth: 0,
    limit: 50,
    req,
  })
  const byVariant: Record<string, number | undefined> = {}
  for (const material of docs) {
    const variant = material.generatedFrom?.message ? material.generatedFrom.variant : material.type === 'talking-points' ? 'talking-points' : undefined
    if (variant && !byVariant[variant]) byVariant[variant] = material.id
  }
  return byVariant
}

async function generatedFor(payload: Payload, messageId: number | string, req?: PayloadRequest): Promise<Material[]> {
  const { docs } = await payload.find({ collection: 'materials', where: { 'generatedFrom.message': { equals: messageId } }, depth: 0, limit: 50, req })
  return docs
}

/** Matched by variant within one language's materials (the caller passes only that language's). */
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

/** Approved or scheduled words are not public yet: until the message is live only the team sees its materials. */
const accessLevelOf = (message: Message) =>
  message._status === 'published' && message.workflow?.state === 'published' ? ('public' as const) : ('restricted' as const)

/** Current materials come back, and open to visitors once their message goes live (a scheduled one, published). */
async function markFresh(payload: Payload, materials: Material[], accessLevel: Material['accessLevel'], req?: PayloadRequest) {
  for (const material of materials.filter((item) => item.generatedFrom?.stale || item.accessLevel !== accessLevel)) {
    await payload.update({ collection: 'materials', id: material.id, data: { accessLevel, generatedFrom: { ...material.generatedFrom, stale: false } }, req })
  }
  const poster = materials.find((material) => material.generatedFrom?.variant === 'poster-A4')
  if (poster && !poster.thumbnail) await showPosterPicture(payload, poster.slug?.replace(/-poster-a4$/, '') ?? String(poster.id), accessLevel, req)
}

/**
 * The library's picture of a poster's first page, kept in the media library. Pictures there are public, so a
 * poster gets one only once its words are (its message is live); a new poster replaces the old picture.
 */
async function showPosterPicture(payload: Payload, name: string, accessLevel: Material['accessLevel'], req?: PayloadRequest) {
  if (accessLevel !== 'public') return
  const slug = `${name}-poster-a4`
  const poster = (await payload.find({ collection: 'materials', where: { slug: { equals: slug } }, depth: 0, limit: 1, req })).docs[0]
  if (!poster?.filename) return
  const pdf = await fs.promises.readFile(path.join(loadSettings().materialsDir, poster.filename)).catch(() => undefined)
  const png = pdf && (await posterThumbnail(new Uint8Array(pdf)))
  if (!png) return
  const picture = await payload.create({
    collection: 'media',
    // It sits beside the poster's title, which says what it is: decorative for screen readers.
    data: { alt: '', decorative: true },
    file: { data: png, mimetype: 'image/png', name: `${slug}-first-page.png`, size: png.length },
    req,
  })
  const previous = typeof poster.thumbnail === 'object' ? poster.thumbnail?.id : poster.thumbnail
  await payload.update({ collection: 'materials', id: poster.id, data: { thumbnail: picture.id }, req })
  if (previous) await payload.delete({ collection: 'media', id: previous, req })
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
