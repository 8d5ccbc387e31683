import { isBlank } from './text'
import type { Channel } from './types'

/** The block a newsletter carries: the key message and the first two paragraphs. */
export const emailChannel: Channel<string> = {
  key: 'emailBlock',
  label: 'Email block',
  derive: (source) => [source.keyMessage, ...source.paragraphs.slice(0, 2)].join('\n\n'),
  isEmpty: isBlank,
}
