import { clip } from './text'
import type { Channel } from './types'

export type Poster = { headline?: string | null; strapline?: string | null }

/** A poster needs few words, big: the title as the headline, the key message beneath. */
export const posterChannel: Channel<Poster> = {
  key: 'poster',
  label: 'Poster',
  derive: (source) => ({ headline: clip(source.title, 60), strapline: clip(source.keyMessage, 140) }),
  isEmpty: (poster) => !poster?.headline?.trim(),
}
