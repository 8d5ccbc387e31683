// The one interface every way of publishing a post implements. A direct integration with a platform's
// API is a new adapter in src/publishing and a line in its registry; nothing else changes.

import type { SocialPlatform } from '../channels/platforms'

/** A due post, as an adapter receives it: everything needed to publish it, nothing about any person. */
export type OutgoingPost = {
  id: number | string
  platform: SocialPlatform
  /** The words as they go out: text, link and hashtags. */
  text: string
  link: string | null
  image: { url: string; alt: string } | null
  scheduledAt: string
  message: { slug: string; title: string }
}

export type Handover =
  /** Taken on: it will be published (a queue, an automation tool, a person). */
  | { outcome: 'handed-over'; detail: string }
  /** Published already, at this address. */
  | { outcome: 'posted'; url: string }

export type PublishingAdapter = {
  name: string
  /** Does this adapter take posts for the platform? */
  handles(platform: SocialPlatform): boolean
  publish(post: OutgoingPost): Promise<Handover>
}
