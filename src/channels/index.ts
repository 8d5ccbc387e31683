import { emailChannel } from './email'
import { oneMinuteChannel } from './oneMinute'
import { posterChannel } from './poster'
import { socialChannel } from './social'
import type { Channel, RenditionKey } from './types'
import { webChannel } from './web'

/** Every channel a message goes out on. Adding a channel means writing its adapter and listing it here. */
export const channels: readonly Channel<unknown>[] = [
  webChannel,
  emailChannel,
  socialChannel,
  posterChannel,
  oneMinuteChannel,
] as Channel<unknown>[]

export const channelByKey = (key: RenditionKey) => channels.find((channel) => channel.key === key)!

export type { Channel, MessageSource, RenditionKey } from './types'
