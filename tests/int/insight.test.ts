import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addOne, monthOf } from '@/collections/counts'
import { countDownload } from '@/collections/DownloadCounts/count'
import { addDays } from '@/calendar/time'
import { cellText, insightReport, readFilters, type Section } from '@/insight/report'
import { dayOf } from '@/insight/tally'
import { addVisits } from '@/insight/visitRows'
import type { Theme } from '@/payload-types'

import { draftMessage } from '../helpers/messages'
import { createPeople, passwordOf } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Seeded visits, downloads and scans give the expected figures in the Insight report and its CSV, with small
// counts in words and quiet districts named.

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
const tokens: Record<string, string> = {}
const today = dayOf(new Date())

beforeAll(async () => {
  t = await startTestPayload()
  await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  for (const who of ['editor', 'partner'] as const) {
    const login = await fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `${who}@example.org`, password: passwordOf(who) }) })
    tokens[who] = (await login.json()).token
  }
  const feelings = await t.payload.create({ collection: 'themes', data: { title: 'Feelings after birth', summary: 'Feelings are common.' } as Theme })
  await draftMessage(t.payload, 'dads-feel-it-too', { themes: [feelings.id], audiences: ['dads-and-co-parents'] })
  await draftMessage(t.payload, 'sleep-and-mood', { audiences: ['all-parents'] })
  const earlier = addDays(today, -3)
  await addVisits(t.payload, [
    { page: '/messages/dads-feel-it-too', locale: 'en', day: today, channel: 'direct', visits: 7 },
    { page: '/messages/dads-feel-it-too', locale: 'en', day: earlier, channel: 'social-facebook', visits: 3 },
    { page: '/messages/sleep-and-mood', locale: 'pl', day: earlier, channel: 'email', visits: 12 },
    { page: '/dads', locale: 'en', day: today, channel: 'direct', visits: 5 },
    { page: '/', locale: 'en', day: today, channel: 'qr', visits: 20 },
    // Outside the last four weeks: not counted in them.
    { page: '/', locale: 'en', day: addDays(today, -40), channel: 'direct', visits: 100 },
  ])
  const material = (await t.payload.db.create({ collection: 'materials', data: { title: 'Poster', slug: 'poster', type: 'poster', filename: 'poster.pdf', mimeType: 'application/pdf' } as never })) as { id: number }
  const downloads = [...Array(6).fill({ organisationKind: 'health', district: 'swale' }), ...Array(2).fill({ organisationKind: 'health', district: 'thanet' }), ...Array(3).fill({ organisationKind: 'visitor' })]
  for (const who of downloads) await countDownload(t.payload, material.id, who)
  const swaleHub = await t.payload.create({ collection: 'venues', data: { name: 'Sheppey Family Hub', kind: 'family-hub', district: 'swale' } as never })
  const doverGroup = await t.payload.create({ collection: 'venues', data: { name: 'Dover Baby Group', kind: 'baby-group', district: 'dover' } as never })
  for (let scan = 0; scan < 4; scan++) await addOne(t.payload, 'qr-visits', { venue: swaleHub.id, message: undefined, month: monthOf(new Date()) }, 'visits')
  for (let scan = 0; scan < 9; scan++) await addOne(t.payload, 'qr-visits', { venue: doverGroup.id, message: undefined, month: monthOf(new Date()) }, 'visits')
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

const shown = (section: Section) => section.table.rows.map((row) => row.map(cellText))
const report = async (params: Record<string, string> = {}) => Object.fromEntries((await insightReport(t.payload, readFilters(params))).sections.map((section) => [section.id, section]))

describe('the Insight figures', () => {
  it('counts reach by channel, messages, themes, the Dads share and languages, small counts in words', async () => {
    const sections = await report()
    expect(shown(sections.channels)).toEqual([
      ['QR posters', '20'],
      ['Direct or other', '12'],
      ['Email', '12'],
      ['Social: Facebook', 'fewer than 5'],
    ])
    expect(sections['reach-over-time'].words[0]).toBe(`47 page visits from ${addDays(today, -27)} to ${today}.`)
    expect(shown(sections.messages)).toEqual([
      ['Sleep and mood', '12'],
      ['Dads feel it too', '10'],
    ])
    expect(shown(sections.themes)).toEqual([['Feelings after birth', '10']])
    expect(sections.dads.words[0]).toMatch(/^32% of visits were to Dads and co-parents content/)
    expect(shown(sections.languages)).toEqual([
      ['English', '35'],
      ['Polski', '12'],
      ['Română', 'none'],
    ])
  })

  it('counts downloads and scans by district and kind of organisation, and names the districts nothing reached', async () => {
    const sections = await report()
    const rows = Object.fromEntries(shown(sections.districts).map(([district, ...figures]) => [district, figures]))
    expect(rows.Swale).toEqual(['6', 'fewer than 5', '10'])
    expect(rows.Thanet).toEqual(['fewer than 5', 'none', 'fewer than 5'])
    expect(rows.Dover).toEqual(['none', '9', '9'])
    expect(rows.Ashford).toEqual(['none', 'none', 'none'])
    expect(rows['No district (not signed in)']).toEqual(['fewer than 5', 'none', 'fewer than 5'])
    expect(sections.districts.words[0]).toMatch(/^Nothing reached Ashford, .*Tunbridge Wells in the last 4 weeks/)
    expect(sections.districts.words[0]).not.toMatch(/Swale|Dover|Thanet/)
    expect(sections.districts.words[1]).toBe('Little reached Thanet: fewer than 5 downloads and scans together.')
    const kinds = Object.fromEntries(shown(sections.organisations))
    expect(kinds['Not signed in']).toBe('fewer than 5')
    expect(kinds['Baby or toddler group']).toBe('none')
    expect(Object.values(kinds).filter((figure) => figure === '8')).toHaveLength(1)
  })

  it('filters by theme, audience and district', async () => {
    const dads = await report({ audience: 'dads-and-co-parents' })
    expect(shown(dads.channels)).toEqual([
      ['Direct or other', '12'],
      ['Social: Facebook', 'fewer than 5'],
    ])
    const feelings = await report({ theme: 'feelings-after-birth' })
    expect(shown(feelings.messages)).toEqual([['Dads feel it too', '10']])
    const swale = await report({ district: 'swale' })
    expect(shown(swale.districts)).toEqual([['Swale', '6', 'fewer than 5', '10']])
  })

  it('gives each table as CSV to the team, with the same words for small counts, and to nobody else', async () => {
    const csv = await fetch(`${api.url}/api/insight/csv?section=districts`, { headers: { authorization: `JWT ${tokens.editor}` } })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toBe('"District","Downloads","QR scans","Together"')
    expect(lines).toContain('"Swale","6","fewer than 5","10"')
    expect(lines).toContain('"Thanet","fewer than 5","none","fewer than 5"')
    expect((await fetch(`${api.url}/api/insight/csv?section=districts`)).status).toBe(401)
    expect((await fetch(`${api.url}/api/insight/csv?section=districts`, { headers: { authorization: `JWT ${tokens.partner}` } })).status).toBe(403)
    expect((await fetch(`${api.url}/api/insight/csv?section=nope`, { headers: { authorization: `JWT ${tokens.editor}` } })).status).toBe(404)
  })
})
