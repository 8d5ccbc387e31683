import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload, type Where } from 'payload'

import type { SiteLocale } from '@/i18n/siteWords'
import type { Message, User } from '@/payload-types'
import { showsContent, showsPrivateContent } from '@/site/renderRecord'
import { rememberRead } from '@/site/siteData'
import { DADS_MESSAGES_TAG, documentTags, listTag, SETTINGS_TAG, themeMessagesTag } from '@/site/tags'
import type { TranslationState } from '@/workflow/translations'

// The public site's reads. Visitors read with visitor access (overrideAccess: false, no user), so the site can
// never show a draft even if a page forgets to filter. An editor in preview mode reads as themselves, with
// drafts, so they see unpublished and scheduled wording exactly as it will look.
//
// Each read notes what the page shows (src/site/tags.ts): every document, and every list it was read from,
// so a change refreshes only the pages that show it. A preview is noted as private, and is never kept.

type Reader = {
  payload: Payload
  options: { overrideAccess: false; locale: SiteLocale; fallbackLocale: 'en'; draft: boolean; user?: unknown }
  /** Narrows message lists: visitors' access already does this; previews leave out retired messages. */
  liveMessages: Where
  preview: boolean
}

async function readerFor(locale: SiteLocale): Promise<Reader> {
  const payload = await getPayload({ config })
  const base = { overrideAccess: false, locale, fallbackLocale: 'en', draft: false } as const
  const visitor: Reader = { payload, options: base, liveMessages: {}, preview: false }
  // draftMode() keeps a page static for visitors; only an editor's preview cookie makes it per request.
  if (!(await draftMode()).isEnabled) return asVisitor(visitor)
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return asVisitor(visitor)
  showsPrivateContent()
  return {
    payload,
    options: { ...base, draft: true, user },
    liveMessages: { 'workflow.state': { not_in: ['archived', 'expired'] } },
    preview: true,
  }
}

function asVisitor(reader: Reader): Reader {
  showsContent()
  return reader
}

export async function isPreview(locale: SiteLocale): Promise<boolean> {
  return (await readerFor(locale)).preview
}

export async function getHomeContent(locale: SiteLocale) {
  const { payload, options, liveMessages } = await readerFor(locale)
  const [settings, themes, messages, helpRoutes] = await Promise.all([
    payload.findGlobal({ slug: 'campaign-settings', ...options, depth: 0 }),
    payload.find({ collection: 'themes', ...options, depth: 0, limit: 20, sort: 'title' }),
    payload.find({ collection: 'messages', ...options, depth: 0, limit: 12, sort: '-updatedAt', where: liveMessages }),
    payload.find({
      collection: 'services',
      ...options,
      depth: 0,
      limit: 3,
      where: { slug: { in: ['emergency-999', 'nhs-111', 'perinatal-mental-health-helpline'] } },
    }),
  ])
  const inEnglish = await untranslated(payload, locale, { themes: themes.docs, services: helpRoutes.docs, messages: messages.docs })
  showsContent(SETTINGS_TAG, listTag('themes'), listTag('messages'), listTag('services'))
  return { settings, themes: themes.docs, messages: messages.docs, helpRoutes: helpRoutes.docs, inEnglish }
}

export async function getMessage(locale: SiteLocale, slug: string) {
  const { payload, options } = await readerFor(locale)
  const { docs } = await payload.find({ collection: 'messages', ...options, depth: 2, limit: 1, where: { slug: { equals: slug } } })
  showsContent(...documentTags('messages', docs), ...signpostedServices(docs))
  return docs[0]
}

/**
 * The whole registry as a visitor sees it. Cached, because the filtered directory is made per request (its
 * address carries the filters) and should still never wait for the database.
 */
export function getServices(locale: SiteLocale) {
  const read = async () => {
    const payload = await getPayload({ config })
    const { docs } = await payload.find({ collection: 'services', overrideAccess: false, locale, fallbackLocale: 'en', depth: 0, limit: 500, sort: 'name' })
    return { services: docs, inEnglish: [...(await untranslated(payload, locale, { services: docs }))] }
  }
  return rememberRead(`services:${locale}`, [listTag('services')], read)
}

/**
 * The library as a visitor sees it: public materials, kits and themes. Cached like the registry, because the
 * filtered library is made per request.
 */
export function getLibrary() {
  const read = async () => libraryAs(await getPayload({ config }))
  return rememberRead('library', [listTag('materials'), listTag('kits'), listTag('themes')], read)
}

/** Materials, kits and themes as one person may see them (no user: as a visitor). */
async function libraryAs(payload: Payload, user?: User) {
  const asThem = { overrideAccess: false, user, depth: 0, limit: 500, pagination: false } as const
  const [materials, kits, themes] = await Promise.all([
    payload.find({ collection: 'materials', ...asThem, depth: 1, sort: 'title' }),
    payload.find({ collection: 'kits', ...asThem, sort: 'title' }),
    payload.find({ collection: 'themes', ...asThem, sort: 'title' }),
  ])
  return { materials: materials.docs, kits: kits.docs, themes: themes.docs }
}

/** The library as this signed-in person may see it, or nothing if they are not an active partner or team member. */
export async function getLibraryFor(requestHeaders: Headers) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: requestHeaders })
  if (!user) return undefined
  const [library, messages, venues] = await Promise.all([
    libraryAs(payload, user),
    payload.find({ collection: 'messages', overrideAccess: false, depth: 0, limit: 200, sort: 'title', select: { title: true, slug: true } }),
    // Partners cannot read venues; these are only the ones an admin linked to this person, for their posters.
    payload.find({ collection: 'venues', depth: 0, limit: 50, sort: 'name', where: { partners: { contains: user.id } }, select: { name: true, slug: true } }),
  ])
  return {
    user,
    library,
    messages: messages.docs,
    venues: venues.docs,
  }
}

export async function getPublishedMessages(locale: SiteLocale) {
  const { payload, options, liveMessages } = await readerFor(locale)
  const { docs } = await payload.find({ collection: 'messages', ...options, depth: 1, limit: 200, where: liveMessages })
  showsContent(listTag('messages'), ...signpostedServices(docs))
  return docs
}

export async function getTheme(locale: SiteLocale, slug: string) {
  const { payload, options, liveMessages } = await readerFor(locale)
  const { docs } = await payload.find({ collection: 'themes', ...options, depth: 0, limit: 1, where: { slug: { equals: slug } } })
  const theme = docs[0]
  if (!theme) return undefined
  showsContent(...documentTags('themes', [theme]), themeMessagesTag(theme.id))
  const messages = await payload.find({
    collection: 'messages',
    ...options,
    depth: 0,
    limit: 50,
    where: { and: [{ themes: { contains: theme.id } }, liveMessages] },
  })
  const inEnglish = await untranslated(payload, locale, { themes: [theme], messages: messages.docs })
  showsContent(...documentTags('messages', messages.docs))
  return { theme, messages: messages.docs, inEnglish }
}

export async function getForDads(locale: SiteLocale) {
  const { payload, options, liveMessages } = await readerFor(locale)
  const [messages, services] = await Promise.all([
    payload.find({
      collection: 'messages',
      ...options,
      depth: 0,
      limit: 50,
      where: { and: [{ audiences: { contains: 'dads-and-co-parents' } }, liveMessages] },
    }),
    payload.find({ collection: 'services', ...options, depth: 0, limit: 100, sort: 'name', where: { acceptsDadsAndCoParents: { equals: true } } }),
  ])
  const inEnglish = await untranslated(payload, locale, { messages: messages.docs, services: services.docs })
  showsContent(DADS_MESSAGES_TAG, ...documentTags('messages', messages.docs), listTag('services'))
  return { messages: messages.docs, services: services.docs, inEnglish }
}

export async function getSitemapEntries() {
  const payload = await getPayload({ config })
  const visitor = { overrideAccess: false, depth: 0, limit: 500 } as const
  const [themes, messages] = await Promise.all([
    payload.find({ collection: 'themes', ...visitor }),
    payload.find({ collection: 'messages', ...visitor }),
  ])
  return { serverURL: payload.config.serverURL, themes: themes.docs, messages: messages.docs }
}

/** The services a page shows through its messages' "when to seek help" cards. */
function signpostedServices(messages: Message[]): string[] {
  const services = messages.flatMap((message) => message.signposts ?? []).flatMap(({ service }) => (typeof service === 'object' && service ? [service] : []))
  return documentTags('services', services)
}

/** How far a message is translated into a locale, as its translation tracking recorded it. */
export function translationOf(message: Message, locale: SiteLocale): TranslationState {
  if (locale === 'en') return 'complete'
  const status = message.translationStatus as Partial<Record<SiteLocale, TranslationState>> | null | undefined
  return status?.[locale] ?? 'missing'
}

/** Ids of the documents on a page that have no words of their own in this locale and so show in English. */
export type InEnglish = ReadonlySet<number | string>

type Shown = { themes?: { id: number | string }[]; services?: { id: number | string }[]; messages?: Message[] }

async function untranslated(payload: Payload, locale: SiteLocale, shown: Shown): Promise<InEnglish> {
  const ids = new Set<number | string>()
  if (locale === 'en') return ids
  // Messages keep their own translation status; anything short of complete shows English somewhere.
  for (const message of shown.messages ?? []) {
    if (translationOf(message, locale) !== 'complete') ids.add(message.id)
  }
  // Themes and services: read the name in this locale with no fallback; an empty one means English is shown.
  const lookups = [
    { collection: 'themes', field: 'title', docs: shown.themes },
    { collection: 'services', field: 'name', docs: shown.services },
  ] as const
  for (const { collection, field, docs } of lookups) {
    if (!docs?.length) continue
    const own = await payload.find({
      collection,
      locale,
      fallbackLocale: 'none',
      depth: 0,
      limit: docs.length,
      pagination: false,
      select: { [field]: true },
      where: { id: { in: docs.map((doc) => doc.id) } },
    })
    const translated = new Set<number | string>(
      own.docs.filter((doc) => String((doc as unknown as Record<string, unknown>)[field] ?? '').trim()).map((doc) => doc.id),
    )
    for (const doc of docs) if (!translated.has(doc.id)) ids.add(doc.id)
  }
  return ids
}
