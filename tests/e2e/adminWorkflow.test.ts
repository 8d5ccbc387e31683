import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Role = 'editor' | 'reviewer' | 'publisher'

function login(role: Role) {
  const { logins } = JSON.parse(fs.readFileSync(path.join(server.dataDir, 'demo-credentials.json'), 'utf8')) as {
    logins: { role: string; email: string; password: string }[]
  }
  return logins.find((entry) => entry.role === role)!
}

/** A fresh browser session for one person, logged in through the admin's own form. */
async function signIn(role: Role): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  const { email, password } = login(role)
  await page.goto(server.url + '/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return page
}

async function choose(page: Page, field: string, option: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

async function saveDraft(page: Page) {
  await page.locator('#action-save-draft').click()
  await page.getByText(/saved successfully/i).first().waitFor()
}

async function stateOf(page: Page): Promise<string> {
  return (await page.locator('#field-workflow__state .rs__single-value').textContent())?.trim() ?? ''
}

describe('a message from draft to published, through the admin', () => {
  it('is written by an editor, approved by a reviewer and published by a publisher; visitors see it only then', async () => {
    const title = 'Sleep, tiredness and low mood'
    const editor = await signIn('editor')
    await editor.goto(server.url + '/admin/collections/messages/create')
    await editor.locator('#field-title').fill(title)
    await editor.locator('#field-keyMessage').fill('Being very tired can make low mood feel worse. Rest and support help.')
    await editor.locator('[data-lexical-editor="true"]').first().click()
    await editor.keyboard.type('Broken sleep is hard. If low feelings last more than two weeks, talk to your GP.')
    await choose(editor, 'audiences', 'All parents and carers')
    await saveDraft(editor)
    await editor.waitForURL(/\/admin\/collections\/messages\/\d+/)
    const messagePath = new URL(editor.url()).pathname

    await choose(editor, 'workflow__state', 'Approved')
    await editor.locator('#action-save-draft').click()
    await editor.getByText(/cannot move from "Draft" to "Approved"/).first().waitFor()

    await editor.reload()
    await choose(editor, 'workflow__state', 'In review')
    await saveDraft(editor)
    expect(await stateOf(editor)).toBe('In review')
    await editor.context().close()

    const visitorList = async () => (await (await fetch(`${server.url}/api/messages?limit=100&depth=0`)).json()) as { docs: { title: string }[] }
    expect((await visitorList()).docs.map((doc) => doc.title)).not.toContain(title)

    const reviewer = await signIn('reviewer')
    await reviewer.goto(server.url + '/admin')
    await reviewer.getByRole('link', { name: title }).first().waitFor()
    await reviewer.goto(server.url + messagePath)
    await choose(reviewer, 'workflow__state', 'Approved')
    await reviewer.locator('#field-workflow__note').fill('Clear and kind. Checked against the safety guide.')
    await saveDraft(reviewer)
    expect(await stateOf(reviewer)).toBe('Approved')
    await reviewer.context().close()

    const publisher = await signIn('publisher')
    await publisher.goto(server.url + messagePath)
    await publisher.locator('#action-save').click()
    await publisher.getByText(/published successfully|updated successfully/i).first().waitFor()
    await publisher.reload()
    expect(await stateOf(publisher)).toBe('Published')
    await publisher.context().close()

    expect((await visitorList()).docs.map((doc) => doc.title)).toContain(title)
    const history = await fetch(`${server.url}/api/messages?limit=100&depth=0`).then((response) => response.json())
    expect(history.docs.find((doc: { title: string }) => doc.title === title).workflow).toBeUndefined()
  })
})
