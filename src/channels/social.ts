import { platformRules, type SocialPlatform, socialPlatforms } from './platforms'
import { clip } from './text'
import type { Channel } from './types'

export type SocialPost = { platform: SocialPlatform; text: string; hashtags?: string[] | null }

/** One post per platform, each cut to that platform's length. */
export const socialChannel: Channel<SocialPost[]> = {
  key: 'social',
  label: 'Social posts',
  derive: (source) =>
    socialPlatforms.map((platform) => ({ platform, text: clip(source.keyMessage, platformRules[platform].maxLength) })),
  isEmpty: (posts) => !posts || posts.length === 0 || posts.every((post) => !post.text?.trim()),
}
