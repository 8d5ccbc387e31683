// One message, many channels. Each channel is an adapter with the same small shape: it knows its name and
// how to derive its rendition from the message's approved words. Later work adds `validate` and `render`
// (limits and safety findings; HTML, PNG, PDF, feed items) to the same interface.

/** What every channel may draw on: the message's words in one locale, as plain text. */
export type MessageSource = {
  title: string
  keyMessage: string
  /** Body paragraphs as plain text. */
  paragraphs: string[]
}

export type Channel<Rendition> = {
  /** The rendition's field name on a message (renditions.<key>). */
  key: RenditionKey
  label: string
  derive(source: MessageSource): Rendition
  isEmpty(rendition: Rendition | null | undefined): boolean
}

export const renditionKeys = ['webSummary', 'emailBlock', 'social', 'poster', 'oneMinuteConversation'] as const
export type RenditionKey = (typeof renditionKeys)[number]
