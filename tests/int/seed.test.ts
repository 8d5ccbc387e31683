import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isDatabaseEmpty, seed } from '@/seed'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let credentialsFile: string

beforeAll(async () => {
  t = await startTestPayload()
  credentialsFile = path.join(t.dir, 'data', 'demo-credentials.json')
})
afterAll(async () => t?.close())

describe('seeding an empty database with the strategy\'s starter content', () => {
  // Seeding saves every starter message through its whole workflow: a minute or more on a busy machine.
  it('recognises an empty database, then fills it', { timeout: 180_000 }, async () => {
    expect(await isDatabaseEmpty(t.payload)).toBe(true)
    const report = await seed(t.payload, { credentialsFile })
    expect(report).toMatchObject({ users: 5, themes: 6, services: 17, messages: 11, awarenessDates: 5, materials: 6 })
    expect(await isDatabaseEmpty(t.payload)).toBe(false)
  })

  it('stores the Appendix 3 services with what they support, where, the level of need and the sector', async () => {
    const { docs } = await t.payload.find({ collection: 'services', where: { slug: { equals: 'dads-unlimited' } } })
    expect(docs[0]).toMatchObject({
      name: 'Dads Unlimited',
      supports: expect.arrayContaining(['perinatal-mental-health', 'parent-infant-relationships']),
      needLevels: ['coping', 'getting-help'],
      sector: 'voluntary-and-community',
      acceptsDadsAndCoParents: true,
    })
    expect(docs[0].districts).toContain('maidstone')
    const unverified = await t.payload.count({ collection: 'services', where: { verifiedAt: { exists: false } } })
    expect(unverified.totalDocs).toBe(17)
  })

  it('puts a message at every step of the workflow, with a true history', async () => {
    const all = await t.payload.find({ collection: 'messages', draft: true, depth: 0, limit: 50 })
    const states = new Set(all.docs.map((message) => message.workflow?.state))
    expect([...states].sort()).toEqual(['approved', 'archived', 'draft', 'expired', 'in_review', 'published', 'scheduled'])
    const scheduled = all.docs.find((message) => message.workflow?.state === 'scheduled')
    const trail = await t.payload.find({ collection: 'audit-trail', where: { message: { equals: scheduled!.id } }, sort: 'at' })
    expect(trail.docs.map((entry) => entry.event)).toEqual([
      'Created as draft',
      'Draft → In review',
      'In review → Approved',
      'Approved → Scheduled',
    ])
  })

  it('publishes a message with a complete Polish translation, marked as a draft a native speaker must check', async () => {
    const { docs } = await t.payload.find({ collection: 'messages', where: { slug: { equals: 'asking-for-help-is-safe' } }, locale: 'pl', fallbackLocale: false, overrideAccess: false, depth: 0 })
    expect(docs[0]).toMatchObject({ title: 'Prośba o pomoc jest bezpieczna', translationStatus: { pl: 'complete', ro: 'missing' } })
    expect(docs[0].renditions?.poster?.headline).toBe('Prośba o pomoc jest bezpieczna')
    const trail = await t.payload.find({ collection: 'audit-trail', where: { message: { equals: docs[0].id } }, limit: 20 })
    expect(trail.docs.some((entry) => /Polish translation is a draft.*native speaker.*must check/.test(entry.note ?? ''))).toBe(true)
  })

  it('publishes the first messages, with their signposts linked to real services', async () => {
    const visitorView = await t.payload.find({ collection: 'messages', overrideAccess: false, depth: 1, limit: 20 })
    expect(visitorView.totalDocs).toBe(5)
    const psychosis = visitorView.docs.find((message) => message.slug.includes('psychosis'))
    const emergency = psychosis?.signposts?.find((signpost) => signpost.urgency === 'emergency')
    expect(emergency?.service).toMatchObject({ slug: 'emergency-999' })
  })

  it('gives the partner library talking points for every live message, gathered in a kit per theme', async () => {
    const materials = await t.payload.find({ collection: 'materials', overrideAccess: false, depth: 0, limit: 50 })
    expect(materials.totalDocs).toBe(5)
    // One more is for partner organisations only.
    expect((await t.payload.count({ collection: 'materials' })).totalDocs).toBe(6)
    const psychosis = materials.docs.find((material) => material.slug === 'talking-points-postpartum-psychosis-is-an-emergency')
    expect(psychosis).toMatchObject({ type: 'talking-points', accessLevel: 'public', mimeType: 'text/plain' })
    const text = fs.readFileSync(path.join(t.dir, 'data', 'materials', psychosis!.filename!), 'utf8')
    expect(text).toContain('Postpartum psychosis is an emergency')
    expect(text).toContain('/get-help')
    const kits = await t.payload.find({ collection: 'kits', depth: 0, limit: 20 })
    expect(kits.docs.length).toBeGreaterThan(0)
    for (const kit of kits.docs) expect(kit.items?.length, kit.title).toBeGreaterThan(0)
  })

  it('writes one demo login per role to a file only the owner can read, and those logins work', async () => {
    expect(fs.statSync(credentialsFile).mode & 0o777).toBe(0o600)
    const { logins } = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as {
      logins: { role: string; email: string; password: string }[]
    }
    expect(logins.map((login) => login.role).sort()).toEqual(['admin', 'editor', 'partner', 'publisher', 'reviewer'])
    for (const { email, password, role } of logins) {
      const result = await t.payload.login({ collection: 'users', data: { email, password } })
      expect(result.user?.roles).toEqual([role])
    }
  })

  it('adds nothing twice when run again', async () => {
    await seed(t.payload, { credentialsFile: path.join(t.dir, 'again.json') })
    expect((await t.payload.count({ collection: 'messages' })).totalDocs).toBe(11)
    expect((await t.payload.count({ collection: 'awareness-dates' })).totalDocs).toBe(5)
    expect((await t.payload.count({ collection: 'services' })).totalDocs).toBe(17)
    expect((await t.payload.count({ collection: 'users' })).totalDocs).toBe(5)
    expect((await t.payload.count({ collection: 'materials' })).totalDocs).toBe(6)
    expect(fs.existsSync(path.join(t.dir, 'again.json'))).toBe(false)
  })
})
