import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { REFRESH_TOKEN_ENV, REFRESH_TOKEN_HEADER, registerSiteRefresh } from '@/server/siteRefresh'

import { draftMessage } from '../helpers/messages'
import { createPeople, passwordOf } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// When the public site is asked to refresh: after a saved change visitors could see, and only then. The test
// stands in for the Express shell by registering its own refresh, as server.ts does.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let refreshes = 0

beforeAll(async () => {
  t = await startTestPayload()
  await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  registerSiteRefresh(async () => {
    refreshes += 1
  })
})
afterAll(async () => {
  registerSiteRefresh(async () => undefined)
  await api?.close()
  await t?.close()
})
beforeEach(() => {
  refreshes = 0
})

/** Refreshes are asked for just after a save and once more a moment later (src/hooks/refreshSite.ts). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 1700))

const newDraft = (slug: string) => draftMessage(t.payload, slug)

describe('refreshing the public site after a change', () => {
  it('happens when a service visitors can read is changed', async () => {
    const service = await t.payload.find({ collection: 'services', limit: 1 })
    const created =
      service.docs[0] ??
      (await t.payload.create({
        collection: 'services',
        data: {
          name: 'Test helpline',
          slug: 'test-helpline',
          summary: 'A service for this test.',
          supports: ['perinatal-mental-health'],
          needLevels: ['getting-help'],
          districts: ['thanet'],
          sector: 'nhs',
          cost: 'free',
          delivery: ['phone'],
          contact: { howToContact: 'Ask your midwife.' },
        },
      }))
    await settled()
    refreshes = 0
    await t.payload.update({ collection: 'services', id: created.id, data: { summary: 'A service for this test, changed.' } })
    await settled()
    expect(refreshes).toBe(2)
  })

  it('does not happen for drafts nobody outside the team has seen, and does when a message goes live or comes down', async () => {
    const draft = await newDraft('refresh-draft')
    await t.payload.update({ collection: 'messages', id: draft.id, draft: true, data: { keyMessage: 'Being very tired makes low mood worse. Support helps.' } })
    await settled()
    expect(refreshes).toBe(0)

    await walkMessageTo(t.payload, draft.id, 'published')
    await settled()
    expect(refreshes).toBeGreaterThan(0)

    refreshes = 0
    await t.payload.update({ collection: 'messages', id: draft.id, data: { workflow: { state: 'archived', note: 'Replaced.' } }, context: { system: true } })
    await settled()
    expect(refreshes).toBeGreaterThan(0)
  })

  it('is left out while seeding, which starts with nothing cached', async () => {
    const draft = await newDraft('refresh-seeded')
    await walkMessageTo(t.payload, draft.id, 'published', { context: { disableRevalidate: true } })
    await settled()
    expect(refreshes).toBe(0)
  })
})

describe('POST /api/site-cache/refresh', () => {
  it('answers only the server itself: visitors, admins and wrong secrets get a 403', async () => {
    process.env[REFRESH_TOKEN_ENV] = 'the-shells-own-secret-for-this-test'
    const login = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: passwordOf('admin') }),
    })
    const { token } = await login.json()
    const attempts: Record<string, string>[] = [{}, { authorization: `JWT ${token}` }, { [REFRESH_TOKEN_HEADER]: 'a-guess' }, { [REFRESH_TOKEN_HEADER]: '' }]
    for (const headers of attempts) {
      const response = await fetch(`${api.url}/api/site-cache/refresh`, { method: 'POST', headers })
      expect(response.status).toBe(403)
      expect((await response.json()).errors[0].message).toBe('Only the server itself refreshes the public site.')
    }
  })
})
