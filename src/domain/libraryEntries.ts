import { siteLocales } from '../i18n/siteWords'
import type { Material, Message } from '../payload-types'

export type Entry = { key: string; message?: Pick<Message, 'id' | 'title'>; materials: Material[] }

const firstMessage = (material: Material) => {
  const message = material.messages?.[0]
  return typeof message === 'object' && message ? message : undefined
}

/**
 * One entry per message, holding everything made from it (poster, cards, talking points, every language and
 * format), so a group leader scans a page of messages, not a long list of files; anything not made from one
 * message is an entry of its own, with its other versions beside it.
 */
export function libraryEntries(materials: Material[]): Entry[] {
  const entries: Entry[] = []
  const byMessage = new Map<number | string, Entry>()
  const isVersion = (material: Material) => Boolean(material.standardVersion)
  for (const material of materials) {
    const message = firstMessage(material)
    if (message) {
      let entry = byMessage.get(message.id)
      if (!entry) {
        entry = { key: `message-${message.id}`, message: { id: message.id, title: message.title }, materials: [] }
        byMessage.set(message.id, entry)
        entries.push(entry)
      }
      entry.materials.push(material)
    } else if (!isVersion(material)) {
      entries.push({ key: `material-${material.id}`, materials: [material] })
    }
  }
  for (const entry of byMessage.values()) entry.materials.sort(inReadingOrder)
  return entries
}

const typeOrder = ['poster', 'talking-points', 'social-image', 'leaflet', 'email-copy', 'video-captions', 'other']
const languageOrder = siteLocales as readonly string[]

/** English first, then each language; within one, the poster, the talking points, then the cards. */
function inReadingOrder(a: Material, b: Material): number {
  return (
    languageOrder.indexOf(a.language) - languageOrder.indexOf(b.language) ||
    (a.accessibleFormat === 'standard' ? 0 : 1) - (b.accessibleFormat === 'standard' ? 0 : 1) ||
    typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) ||
    a.title.localeCompare(b.title)
  )
}

