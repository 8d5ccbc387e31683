import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { User } from '../payload-types'

import { socialPlatforms } from '../channels/platforms'
import { richTextFromParagraphs } from '../domain/richText'
import type { WorkflowState } from '../workflow/states'
import { awarenessDates } from './content/awarenessDates'
import { generalRoutes } from './content/generalRoutes'
import { firstBulletin, mailingLists } from './content/mailingLists'
import { messages } from './content/messages'
import { translationDraftNote, translations } from './content/translations'
import { services } from './content/services'
import { themes } from './content/themes'
import type { MessageSeed, TranslationSeed } from './content/types'
import { walkMessageTo } from '../collections/Messages/walk'
import { demoStates } from './demoStates'
import { seedMaterials } from './materials'
import { seedSocialPosts } from './socialPosts'
import { type DemoUser, demoUsers } from './demoUsers'

/** Ids as the generated types see them (numbers on SQLite; MongoDB's strings pass through unchanged). */
type Id = User['id']

export type SeedOptions = {
  /** Where generated demo passwords are written (0600). */
  credentialsFile: string
  /** Given by the operator (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD); otherwise generated. */
  admin?: { email: string; password: string }
}

export type SeedReport = {
  users: number
  themes: number
  services: number
  messages: number
  awarenessDates: number
  materials: number
  credentialsFile?: string
}

/** Collections whose content means "someone already uses this database": seeding never touches it then. */
const contentCollections = ['users', 'themes', 'services', 'messages', 'venues', 'awareness-dates', 'materials', 'kits'] as const

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
    await createInState(payload, message, { themeIds, serviceIds, ownerId: userIds.editor, context })
  }

  for (const moment of awarenessDates) {
    if ((await findId(payload, 'awareness-dates', 'name', moment.name)) !== undefined) continue
    await payload.create({
      collection: 'awareness-dates',
      data: { ...moment, themes: moment.themes.map((slug) => lookup(themeIds, slug, 'theme')) },
      context,
    })
  }

  const live = messages.filter((message) => (demoStates[message.slug] ?? 'published') === 'published')
  const materials = await seedMaterials(payload, { messages: live, themes, themeIds, siteUrl: payload.config.serverURL, context })

  await seedMailingLists(payload, userIds.editor, context)
  await seedSocialPosts(payload, context)

  const credentialsFile = writeCredentials(createdUsers, options)
  return {
    users: users.length,
    themes: themes.length,
    services: generalRoutes.length + services.length,
    messages: messages.length,
    awarenessDates: awarenessDates.length,
    materials,
    credentialsFile,
  }
}

type Ids = { themeIds: Record<string, Id>; serviceIds: Record<string, Id>; ownerId: Id }

/**
 * Creates a starter message as a draft, then walks it through the workflow to its demo state, so the
 * audit trail shows a true history. The seed acts as the system, which the workflow lets make any move.
 */
async function createInState(payload: Payload, message: MessageSeed, ids: Ids & { context: Record<string, unknown> }) {
  const target = demoStates[message.slug] ?? 'published'
  const data = messageData(message, ids, target)
  const created = await payload.create({ collection: 'messages', data, draft: true, context: ids.context })
  const translated = translations.filter((translation) => translation.slug === message.slug)
  for (const translation of translated) await addTranslation(payload, created.id, translation, ids.context)
  const notes = translated.length > 0 ? { ...demoNotes, in_review: `${demoNotes.in_review} ${translationDraftNote}` } : demoNotes
  await walkMessageTo(payload, created.id, target, { context: ids.context, notes })
}

/** A translation saved in its locale before review, row for row with the English (same array row ids). */
async function addTranslation(payload: Payload, id: Id, translation: TranslationSeed, context: Record<string, unknown>) {
  const english = await payload.findByID({ collection: 'messages', id, draft: true, depth: 0, locale: 'en' })
  await payload.update({
    collection: 'messages',
    id,
    locale: translation.locale,
    draft: true,
    context,
    data: {
      title: translation.title,
      keyMessage: translation.keyMessage,
      body: richTextFromParagraphs(translation.body),
      signposts: (english.signposts ?? []).map((row, index) => ({ ...row, when: translation.signpostWhen[index] ?? row.when })),
      renditions: {
        webSummary: translation.keyMessage,
        emailBlock: translation.body.slice(0, 2).join('\n\n'),
        social: (english.renditions?.social ?? []).map((row) => ({ ...row, text: translation.socialPost })),
        poster: { headline: translation.posterHeadline, strapline: translation.posterStrapline },
        oneMinuteConversation: (english.renditions?.oneMinuteConversation ?? []).map((row, index) => ({ ...row, point: translation.oneMinuteConversation[index] ?? row.point })),
      },
    },
  })
}

const demoNotes: Partial<Record<WorkflowState, string>> = {
  in_review: 'Ready for review.',
  approved: 'Checked against the strategy and the content-safety guide.',
  expired: 'Past its review-by date: check the service details before it goes out again.',
  archived: 'Replaced by newer pregnancy content.',
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

function messageData(message: MessageSeed, { themeIds, serviceIds, ownerId }: Ids, target: WorkflowState) {
  // Live messages are due for review in a year; the expired example was due yesterday.
  const reviewBy = target === 'expired' ? daysFromNow(-1) : daysFromNow(365)
  return {
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
      social: socialPlatforms.map((platform) => ({ platform, text: message.socialPost, hashtags: message.hashtags })),
      poster: { headline: message.posterHeadline, strapline: message.posterStrapline },
      oneMinuteConversation: message.oneMinuteConversation.map((point) => ({ point })),
    },
    owner: ownerId,
    reviewBy,
  }
}

/** The three lists and a first community-of-practice bulletin, waiting for review (nobody is subscribed). */
async function seedMailingLists(payload: Payload, authorId: Id, context: Record<string, unknown>) {
  const listIds: Record<string, Id> = {}
  for (const list of mailingLists) {
    listIds[list.slug] = (await findId(payload, 'mailing-lists', 'slug', list.slug)) ?? (await payload.create({ collection: 'mailing-lists', data: list, context })).id
  }
  const { totalDocs } = await payload.count({ collection: 'email-campaigns' })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'email-campaigns',
    data: {
      title: firstBulletin.title,
      template: 'community-bulletin',
      bulletin: { heading: firstBulletin.heading, body: firstBulletin.body, review: { state: 'in-review' } },
      lists: [listIds['community-of-practice']],
      locale: 'en',
      status: 'draft',
      author: authorId,
    },
    context: { ...context, system: true },
  })
}

async function findId(
  payload: Payload,
  collection: (typeof contentCollections)[number] | 'mailing-lists',
  field: 'slug' | 'email' | 'name',
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
