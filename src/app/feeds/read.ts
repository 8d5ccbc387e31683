import type { Payload } from 'payload'

import type { FeedData, FeedMessage, FeedSignpost, FeedTheme } from '@/feeds/model'
import { wentLive } from '@/feeds/model'
import { type SiteLocale, wordsFor } from '@/i18n/siteWords'
import type { Message, Service, Theme } from '@/payload-types'
import type { TranslationState } from '@/workflow/translations'

// What one language's feeds are made from, read from Payload. No Next here, so the integration tests call it
// directly; the routes cache it (./respond.ts).

/** More than any feed shows: they are ordered by when they went live, which the database cannot sort by. */
const READ_LIMIT = 1000

export async function readFeedData(payload: Payload, locale: SiteLocale): Promise<FeedData> {
  // As an anonymous visitor: what the public site may show is decided by the collections' access rules alone.
  const visitor = { overrideAccess: false, locale, fallbackLocale: 'en', draft: false } as const
  const [settings, themes, messages] = await Promise.all([
    payload.findGlobal({ slug: 'campaign-settings', ...visitor, depth: 0 }),
    payload.find({ collection: 'themes', ...visitor, depth: 0, limit: 500, pagination: false, sort: 'title' }),
    payload.find({
      collection: 'messages',
      ...visitor,
      depth: 1,
      limit: READ_LIMIT,
      pagination: false,
      sort: '-updatedAt',
      select: { title: true, slug: true, keyMessage: true, themes: true, signposts: true, renditions: { webSummary: true }, updatedAt: true, reviewBy: true },
    }),
  ])
  const facts = await publicationFacts(payload, messages.docs.map((message) => message.id))
  const items: FeedMessage[] = []
  for (const message of messages.docs) {
    const fact = facts.get(String(message.id))
    // A Polish feed is Polish: a message whose translation is missing, partial or out of date is left out.
    if (!fact || (locale !== 'en' && fact.translation[locale] !== 'complete')) continue
    items.push(feedMessage(message, fact))
  }
  return {
    campaignName: settings.campaignName,
    siteURL: payload.config.serverURL.replace(/\/+$/, ''),
    description: wordsFor(locale).siteDescription,
    themes: themes.docs.map(feedTheme),
    messages: items,
    readAt: new Date().toISOString(),
  }
}

type Facts = { translation: Partial<Record<SiteLocale, TranslationState>>; publishAt?: string | null; approvedAt?: string | null }

/**
 * How far each message is translated and when it was approved or scheduled. Visitors may not read these
 * fields (they are the team's records), so they are read with access overridden, but only for messages the
 * visitor read above returned, and only these fields: nothing here adds a message to a feed.
 */
async function publicationFacts(payload: Payload, ids: (number | string)[]): Promise<Map<string, Facts>> {
  const facts = new Map<string, Facts>()
  if (ids.length === 0) return facts
  const { docs } = await payload.find({
    collection: 'messages',
    overrideAccess: true,
    draft: false,
    depth: 0,
    limit: ids.length,
    pagination: false,
    where: { id: { in: ids } },
    select: { translationStatus: true, workflow: { approvedAt: true, publishAt: true } },
  })
  for (const doc of docs) {
    facts.set(String(doc.id), {
      translation: (doc.translationStatus ?? {}) as Facts['translation'],
      publishAt: doc.workflow?.publishAt,
      approvedAt: doc.workflow?.approvedAt,
    })
  }
  return facts
}

type VisibleMessage = Pick<Message, 'id' | 'title' | 'slug' | 'keyMessage' | 'themes' | 'signposts' | 'renditions' | 'updatedAt' | 'reviewBy'>

function feedMessage(message: VisibleMessage, fact: Facts): FeedMessage {
  const signposts: FeedSignpost[] = []
  for (const signpost of message.signposts ?? []) {
    // A service the visitor cannot read comes back as a bare id: leave the card out rather than guess.
    if (typeof signpost.service !== 'object' || !signpost.service) continue
    signposts.push({ urgency: signpost.urgency, service: signpost.service.name, when: signpost.when, phone: verifiedPhone(signpost.service) })
  }
  return {
    id: String(message.id),
    slug: message.slug ?? String(message.id),
    title: message.title,
    keyMessage: message.keyMessage,
    webSummary: message.renditions?.webSummary ?? undefined,
    themes: (message.themes ?? []).filter((theme): theme is Theme => typeof theme === 'object' && theme !== null).map(feedTheme),
    signposts,
    published: wentLive({ publishAt: fact.publishAt, approvedAt: fact.approvedAt, updatedAt: message.updatedAt }),
    updated: message.updatedAt,
    reviewBy: message.reviewBy ?? undefined,
  }
}

const feedTheme = (theme: Pick<Theme, 'slug' | 'title' | 'summary'>): FeedTheme => ({ slug: theme.slug ?? '', title: theme.title, summary: theme.summary })

/** As on the message page: a number is given only once a person has checked it. */
const verifiedPhone = (service: Service) => (service.verifiedAt && service.contact?.phone?.trim()) || undefined
