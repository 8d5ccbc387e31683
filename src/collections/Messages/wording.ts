import { idOf } from '@/domain/ids'
import { plainTextOf } from '@/domain/richText'
import { fingerprint } from '@/workflow/wording'
import type { MessageSource } from '@/channels'

/** The parts of a message a reviewer signs off: every word a parent will read, in one locale. */
export type Wording = {
  title?: string | null
  keyMessage?: string | null
  body?: unknown
  signposts?: { service?: unknown; urgency?: string | null; when?: string | null }[] | null
  renditions?: unknown
}

export function wordingPrint(doc: Wording): string {
  return fingerprint({
    title: doc.title,
    keyMessage: doc.keyMessage,
    body: plainTextOf(doc.body),
    signposts: (doc.signposts ?? []).map((signpost) => ({
      service: idOf(signpost.service),
      urgency: signpost.urgency,
      when: signpost.when,
    })),
    renditions: withoutBookkeeping(doc.renditions),
  })
}

/** The core words every rendition derives from; when these change, renditions written earlier may no longer fit. */
export function corePrint(doc: Wording): string {
  return fingerprint({ title: doc.title, keyMessage: doc.keyMessage, body: plainTextOf(doc.body) })
}

export function sourceOf(doc: Wording): MessageSource {
  return {
    title: doc.title ?? '',
    keyMessage: doc.keyMessage ?? '',
    paragraphs: plainTextOf(doc.body).split('\n').filter(Boolean),
  }
}

function withoutBookkeeping(renditions: unknown): unknown {
  if (!renditions || typeof renditions !== 'object') return renditions
  const { basedOn: _basedOn, stale: _stale, confirmCurrent: _confirm, ...words } = renditions as Record<string, unknown>
  return words
}
