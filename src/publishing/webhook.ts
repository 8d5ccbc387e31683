import type { Payload } from 'payload'

import type { PublishingAdapter } from '@/social/adapter'

/** Placeholder until the signed webhook adapter lands: not configured, so it takes nothing. */
export function webhookAdapter(_payload: Payload): PublishingAdapter | undefined {
  return undefined
}
