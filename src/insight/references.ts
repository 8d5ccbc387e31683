// Campaign references: the `ref=` on the links the campaign puts out (social posts, emails, QR posters), so a
// visit can be counted by the channel it came through. Which channel, never who. Plain data, no framework.

import { platformRules, type SocialPlatform, socialPlatforms } from '../channels/platforms'

/** Every channel a visit is counted under. "direct" is a visit with no reference we know. */
export const channels = ['direct', 'email', 'qr', ...socialPlatforms.map((platform) => `social-${platform}` as const)] as const
export type Channel = (typeof channels)[number]

export const isChannel = (value: unknown): value is Channel => channels.includes(value as Channel)

/** The query parameters the campaign adds to its own links: counted, then ignored (they never change a page). */
export const CAMPAIGN_PARAMETERS = ['ref'] as const

/** The channel a request's query names; anything we did not put out counts as direct (so the set of keys stays ours). */
export function channelOf(query: string | undefined): Channel {
  if (!query || !query.includes('ref=')) return 'direct'
  const ref = new URLSearchParams(query).get('ref')
  return isChannel(ref) ? ref : 'direct'
}

/** An address with the campaign reference added (any reference already there is replaced). */
export function withReference(url: string, channel: Exclude<Channel, 'direct'>): string {
  const [beforeFragment, fragment] = splitOnce(url, '#')
  const [path, query] = splitOnce(beforeFragment, '?')
  const params = new URLSearchParams(query ?? '')
  params.set('ref', channel)
  return `${path}?${params}${fragment === undefined ? '' : `#${fragment}`}`
}

export const socialReference = (platform: SocialPlatform) => `social-${platform}` as const

/** Channels in the words the team uses. */
export function channelLabel(channel: Channel): string {
  if (channel === 'direct') return 'Direct or other'
  if (channel === 'email') return 'Email'
  if (channel === 'qr') return 'QR posters'
  return `Social: ${platformRules[channel.slice('social-'.length) as SocialPlatform].label}`
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator)
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)]
}
