import type { CollectionBeforeChangeHook } from 'payload'

import { channels, type RenditionKey } from '@/channels'
import { fingerprint } from '@/workflow/wording'

import { corePrint, sourceOf } from '../wording'

type Renditions = Record<string, unknown> & {
  basedOn?: Partial<Record<RenditionKey, string>> | null
  stale?: string[] | null
  confirmCurrent?: boolean | null
}

/**
 * Fills any empty rendition from the message's words, and marks a rendition stale when the message's core
 * words changed after it was written. Editing a rendition, or confirming it still fits, makes it current.
 */
export const deriveRenditions: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const core = corePrint(merged)
  const before: Renditions = originalDoc?.renditions ?? {}
  const renditions: Renditions = { ...before, ...(data.renditions ?? {}) }
  const basedOn: Partial<Record<RenditionKey, string>> = { ...(before.basedOn ?? {}) }
  const source = sourceOf(merged)

  for (const channel of channels) {
    const current = renditions[channel.key]
    if (channel.isEmpty(current)) {
      renditions[channel.key] = channel.derive(source)
      basedOn[channel.key] = core
    } else if (renditions.confirmCurrent || changed(current, before[channel.key]) || !basedOn[channel.key]) {
      basedOn[channel.key] = core
    }
  }
  renditions.basedOn = basedOn
  renditions.stale = channels.filter((channel) => basedOn[channel.key] !== core).map((channel) => channel.key)
  renditions.confirmCurrent = false
  data.renditions = renditions
  return data
}

/** Compared by fingerprint, so row ids and empty values (which change on every admin save) do not count. */
function changed(next: unknown, previous: unknown): boolean {
  return fingerprint(next ?? null) !== fingerprint(previous ?? null)
}
