import type { Payload } from 'payload'

import type { PublishingAdapter } from '@/social/adapter'

import { webhookAdapter } from './webhook'

type AdapterFactory = (payload: Payload) => PublishingAdapter | undefined

/**
 * The ways this server publishes posts, each behind the one interface in src/social/adapter.ts. A factory
 * returns nothing when it is not configured. With none, due posts wait as "Due: post it now" for a person,
 * who posts them and records the link. A platform's own API would be one more line here.
 */
const factories: AdapterFactory[] = [webhookAdapter]

export function publishingAdapters(payload: Payload): PublishingAdapter[] {
  return factories.map((make) => make(payload)).filter((adapter): adapter is PublishingAdapter => Boolean(adapter))
}
