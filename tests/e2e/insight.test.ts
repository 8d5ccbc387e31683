import fs from 'node:fs'
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventually, signInToAdmin, useRunningSite } from '../helpers/site'

// Counting visits and helpfulness in the built server: pages from the front cache are counted, campaign
// references too, nothing about the visitor is stored (we read the rows), the helpful form works with
// JavaScript off, and counts made just before a stop are written on the way out.

const AGENT = 'Insight-Test-Browser/1.0 (identifying string)'
const site = useRunningSite({ env: () => ({ VISIT_FLUSH_MS: '500', RATE_LIMIT_HELPFUL: '4' }) })
let db: Client

beforeAll(() => {
  db = createClient({ url: `file:${path.join(site.server.dataDir, 'campaign.db')}` })
})
afterAll(() => db?.close())

const visitsOf = async (page: string, channel: string, locale = 'en') =>
  Number((await db.execute({ sql: 'SELECT SUM(visits) AS n FROM page_visits WHERE page = ? AND channel = ? AND locale = ?', args: [page, channel, locale] })).rows[0].n ?? 0)

const get = (address: string) => fetch(site.server.url + address, { headers: { 'user-agent': AGENT, referer: 'https://elsewhere.example/private?q=secret', cookie: 'tracker=abc' } })

describe('counting visits', () => {
  it('counts pages answered from the front cache, with their campaign reference, and stores nothing about the visitor', async () => {
    let direct = 0
    // The first request makes the page; the cache keeps it moments later.
    for (let tries = 0; tries < 40; tries++) {
      const response = await get('/dads')
      expect(response.status).toBe(200)
      direct++
      if (response.headers.get('x-page-cache') === 'HIT') break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    for (let index = 0; index < 3; index++) {
      const response = await get('/dads?ref=social-facebook')
      // A campaign reference does not defeat the cache: the same page from memory.
      expect(response.headers.get('x-page-cache')).toBe('HIT')
    }
    await get('/dads?ref=made-up-campaign')
    direct++
    expect((await get('/pl/dads')).status).toBe(200)
    expect((await get('/no-such-page-made-up-by-someone')).status).toBe(404)

    expect(await eventually(async () => (await visitsOf('/dads', 'direct')) === direct && (await visitsOf('/dads', 'social-facebook')) === 3, 20)).toBe(true)
    expect(await visitsOf('/dads', 'direct', 'pl')).toBe(1)
    const pages = (await db.execute('SELECT DISTINCT page FROM page_visits')).rows.map((row) => row.page)
    expect(pages).not.toContain('/no-such-page-made-up-by-someone')
    // What a row can hold at all, and what these rows hold: the page, language, day, channel and a number.
    const columns = (await db.execute('PRAGMA table_info(page_visits)')).rows.map((row) => row.name).sort()
    expect(columns).toEqual(['channel', 'created_at', 'day', 'id', 'key', 'locale', 'page', 'updated_at', 'visits'])
    const stored = JSON.stringify((await db.execute('SELECT * FROM page_visits')).rows)
    for (const identifying of ['127.0.0.1', 'Insight-Test', 'elsewhere.example', 'secret', 'tracker', 'made-up-campaign']) expect(stored).not.toContain(identifying)
  })
})

describe('"Was this page helpful?"', () => {
  it('works with JavaScript off: one answer, a thank-you on the cached page, in the page’s language', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site.server.url + '/pl/get-help')
    await expect(page.getByRole('heading', { name: 'Czy ta strona była pomocna?' }).count()).resolves.toBe(1)
    await expect(page.locator('#helpful-thanks').isVisible()).resolves.toBe(false)
    await page.getByRole('button', { name: 'Tak' }).click()
    await page.waitForURL((url) => url.hash === '#helpful-thanks')
    expect(new URL(page.url()).pathname).toBe('/pl/get-help')
    await expect(page.locator('#helpful-thanks').isVisible()).resolves.toBe(true)
    await expect(page.locator('#helpful-thanks').textContent()).resolves.toContain('Dziękujemy')
    await expect(page.getByRole('button', { name: 'Tak' }).isVisible()).resolves.toBe(false)
    const row = (await db.execute("SELECT yes, no FROM helpful_answers WHERE page = '/get-help' AND locale = 'pl'")).rows
    expect(row.map((entry) => [Number(entry.yes), Number(entry.no)])).toEqual([[1, 0]])
    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it('is limited per client: past the limit, answers are refused and not counted', async () => {
    const post = () =>
      fetch(`${site.server.url}/api/helpful`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.server.url },
        body: 'page=%2Fget-help&locale=en&answer=no',
        redirect: 'manual',
      })
    // The browser's answer above was the first of four.
    const statuses = [await post(), await post(), await post(), await post()].map((response) => response.status)
    expect(statuses).toEqual([303, 303, 303, 429])
    const row = (await db.execute("SELECT no FROM helpful_answers WHERE page = '/get-help' AND locale = 'en'")).rows
    expect(Number(row[0].no)).toBe(3)
  })
})

describe('the Insight view', () => {
  it('shows the counted visits as accessible charts beside tables, with plain-link filters and CSV, and axe finds nothing serious', async () => {
    const page = await signInToAdmin(site, 'editor')
    await page.goto(site.server.url + '/admin/insight')
    await expect(page.getByRole('heading', { level: 1, name: 'Insight' }).count()).resolves.toBe(1)
    // Every chart is a picture with a name and a description, and has its figures in a table beside it.
    const charts = page.locator('svg[role="img"]')
    expect(await charts.count()).toBeGreaterThanOrEqual(8)
    for (const chart of await charts.all()) {
      expect(await chart.locator('title').textContent()).toBeTruthy()
      expect(await chart.locator('desc').textContent()).toBeTruthy()
    }
    const channels = page.locator('section[aria-labelledby="insight-channels"] table')
    await expect(channels.locator('tr', { hasText: 'Social: Facebook' }).locator('td').textContent()).resolves.toBe('fewer than 5')
    // Quiet districts named in words (the sentence is also the chart's description).
    await expect(page.locator('section[aria-labelledby="insight-districts"] > p', { hasText: /^Nothing reached Ashford/ }).count()).resolves.toBe(1)
    // Filters are plain links (GET): the address says what is shown.
    await page.getByRole('link', { name: 'Last 12 months' }).click()
    await page.waitForURL((url) => url.searchParams.get('range') === '365d')
    await expect(page.getByRole('link', { name: 'Last 12 months (shown)' }).getAttribute('aria-current')).resolves.toBe('true')
    // The CSV as a person gets it: the browser follows the link and saves the file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download “Arrivals by channel” as CSV' }).click()])
    expect(download.suggestedFilename()).toBe('insight-channels.csv')
    expect(fs.readFileSync((await download.path())!, 'utf8')).toContain('"Social: Facebook","fewer than 5"')
    const { violations } = await new AxeBuilder({ page }).include('.insight').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(violations.filter((item) => item.impact === 'serious' || item.impact === 'critical').map((item) => `${item.id}: ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
    await page.context().close()
  })

  it('is for the team only', async () => {
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/admin/insight')
    await page.waitForURL(/\/admin\/login/)
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/admin/insight')
    await page.close()
    expect((await fetch(`${site.server.url}/api/insight/csv?section=channels`)).status).toBe(401)
  })
})

describe('stopping the server', () => {
  it('writes the visits counted since the last batch before it goes', async () => {
    const before = await visitsOf('/privacy', 'email')
    for (let index = 0; index < 25; index++) await get('/privacy?ref=email')
    expect(await site.server.stop()).toBe(0)
    expect(await visitsOf('/privacy', 'email')).toBe(before + 25)
  })
})
