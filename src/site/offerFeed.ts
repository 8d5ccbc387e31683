import type { Payload } from 'payload'

import { offerSiteBundleSide } from './bridge'
import { contentFeed } from './changeLog'

/** Payload's onInit: offers this process's content feed to the Express shell, if one is running here. */
export function offerContentFeed(payload: Payload): void {
  offerSiteBundleSide({ feed: contentFeed(payload) })
}
