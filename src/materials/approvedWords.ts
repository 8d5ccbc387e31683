// What every maker of materials (the commands, the job that keeps generated materials current) shares:
// finding a message's approved words, the venue, and the campaign's name, and why something cannot be made.
import type { Payload } from 'payload'

import type { Message, Venue } from '../payload-types'

import { posterChannel } from '../channels/poster'
import { defaultSiteLocale, isSiteLocale, siteLocales, type SiteLocale } from '../i18n/siteWords'
import { approvedStates, type WorkflowState } from '../workflow/states'
import type { TranslationState } from '../workflow/translations'

/** A reason the materials cannot be made, for the person at the keyboard: printed as one line, exit 1. */
export class MaterialsRefused extends Error {
  override name = 'MaterialsRefused'
}


const stateInWords: Record<WorkflowState, string> = {
  draft: 'is a draft',
  in_review: 'is in review',
  approved: 'is approved',
  scheduled: 'is scheduled',
  published: 'is published',
  expired: 'has expired (it is past its review date)',
  archived: 'is archived',
}

// Expired and archived messages make no new materials.
const isSignedOff = (message: Message) => approvedStates.includes(message.workflow?.state as WorkflowState)

async function findBySlug(payload: Payload, slug: string, locale: SiteLocale, draft: boolean): Promise<Message | undefined> {
  const { docs } = await payload.find({
    collection: 'messages',
    where: { slug: { equals: slug } },
    draft,
    locale,
    // No English stand-ins: a Polish poster with an English headline would be neither.
    fallbackLocale: false,
    depth: 0,
    limit: 1,
  })
  return docs[0]
}

/**
 * The message's latest words that a reviewer approved. Normally that is its newest version; when a live
 * message is being edited, the newest words wait for review and the published ones are used instead.
 */
export async function findApprovedMessage(payload: Payload, slug: string, locale: SiteLocale): Promise<Message> {
  const latest = await findBySlug(payload, slug, locale, true)
  if (!latest) throw new MaterialsRefused(`No message with the address "${slug}".`)
  const approved = isSignedOff(latest) ? latest : await publishedWords(payload, slug, locale)
  if (!approved) {
    const state = (latest.workflow?.state ?? 'draft') as WorkflowState
    throw new MaterialsRefused(`"${slug}" ${stateInWords[state]}; only approved messages become cards or posters.`)
  }
  assertTranslated(approved, slug, locale)
  return approved
}

async function publishedWords(payload: Payload, slug: string, locale: SiteLocale): Promise<Message | undefined> {
  const live = await findBySlug(payload, slug, locale, false)
  return live?._status === 'published' && isSignedOff(live) ? live : undefined
}

/** Materials in another language need that language's own finished words, made from the current English. */
function assertTranslated(message: Message, slug: string, locale: SiteLocale) {
  if (locale === defaultSiteLocale) return
  const state = (message.translationStatus as Record<string, TranslationState> | null | undefined)?.[locale] ?? 'missing'
  if (state === 'complete') return
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale
  throw new MaterialsRefused(
    `"${slug}" has no finished ${language} translation (${state}); only approved words in that language become cards or posters.`,
  )
}

/** The poster rendition's words, or, where an editor left them empty, the ones the poster channel derives. */
export function posterWordsOf(message: Message): { headline: string; strapline: string } {
  const written = message.renditions?.poster
  const derived = posterChannel.derive({ title: message.title, keyMessage: message.keyMessage, paragraphs: [] })
  return {
    headline: written?.headline?.trim() || derived.headline || message.title,
    strapline: written?.strapline?.trim() || derived.strapline || '',
  }
}

/** A venue by its id or its address (slug); the poster's QR code uses the address, as /q/<venue>/<message> does. */
export async function findVenue(payload: Payload, reference: string): Promise<Venue> {
  // On SQLite ids are numbers: anything else can only be an address.
  const couldBeId = payload.db.defaultIDType !== 'number' || /^\d+$/.test(reference)
  const byId = couldBeId ? await payload.findByID({ collection: 'venues', id: reference, depth: 0, disableErrors: true }) : null
  const venue = byId ?? (await payload.find({ collection: 'venues', where: { slug: { equals: reference } }, depth: 0, limit: 1 })).docs[0]
  if (!venue) throw new MaterialsRefused(`No venue with the id "${reference}".`)
  if (!venue.slug) throw new MaterialsRefused(`The venue "${venue.name}" has no address (slug) for its QR code; save it once in the admin.`)
  return venue
}

/** The campaign's name in the materials' language (campaign settings), and whether it is paused. */
export async function campaignSettings(payload: Payload, locale: SiteLocale) {
  const settings = await payload.findGlobal({ slug: 'campaign-settings', locale, depth: 0 })
  return { campaignName: settings.campaignName, paused: Boolean(settings.pause?.active) }
}
