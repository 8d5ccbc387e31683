import type { Payload } from 'payload'

import { richTextFromParagraphs } from '@/domain/richText'
import type { Message } from '@/payload-types'

/** A new draft message with plain, safe words; tests give it a slug and change what they need. */
export function draftMessage(payload: Payload, slug: string, changes: Partial<Message> & { paragraphs?: string[] } = {}): Promise<Message> {
  const { paragraphs = ['Many parents have feelings they did not expect.', 'You can talk about them.'], ...rest } = changes
  return payload.create({
    collection: 'messages',
    draft: true,
    depth: 0,
    data: {
      title: slug.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase()),
      slug,
      keyMessage: 'Feelings after a baby are common, and help is there.',
      body: richTextFromParagraphs(paragraphs),
      audiences: ['all-parents'],
      ...rest,
    } as Message,
  })
}
