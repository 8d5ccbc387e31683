// The social platforms the campaign posts to, with the limits that shape a post for each.
export const socialPlatforms = ['x', 'bluesky', 'facebook', 'instagram', 'linkedin', 'threads', 'mastodon', 'whatsapp'] as const
export type SocialPlatform = (typeof socialPlatforms)[number]

export type PlatformRule = {
  label: string
  maxLength: number
  /** How many images a post may carry, and whether it must carry one (Instagram is pictures first). */
  maxImages: number
  imageRequired: boolean
  /** Which generated share card suits the platform (src/renderers/shareCards.ts). */
  card: 'square' | 'portrait' | 'story' | 'link' | 'wide' | null
  /** Platforms that shorten every link to a fixed length count it as that (X: 23). */
  linkLength?: number
  /** How many lines of a post show before "see more", for the admin preview. */
  visibleLines: number
}

export const platformRules: Record<SocialPlatform, PlatformRule> = {
  x: { label: 'X', maxLength: 280, maxImages: 4, imageRequired: false, card: 'wide', linkLength: 23, visibleLines: 12 },
  bluesky: { label: 'Bluesky', maxLength: 300, maxImages: 4, imageRequired: false, card: 'wide', visibleLines: 12 },
  facebook: { label: 'Facebook', maxLength: 2000, maxImages: 10, imageRequired: false, card: 'link', visibleLines: 5 },
  instagram: { label: 'Instagram', maxLength: 2200, maxImages: 10, imageRequired: true, card: 'square', visibleLines: 2 },
  linkedin: { label: 'LinkedIn', maxLength: 3000, maxImages: 9, imageRequired: false, card: 'link', visibleLines: 3 },
  threads: { label: 'Threads', maxLength: 500, maxImages: 10, imageRequired: false, card: 'portrait', visibleLines: 10 },
  mastodon: { label: 'Mastodon', maxLength: 500, maxImages: 4, imageRequired: false, card: 'wide', linkLength: 23, visibleLines: 12 },
  whatsapp: { label: 'WhatsApp (for groups)', maxLength: 1000, maxImages: 1, imageRequired: false, card: null, visibleLines: 20 },
}
