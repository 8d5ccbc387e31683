import type { CollectionBeforeChangeHook } from 'payload'

import { channels, type RenditionKey } from '@/channels'
import { fingerprint } from '@/workflow/wording'

import { corePrint, sourceOf } from '../wording'

/** Which words a rendition was made from, and whether a person wrote it or it was derived. */
type Basis = { print: string; derived: boolean }

type Renditions = Record<string, unknown> & {
  basedOn?: Partial<Record<RenditionKey, Basis | string>> | null
  stale?: string[] | null
  confirmCurrent?: boolean | null
}

/**
 * Keeps every channel's rendition in step with the message. An empty rendition is derived from the words;
 * a derived one follows the words when they change; one a person wrote is kept, and marked stale when the
 * words change after it, until it is rewritten or confirmed.
 */
export const deriveRenditions: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const core = corePrint(merged)
  const before: Renditions = originalDoc?.renditions ?? {}
  const renditions: Renditions = { ...before, ...(data.renditions ?? {}) }
  const basedOn: Partial<Record<RenditionKey, Basis>> = {}
  const source = sourceOf(merged)

  for (const channel of channels) {
    const current = renditions[channel.key]
    const basis = asBasis(before.basedOn?.[channel.key])
    const edited = changed(current, before[channel.key])
    if (channel.isEmpty(current) || (basis?.derived && !edited && basis.print !== core)) {
      renditions[channel.key] = channel.derive(source)
      basedOn[channel.key] = { print: core, derived: true }
    } else if (edited || renditions.confirmCurrent || !basis) {
      basedOn[channel.key] = { print: core, derived: false }
    } else {
      basedOn[channel.key] = basis
    }
  }
  renditions.basedOn = basedOn
  renditions.stale = channels.filter((channel) => basedOn[channel.key]?.print !== core).map((channel) => channel.key)
  renditions.confirmCurrent = false
  data.renditions = renditions
  return data
}

/** Renditions stored before the derived flag existed count as written by a person. */
function asBasis(value: Basis | string | undefined): Basis | undefined {
  if (!value) return undefined
  return typeof value === 'string' ? { print: value, derived: false } : value
}

/** Compared by fingerprint, so row ids and empty values (which change on every admin save) do not count. */
function changed(next: unknown, previous: unknown): boolean {
  return fingerprint(next ?? null) !== fingerprint(previous ?? null)
}
