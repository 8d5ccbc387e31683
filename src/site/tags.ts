// Tags name what a public page shows, so a change refreshes only the pages that show what changed.
//
// A page is tagged with every document it shows (`messages:12`) and every list it shows (`messages`, or a
// narrower list such as `messages@theme:3`). A saved change names the changed document and every list its new
// state belongs to. So an edit reaches each page that showed the document before (its document tag), and each
// list it joins now (its list tags); pages that show neither are left alone. Pure: no Payload, no Next.

import { idOf } from '@/domain/ids'

export type SiteTag = string

/** Tags of one saved change, or every page at once (a process that fell behind, or a restore). */
export type SiteChange = SiteTag[] | 'everything'

type Id = number | string

export const documentTag = (collection: string, id: Id): SiteTag => `${collection}:${id}`
export const listTag = (collection: string): SiteTag => collection
/** The messages a theme's page lists. */
export const themeMessagesTag = (themeId: Id): SiteTag => `messages@theme:${themeId}`
/** The messages the page for dads and co-parents lists. */
export const DADS_MESSAGES_TAG: SiteTag = 'messages@dads'
export const SETTINGS_TAG: SiteTag = listTag('campaign-settings')

/** What a page that shows these documents of one collection depends on, beside the list it read them in. */
export const documentTags = (collection: string, docs: readonly { id: Id }[]): SiteTag[] => docs.map((doc) => documentTag(collection, doc.id))

type Saved = { id?: Id; themes?: unknown[] | null; audiences?: string[] | null }

/** The tags a saved (or deleted) document touches: itself, its collection's lists, and the narrower lists it is in now. */
export function tagsForChange(collection: string, doc: Saved | undefined): SiteTag[] {
  if (doc?.id === undefined) return [listTag(collection)]
  const tags = [documentTag(collection, doc.id), listTag(collection)]
  if (collection === 'messages') {
    for (const theme of doc.themes ?? []) {
      const id = idOf(theme)
      if (id !== undefined) tags.push(themeMessagesTag(id))
    }
    if (doc.audiences?.includes('dads-and-co-parents')) tags.push(DADS_MESSAGES_TAG)
  }
  return tags
}

/** Does a page tagged `pageTags` show something a change with `changed` touched? */
export function touches(changed: ReadonlySet<SiteTag> | 'everything', pageTags: readonly SiteTag[]): boolean {
  if (changed === 'everything') return true
  return pageTags.some((tag) => changed.has(tag))
}

/** Folds changes into one: a set of tags, or everything. */
export function mergeChanges(into: Set<SiteTag> | 'everything', change: SiteChange): Set<SiteTag> | 'everything' {
  if (into === 'everything' || change === 'everything') return 'everything'
  for (const tag of change) into.add(tag)
  return into
}
