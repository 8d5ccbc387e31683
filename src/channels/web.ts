import { clip, isBlank } from './text'
import type { Channel } from './types'

/** The short summary shown on cards and listing pages. */
export const webChannel: Channel<string> = {
  key: 'webSummary',
  label: 'Web summary',
  derive: (source) => clip(source.keyMessage, 200),
  isEmpty: isBlank,
}
