import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { demoLogin, useRunningSite } from '../helpers/site'

const site = useRunningSite()

describe('the public campaign page', () => {
  it('shows the starter content with help one tap away, sets no cookies and asks no other host for anything', async () => {
    const context = await site.browser.newContext()
    const page = await context.newPage()
    const hosts = new Set<string>()
    page.on('request', (request) => hosts.add(new URL(request.url()).host))
    const response = await page.goto(site.server.url + '/')
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe('Nurturing Little Hearts and Minds')
    await expect(page.getByRole('heading', { name: 'Postpartum psychosis is an emergency' }).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { name: 'Dads and co-parents', exact: true }).count()).resolves.toBe(1)
    await expect(page.locator('#get-help h3').allTextContents()).resolves.toEqual([
      'Emergency: 999 or A&E',
      'NHS 111',
      'Perinatal Mental Health Helpline',
    ])
    await page.getByRole('link', { name: 'Get help now' }).click()
    await page.waitForURL('**/get-help')
    await expect(page.locator('h2').first().textContent()).resolves.toBe('Call 999 or go to A&E now if:')
    expect(await context.cookies()).toEqual([])
    expect([...hosts]).toEqual([new URL(site.server.url).host])
    await context.close()
  })

  it('sends security headers and compresses the page', async () => {
    const response = await fetch(site.server.url + '/', { headers: { 'accept-encoding': 'gzip' } })
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    // Parent pages carry no scripts, so their policy refuses every script and every framing.
    expect(csp).toContain("script-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('same-origin')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('strict-transport-security')).toBeNull()
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('x-powered-by')).toBeNull()
    expect(response.headers.get('set-cookie')).toBeNull()
    // The second visit comes from memory with the same protections.
    const again = await fetch(site.server.url + '/', { headers: { 'accept-encoding': 'gzip' } })
    expect(again.headers.get('x-page-cache')).toBe('HIT')
    expect(again.headers.get('content-security-policy')).toBe(csp)
    expect(again.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(again.headers.get('content-encoding')).toBe('gzip')
    // The admin keeps the policy it needs for its own scripts.
    const admin = await fetch(site.server.url + '/admin/login')
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
  })

  it('answers an unknown address with a helpful 404 page', async () => {
    const page = await site.browser.newPage()
    const response = await page.goto(site.server.url + '/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1').textContent()).resolves.toBe('We could not find that page')
    await expect(page.getByRole('link', { name: 'Find out how to get help now' }).count()).resolves.toBe(1)
    await page.close()
  })
})

describe('the API', () => {
  it('serves published messages over REST and GraphQL', async () => {
    const rest = await (await fetch(site.server.url + '/api/messages?depth=0&limit=50')).json()
    expect(rest.totalDocs).toBe(5)
    const graphql = await fetch(site.server.url + '/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Services(limit: 50) { totalDocs docs { name } } }' }),
    })
    const { data } = await graphql.json()
    expect(data.Services.totalDocs).toBe(17)
    expect(data.Services.docs.map((service: { name: string }) => service.name)).toContain('Baby Umbrella')
  })

  it('refuses a malformed JSON body with a 400 and a reason', async () => {
    const response = await fetch(site.server.url + '/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "admin@example.org", ',
    })
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors[0].message).toMatch(/not valid JSON/)
  })

  it('keeps user accounts from anonymous visitors', async () => {
    expect((await fetch(site.server.url + '/api/users')).status).toBe(403)
  })
})

describe('the admin', () => {
  it('lets the demo admin log in and see the content collections', async () => {
    const { email, password } = demoLogin(site.server.dataDir, 'admin')
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/admin')
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page.getByRole('link', { name: /Messages/ }).first().waitFor()
    await page.goto(site.server.url + '/admin/collections/messages')
    await page.getByText('Postpartum psychosis is an emergency').first().waitFor()
    await page.close()
  })
})

describe('health and readiness', () => {
  it('reports alive, and ready only while the database can be reached', async () => {
    expect((await fetch(site.server.url + '/healthz')).status).toBe(200)
    expect(await (await fetch(site.server.url + '/readyz')).json()).toMatchObject({ status: 'ready' })
    const database = path.join(site.server.dataDir, 'campaign.db')
    fs.renameSync(database, database + '.away')
    try {
      // Readiness keeps its answer for a moment (src/server/readiness.ts), so the change shows within seconds.
      await expect.poll(async () => (await fetch(site.server.url + '/readyz')).status, { timeout: 15_000 }).toBe(503)
      const down = await fetch(site.server.url + '/readyz')
      expect(down.status).toBe(503)
      expect(await down.json()).toMatchObject({ status: 'not ready', detail: expect.stringMatching(/missing/) })
      expect((await fetch(site.server.url + '/healthz')).status).toBe(200)
    } finally {
      fs.renameSync(database + '.away', database)
    }
    await expect.poll(async () => (await fetch(site.server.url + '/readyz')).status, { timeout: 15_000 }).toBe(200)
  })
})
