import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { requestSiteRefresh } from '@/server/siteRefresh'

// Content the public site shows changed: once the change is saved, ask the server to refresh its cached pages.
// The seed passes `disableRevalidate`; drafts that never were live change nothing a visitor sees.

export const refreshSiteAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (isVisible(doc as Shown) || isVisible(previousDoc as Shown)) refreshOnceSaved(req)
  return doc
}

export const refreshSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (isVisible(doc as Shown)) refreshOnceSaved(req)
  return doc
}

export const refreshSiteAfterGlobalChange: GlobalAfterChangeHook = ({ doc, req }) => {
  refreshOnceSaved(req)
  return doc
}

type Shown = { id?: unknown; _status?: 'draft' | 'published' | null }

/** A stored document visitors could see: one without drafts, or a published one. (A new one's "before" is empty.) */
const isVisible = (doc: Shown | undefined) => doc?.id !== undefined && (doc._status === undefined || doc._status === 'published')

/**
 * Hooks run before Payload commits the change, and Payload offers no hook after it (its transaction id on the
 * request is not a reliable signal either). So ask twice: at once, which is right almost always, and again a
 * moment later, which catches a slow commit. Bursts of changes fold into one or two refreshes (coalesce).
 */
const AGAIN_AFTER_MS = [50, 1500]

function refreshOnceSaved(req: PayloadRequest): void {
  if (req.context.disableRevalidate) return
  for (const delay of AGAIN_AFTER_MS) {
    setTimeout(() => {
      requestSiteRefresh().catch((error: unknown) =>
        req.payload.logger.warn({ err: error }, 'the public site could not be refreshed; pages refresh within the hour'),
      )
    }, delay).unref()
  }
}
