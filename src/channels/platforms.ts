// The social platforms the campaign posts to, with the limits that shape a post for each.
export const socialPlatforms = ['x', 'bluesky', 'facebook', 'instagram', 'linkedin', 'threads', 'mastodon', 'whatsapp'] as const
export type SocialPlatform = (typeof socialPlatforms)[number]

export const platformRules: Record<SocialPlatform, { label: string; maxLength: number }> = {
  x: { label: 'X', maxLength: 280 },
  bluesky: { label: 'Bluesky', maxLength: 300 },
  facebook: { label: 'Facebook', maxLength: 2000 },
  instagram: { label: 'Instagram', maxLength: 2200 },
  linkedin: { label: 'LinkedIn', maxLength: 3000 },
  threads: { label: 'Threads', maxLength: 500 },
  mastodon: { label: 'Mastodon', maxLength: 500 },
  whatsapp: { label: 'WhatsApp (for groups)', maxLength: 1000 },
}
