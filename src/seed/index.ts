import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { User } from '../payload-types'

import { richTextFromParagraphs } from '../domain/richText'
import { generalRoutes } from './content/generalRoutes'
import { messages } from './content/messages'
import { services } from './content/services'
import { themes } from './content/themes'
import type { MessageSeed } from './content/types'
import { type DemoUser, demoUsers } from './demoUsers'

/** Ids as the generated types see them (numbers on SQLite; MongoDB's strings pass through unchanged). */
type Id = User['id']

export type SeedOptions = {
  /** Where generated demo passwords are written (0600). */
  credentialsFile: string
  /** Given by the operator (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD); otherwise generated. */
  admin?: { email: string; password: string }
}

export type SeedReport = { users: number; themes: number; services: number; messages: number; credentialsFile?: string }

/** Collections whose content means "someone already uses this database": seeding never touches it then. */
const contentCollections = ['users', 'themes', 'services', 'messages'] as const

export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  for (const collection of contentCollections) {
    const { totalDocs } = await payload.count({ collection })
    if (totalDocs > 0) return false
  }
  return true
}

/**
 * Fills the database with the campaign's starter content from the strategy. Anything already there
 * (same slug or email) is left alone, so running it twice adds nothing twice.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const context = { disableRevalidate: true, seeding: true }
  const users = demoUsers(options.admin)
  const userIds: Record<string, Id> = {}
  const createdUsers: DemoUser[] = []
  for (const user of users) {
    const existing = await findId(payload, 'users', 'email', user.email)
    if (existing === undefined) createdUsers.push(user)
    userIds[user.roles[0]] =
      existing ?? (await payload.create({ collection: 'users', data: user, context })).id
  }

  const serviceIds: Record<string, Id> = {}
  for (const service of [...generalRoutes, ...services]) {
    const { howToContact, ...rest } = service
    serviceIds[service.slug] =
      (await findId(payload, 'services', 'slug', service.slug)) ??
      (await payload.create({
        collection: 'services',
        data: { ...rest, languages: ['English'], contact: { howToContact } },
        context,
      })).id
  }

  const themeIds: Record<string, Id> = {}
  for (const theme of themes) {
    themeIds[theme.slug] =
      (await findId(payload, 'themes', 'slug', theme.slug)) ??
      (await payload.create({ collection: 'themes', data: theme, context })).id
  }

  for (const message of messages) {
    if ((await findId(payload, 'messages', 'slug', message.slug)) !== undefined) continue
    await payload.create({
      collection: 'messages',
      data: messageData(message, { themeIds, serviceIds, ownerId: userIds.editor }),
      context,
    })
  }

  const credentialsFile = writeCredentials(createdUsers, options)
  return {
    users: users.length,
    themes: themes.length,
    services: generalRoutes.length + services.length,
    messages: messages.length,
    credentialsFile,
  }
}

type Ids = { themeIds: Record<string, Id>; serviceIds: Record<string, Id>; ownerId: Id }

function messageData(message: MessageSeed, { themeIds, serviceIds, ownerId }: Ids) {
  const reviewBy = new Date()
  reviewBy.setUTCMonth(reviewBy.getUTCMonth() + 12)
  return {
    _status: 'published' as const,
    title: message.title,
    slug: message.slug,
    keyMessage: message.keyMessage,
    body: richTextFromParagraphs(message.body),
    themes: message.themes.map((slug) => lookup(themeIds, slug, 'theme')),
    audiences: message.audiences,
    signposts: message.signposts.map((signpost) => ({
      service: lookup(serviceIds, signpost.route, 'service'),
      urgency: signpost.urgency,
      when: signpost.when,
    })),
    sources: message.sources.map(({ title, supports }) => ({ title, supports })),
    topicFlags: message.topicFlags,
    renditions: {
      webSummary: message.keyMessage,
      emailBlock: message.body.slice(0, 2).join('\n\n'),
      social: { text: message.socialPost, hashtags: message.hashtags },
      poster: { headline: message.posterHeadline, strapline: message.posterStrapline },
      oneMinuteConversation: message.oneMinuteConversation.map((point) => ({ point })),
    },
    owner: ownerId,
    reviewBy: reviewBy.toISOString(),
  }
}

async function findId(
  payload: Payload,
  collection: (typeof contentCollections)[number],
  field: 'slug' | 'email',
  value: string,
): Promise<Id | undefined> {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, draft: true })
  return docs[0]?.id
}

function lookup(ids: Record<string, Id>, slug: string, what: string): Id {
  const id = ids[slug]
  if (id === undefined) throw new Error(`Seed content names a ${what} "${slug}" that does not exist.`)
  return id
}

function writeCredentials(users: DemoUser[], options: SeedOptions): string | undefined {
  const generated = users.filter((user) => !(options.admin && user.roles.includes('admin')))
  if (generated.length === 0) return undefined
  fs.mkdirSync(path.dirname(options.credentialsFile), { recursive: true })
  const logins = generated.map(({ name, email, password, roles }) => ({ role: roles[0], name, email, password }))
  fs.writeFileSync(options.credentialsFile, JSON.stringify({ logins }, null, 2) + '\n', { mode: 0o600 })
  fs.chmodSync(options.credentialsFile, 0o600)
  return options.credentialsFile
}
