import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { richTextFromParagraphs } from '@/domain/richText'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.create({
    collection: 'users',
    data: { name: 'Pat Partner', email: 'partner@example.org', password: 'partner-password-1', roles: ['partner'] },
  })
  const draft = {
    slug: 'draft-message',
    title: 'Draft: not yet reviewed',
    keyMessage: 'Still being written.',
    body: richTextFromParagraphs(['Work in progress.']),
    audiences: ['all-parents' as const],
  }
  await t.payload.create({ collection: 'messages', data: draft, draft: true })
  const live = await t.payload.create({
    collection: 'messages',
    data: { ...draft, slug: 'published-message', title: 'Published message', keyMessage: 'Help is there.' },
    draft: true,
  })
  await walkMessageTo(t.payload, live.id, 'published')
})
afterAll(async () => t?.close())

const asVisitor = { overrideAccess: false } as const

describe('what an anonymous visitor can see', () => {
  it('reads published messages but never drafts', async () => {
    const { docs } = await t.payload.find({ collection: 'messages', ...asVisitor })
    expect(docs.map((message) => message.title)).toEqual(['Published message'])
  })

  it('never sees who wrote, owns or approved a message, nor its history', async () => {
    const [message] = (await t.payload.find({ collection: 'messages', ...asVisitor })).docs
    for (const field of ['workflow', 'owner', 'reviewer', 'history', 'wordingPrint', 'attention']) {
      expect(message, field).not.toHaveProperty(field)
    }
    // Which languages are finished is public: pages and feeds say when they show English instead.
    expect(message).toHaveProperty('translationStatus')
  })

  it('cannot list or read user accounts', async () => {
    await expect(t.payload.find({ collection: 'users', ...asVisitor })).rejects.toMatchObject({ status: 403 })
  })

  it('cannot write content', async () => {
    await expect(
      t.payload.create({ collection: 'themes', ...asVisitor, data: { title: 'Spam', slug: 'spam', summary: 'Spam' } }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('what a partner account can see', () => {
  it('sees published messages only, and only its own account', async () => {
    const { user } = await t.payload.login({
      collection: 'users',
      data: { email: 'partner@example.org', password: 'partner-password-1' },
    })
    const messages = await t.payload.find({ collection: 'messages', ...asVisitor, user })
    expect(messages.docs.map((message) => message.title)).toEqual(['Published message'])
    const users = await t.payload.find({ collection: 'users', ...asVisitor, user })
    expect(users.docs.map((account) => account.email)).toEqual(['partner@example.org'])
  })

  it('cannot give itself another role', async () => {
    const { user } = await t.payload.login({
      collection: 'users',
      data: { email: 'partner@example.org', password: 'partner-password-1' },
    })
    const updated = await t.payload.update({
      collection: 'users',
      id: user!.id,
      data: { roles: ['admin'] },
      ...asVisitor,
      user,
    })
    expect(updated.roles).toEqual(['partner'])
  })
})
