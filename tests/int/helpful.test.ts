import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Theme } from '@/payload-types'

import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// "Was this page helpful?" over real HTTP: one answer per post, only for pages that exist, nothing but counts kept.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let themeSlug = ''

beforeAll(async () => {
  t = await startTestPayload()
  api = await startRestServer(t.payload.config)
  themeSlug = (await t.payload.create({ collection: 'themes', data: { title: 'Feelings after birth', summary: 'Feelings are common.' } as Theme })).slug as string
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

const answer = (body: string, type = 'application/x-www-form-urlencoded') =>
  fetch(`${api.url}/api/helpful`, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' })

const rows = async () => (await t.payload.db.find({ collection: 'helpful-answers', limit: 0, pagination: false })).docs as unknown as Record<string, unknown>[]

describe('the helpful form', () => {
  it('counts one yes or no per post and sends the visitor back to the page’s thank-you', async () => {
    const yes = await answer('page=%2F&locale=en&answer=yes')
    expect(yes.status).toBe(303)
    expect(yes.headers.get('location')).toBe('/?helpful=thanks#helpful-thanks')
    const no = await answer(`page=%2Fthemes%2F${themeSlug}&locale=pl&answer=no&comment=my+email+is+a%40b.example`)
    expect(no.headers.get('location')).toBe(`/pl/themes/${themeSlug}?helpful=thanks#helpful-thanks`)
    await answer('page=%2F&locale=en&answer=yes')
    const stored = await rows()
    expect(stored.map(({ page, locale, yes, no }) => ({ page, locale, yes, no })).sort((a, b) => String(a.page).localeCompare(String(b.page)))).toEqual([
      { page: '/', locale: 'en', yes: 2, no: 0 },
      { page: `/themes/${themeSlug}`, locale: 'pl', yes: 0, no: 1 },
    ])
    // Counts and the facts they are about; no words, nothing about who answered.
    for (const row of stored) expect(Object.keys(row).sort()).toEqual(['createdAt', 'day', 'id', 'key', 'locale', 'no', 'page', 'updatedAt', 'yes'])
  })

  it('refuses answers for pages that do not exist, two answers in one post, and made-up values, counting nothing', async () => {
    const before = JSON.stringify(await rows())
    for (const body of [
      'page=%2Fno-such-page&locale=en&answer=yes',
      'page=%2Fmessages%2Fnot-published&locale=en&answer=yes',
      'page=%2Fthemes%2Fa%2Fb&locale=en&answer=yes',
      'page=%2F&locale=en&answer=yes&answer=no',
      'page=%2F&locale=en&answer=maybe',
      'page=%2F&locale=de&answer=yes',
      'page=https%3A%2F%2Felsewhere.example%2F&locale=en&answer=yes',
      'page=%2F%2Felsewhere.example&locale=en&answer=yes',
      'page=%2Femail-updates%2Fconfirm&locale=en&answer=yes',
      '',
    ]) {
      const response = await answer(body)
      expect(response.status, body).toBe(400)
    }
    expect((await answer(`page=%2F&locale=en&answer=yes&pad=${'x'.repeat(9000)}`)).status).toBe(413)
    expect(JSON.stringify(await rows())).toBe(before)
  })
})
