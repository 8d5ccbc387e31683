import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { askFollowerToLookNow } from '@/site/bridge'
import { recordSiteChange } from '@/site/changeLog'
import { listTag, type SiteTag, tagsForChange } from '@/site/tags'

// Content the public site shows changed: record what it touched in the content version (src/site/changeLog.ts),
// in the same transaction as the change, so every server process refreshes those pages once it is committed.
// The seed passes `disableRevalidate` (it starts with nothing cached); drafts nobody outside the team has
// seen, and draft saves that leave the live page alone, change nothing a visitor sees.

export const refreshSiteAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const draftSave = Boolean(collection.versions?.drafts) && req.context.draftSave === true && doc?._status === 'draft'
  if (!draftSave && (isVisible(doc as Shown) || isVisible(previousDoc as Shown))) await noteChange(req, tagsForChange(collection.slug, doc))
  return doc
}

export const refreshSiteAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isVisible(doc as Shown)) await noteChange(req, tagsForChange(collection.slug, doc))
  return doc
}

export const refreshSiteAfterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await noteChange(req, [listTag(global.slug)])
  return doc
}

type Shown = { id?: unknown; _status?: 'draft' | 'published' | null }

/** A stored document visitors could see: one without drafts, or a published one. (A new one's "before" is empty.) */
const isVisible = (doc: Shown | undefined) => doc?.id !== undefined && (doc._status === undefined || doc._status === 'published')

async function noteChange(req: PayloadRequest, tags: SiteTag[]): Promise<void> {
  if (req.context.disableRevalidate) return
  await recordSiteChange(req, tags)
  // The follower in this process would find it at its next poll anyway; this only saves the wait.
  askFollowerToLookNow()
}
