import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkMessageTo } from '@/collections/Messages/walk'
import { richTextFromParagraphs } from '@/domain/richText'
import type { Message } from '@/payload-types'

import { createPeople, passwordOf, type People } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let people: People
const tokens: Record<string, string> = {}

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  for (const role of ['editor', 'partner', 'admin'] as const) {
    const response = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${role}@example.org`, password: passwordOf(role) }),
    })
    tokens[role] = (await response.json()).token
  }
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

const post = (body: string, role?: string) =>
  fetch(`${api.url}/api/content-check`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(role ? { authorization: `JWT ${tokens[role]}` } : {}) },
    body,
  })

describe('POST /api/content-check', () => {
  it('returns findings and readability in the agreed shape to the comms team', async () => {
    const response = await post(JSON.stringify({ text: 'Some mums suffer from anxiety after birth.', audience: 'all-parents', channel: 'x' }), 'editor')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(Object.keys(body.readability)).toEqual(['smog', 'fleschKincaidGrade', 'fleschReadingEase', 'words', 'sentences'])
    expect(body.findings.map((finding: { rule: string }) => finding.rule)).toEqual(expect.arrayContaining(['suffers-from', 'mums-only']))
  })

  it('is closed to visitors and partners', async () => {
    expect((await post(JSON.stringify({ text: 'Help is there.' }))).status).toBe(401)
    expect((await post(JSON.stringify({ text: 'Help is there.' }), 'partner')).status).toBe(403)
  })

  it('answers bad input with a 400 and a reason', async () => {
    const cases: [string, RegExp][] = [
      ['{"text": "unfinished', /must be JSON/],
      ['{"words": "Help is there."}', /"text" must be a string/],
      ['{"text": "   "}', /no text to check/],
      [JSON.stringify({ text: 'x'.repeat(60_000) }), /checker takes up to 50000/],
      [JSON.stringify({ text: 'Help.', audience: 'grandparents' }), /"audience" must be one of/],
    ]
    for (const [body, reason] of cases) {
      const response = await post(body, 'editor')
      expect(response.status, body.slice(0, 30)).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(reason)
    }
  })
})

describe('GET /api/content-report', () => {
  it('lists live messages whose warnings stand, with the reviewer\'s acceptance, as JSON and CSV', async () => {
    const message = await t.payload.create({
      collection: 'messages',
      draft: true,
      data: {
        title: 'Anxiety after birth',
        keyMessage: 'Many dads suffer with anxiety after the birth.',
        body: richTextFromParagraphs(['Talk to your GP.']),
        audiences: ['dads-and-co-parents'],
      } as Message,
    })
    const warning = (message.safety?.findings as { id: string; severity: string }[]).find((finding) => finding.severity === 'warn')!
    await t.payload.update({
      collection: 'messages',
      id: message.id,
      draft: true,
      overrideAccess: false,
      user: people.reviewer,
      data: { safety: { accepted: [{ finding: warning.id, justification: 'Quoted from a dad in our focus group.' }] } },
    })
    await walkMessageTo(t.payload, message.id, 'published')

    const report = await (await fetch(`${api.url}/api/content-report`, { headers: { authorization: `JWT ${tokens.admin}` } })).json()
    const row = report.messages.find((entry: { id: number }) => entry.id === message.id)
    expect(row).toMatchObject({ state: 'published', open: [expect.objectContaining({ rule: 'suffers-from', accepted: true })] })

    const csv = await fetch(`${api.url}/api/content-report?format=csv`, { headers: { authorization: `JWT ${tokens.admin}` } })
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    expect(await csv.text()).toContain('"Anxiety after birth","published","warn","yes","suffers-from"')
    expect((await fetch(`${api.url}/api/content-report`, { headers: { authorization: `JWT ${tokens.partner}` } })).status).toBe(403)
  })
})
