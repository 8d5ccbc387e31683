import type { CollectionBeforeChangeHook } from 'payload'

import { channels, type RenditionKey } from '@/channels'

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

function changed(next: unknown, previous: unknown): boolean {
  return JSON.stringify(strip(next)) !== JSON.stringify(strip(previous))
}

/** Row ids change on every admin save; only the words count. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'id')
        .map(([key, inner]) => [key, strip(inner)]),
    )
  }
  return value ?? null
}
