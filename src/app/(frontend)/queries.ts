import config from '@payload-config'
import { getPayload, type Where } from 'payload'

// The public site's reads. Every query runs with visitor access (overrideAccess: false, no user),
// so the site can never show a draft even if a page forgets to filter.

const asVisitor = { overrideAccess: false, depth: 1 } as const

export async function getHomeContent() {
  const payload = await getPayload({ config })
  const [settings, themes, messages, helpRoutes] = await Promise.all([
    payload.findGlobal({ slug: 'campaign-settings', ...asVisitor }),
    payload.find({ collection: 'themes', ...asVisitor, limit: 20, sort: 'title' }),
    payload.find({ collection: 'messages', ...asVisitor, limit: 12, sort: '-updatedAt' }),
    payload.find({
      collection: 'services',
      ...asVisitor,
      limit: 3,
      where: { slug: { in: ['emergency-999', 'nhs-111', 'perinatal-mental-health-helpline'] } },
    }),
  ])
  return { settings, themes: themes.docs, messages: messages.docs, helpRoutes: helpRoutes.docs }
}

export async function getMessage(slug: string) {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'messages', ...asVisitor, depth: 2, limit: 1, where: { slug: { equals: slug } } })
  return docs[0]
}

export async function getServices(where: Where = {}) {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'services', ...asVisitor, limit: 200, sort: 'name', where })
  return docs
}

export async function getPublishedMessages() {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'messages', ...asVisitor, depth: 1, limit: 200 })
  return docs
}

export async function getTheme(slug: string) {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'themes', ...asVisitor, limit: 1, where: { slug: { equals: slug } } })
  const theme = docs[0]
  if (!theme) return undefined
  const messages = await payload.find({ collection: 'messages', ...asVisitor, limit: 50, where: { themes: { contains: theme.id } } })
  return { theme, messages: messages.docs }
}

export async function getForDads() {
  const payload = await getPayload({ config })
  const [messages, services] = await Promise.all([
    payload.find({ collection: 'messages', ...asVisitor, limit: 50, where: { audiences: { contains: 'dads-and-co-parents' } } }),
    payload.find({ collection: 'services', ...asVisitor, limit: 100, sort: 'name', where: { acceptsDadsAndCoParents: { equals: true } } }),
  ])
  return { messages: messages.docs, services: services.docs }
}

export async function getSitemapEntries() {
  const payload = await getPayload({ config })
  const [themes, messages] = await Promise.all([
    payload.find({ collection: 'themes', ...asVisitor, limit: 200, depth: 0 }),
    payload.find({ collection: 'messages', ...asVisitor, limit: 500, depth: 0 }),
  ])
  return { serverURL: payload.config.serverURL, themes: themes.docs, messages: messages.docs }
}
