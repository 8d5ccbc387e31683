import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { launchChromium } from './browser'
import { type RunningServer, startServer } from './server'

export type Site = { server: RunningServer; browser: Browser }

/**
 * One production server and one Chromium for a test file, started before its tests and stopped after.
 * `env` is read when the server starts, so it can name things started by an earlier beforeAll (a mailbox).
 */
export function useRunningSite(options: { env?: () => Record<string, string> } = {}): Site {
  const site = {} as Site
  beforeAll(async () => {
    site.server = await startServer({ env: options.env?.() })
    site.browser = await launchChromium()
  })
  afterAll(async () => {
    await site.browser?.close()
    await site.server?.stop()
  })
  return site
}

/** A demo login the seed wrote for this server's data folder. */
export function demoLogin(dataDir: string, role: string): { email: string; password: string } {
  const { logins } = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as {
    logins: { role: string; email: string; password: string }[]
  }
  const login = logins.find((entry) => entry.role === role)
  if (!login) throw new Error(`No demo login for ${role}`)
  return { email: login.email, password: login.password }
}

/** A fresh browser session for one demo person, signed in through the admin's own form. */
export async function signInToAdmin(site: Site, role: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  const { email, password } = demoLogin(site.server.dataDir, role)
  await page.goto(site.server.url + '/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return page
}

/**
 * Waits, up to a limit, for something a visitor would see: the public site refreshes its cached pages within
 * moments of a saved change, not during the save.
 */
export async function eventually(check: () => Promise<boolean>, seconds = 15): Promise<boolean> {
  for (let waited = 0; waited < seconds * 4; waited += 1) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return check()
}

/** Headers for the REST API as a demo person (logged in through the API, as any client would). */
export async function apiHeadersAs(site: Site, role: string): Promise<Record<string, string>> {
  const login = await fetch(`${site.server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoLogin(site.server.dataDir, role)),
  })
  return { authorization: `JWT ${(await login.json()).token}`, 'content-type': 'application/json' }
}
