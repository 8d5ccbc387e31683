import { sentences } from './text'
import type { Channel } from './types'

export type TalkingPoint = { point: string }

/** The strategy's One Minute Interaction: a few short points a professional can say to a dad or co-parent. */
export const oneMinuteChannel: Channel<TalkingPoint[]> = {
  key: 'oneMinuteConversation',
  label: 'One-minute conversation',
  derive: (source) =>
    [source.keyMessage, ...source.paragraphs.flatMap(sentences)]
      .filter((point, index, all) => all.indexOf(point) === index)
      .slice(0, 4)
      .map((point) => ({ point })),
  isEmpty: (points) => !points || points.every((item) => !item.point?.trim()),
}
