import { AsyncLocalStorage } from 'node:async_hooks'

import type { SiteTag } from './tags'

// What one page render showed, noted while Next renders it. The Express shell opens a record around the
// request it hands to Next; the site's reads (in the Next bundle, a separate module graph in the same process)
// add the tags of what they read. The two meet through one AsyncLocalStorage kept under a process-wide
// symbol, so the record follows the render through every await without Next passing anything along.

export type RenderRecord = {
  tags: Set<SiteTag>
  /** The site's reads ran inside this request: a render nobody noted (Next shared another's) is not kept. */
  noted: boolean
  /** Read as an editor (a preview): never kept for visitors. */
  private: boolean
}

const RECORDS = Symbol.for('campaign.render-records')

function records(): AsyncLocalStorage<RenderRecord> {
  const registry = globalThis as Record<symbol, AsyncLocalStorage<RenderRecord> | undefined>
  return (registry[RECORDS] ??= new AsyncLocalStorage<RenderRecord>())
}

export const newRenderRecord = (): RenderRecord => ({ tags: new Set(), noted: false, private: false })

/** Shell: runs `render` (Next's handler) with `record` open for the reads it makes. */
export function noteRender<T>(record: RenderRecord, render: () => T): T {
  return records().run(record, render)
}

/** Bundle: this render shows content under these tags. Outside a noted render (tests, jobs) it does nothing. */
export function showsContent(...tags: SiteTag[]): void {
  const record = records().getStore()
  if (!record) return
  record.noted = true
  for (const tag of tags) record.tags.add(tag)
}

/** Bundle: this render shows an editor's drafts. */
export function showsPrivateContent(): void {
  const record = records().getStore()
  if (!record) return
  record.noted = true
  record.private = true
}
