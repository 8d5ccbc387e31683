import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { requestSiteRefresh } from '@/server/siteRefresh'

// Content the public site shows changed: once the change is saved, ask the server to refresh its cached pages.
// The seed and tests pass `disableRevalidate`; drafts that never were live change nothing a visitor sees.

type Versioned = { _status?: 'draft' | 'published' | null }

export const refreshSiteAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (isVisible(doc as Versioned) || isVisible(previousDoc as Versioned)) refreshOnceSaved(req)
  return doc
}

export const refreshSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (isVisible(doc as Versioned)) refreshOnceSaved(req)
  return doc
}

export const refreshSiteAfterGlobalChange: GlobalAfterChangeHook = ({ doc, req }) => {
  refreshOnceSaved(req)
  return doc
}

/** Documents without drafts are always visible; versioned ones only when published. */
const isVisible = (doc: Versioned | undefined) => Boolean(doc) && (doc!._status === undefined || doc!._status === 'published')

function refreshOnceSaved(req: PayloadRequest): void {
  if (req.context.disableRevalidate) return
  void afterCommit(req)
    .then(requestSiteRefresh)
    .catch((error: unknown) => req.payload.logger.warn({ err: error }, 'the public site could not be refreshed; pages refresh within the hour'))
}

/**
 * Hooks run inside the database transaction, if there is one. A page rendered before it commits would show the
 * old words, so wait until Payload has committed (it then forgets the transaction id), for at most ten seconds.
 * Without a transaction (the id resolves to nothing) the change is already saved.
 */
async function afterCommit(req: PayloadRequest): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (!id) return
  for (let waited = 0; req.transactionID !== undefined && waited < 10_000; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
