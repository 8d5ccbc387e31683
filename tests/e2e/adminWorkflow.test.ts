import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { apiHeadersAs, demoLogin, eventually, signInToAdmin, useRunningSite } from '../helpers/site'

const site = useRunningSite()

type Role = 'editor' | 'reviewer' | 'publisher'

const login = (role: Role) => demoLogin(site.server.dataDir, role)

const signIn = (role: string): Promise<Page> => signInToAdmin(site, role)

async function choose(page: Page, field: string, option: string) {
  const wanted = page.locator('.rs__option', { hasText: option }).first()
  // The first click can land while the form is still settling; open the menu until the option shows.
  for (let attempt = 0; attempt < 3 && !(await wanted.isVisible()); attempt += 1) {
    await page.locator(`#field-${field} .rs__control`).click()
    await wanted.waitFor({ timeout: 5000 }).catch(() => undefined)
  }
  await wanted.click()
  // A many-valued select keeps its menu open; close it so the next click reaches its target.
  await page.keyboard.press('Escape')
}

async function saveDraft(page: Page) {
  await page.locator('#action-save-draft:not([disabled])').click()
  await page.getByText(/successfully/i).first().waitFor().catch(async (error: unknown) => {
    await page.screenshot({ path: 'test-results/admin-save-failed.png', fullPage: true })
    throw error
  })
  await page.locator('.payload-toast-container button, .toast-close-button').first().click().catch(() => undefined)
}

/**
 * Open a message. The previous person's edit lock may still stand (they closed the tab); taking over is
 * what a reviewer or publisher does then.
 */
async function openMessage(page: Page, messagePath: string) {
  await page.goto(site.server.url + messagePath)
  await page.waitForLoadState('networkidle')
  const takeOver = page.getByRole('button', { name: 'Take over' })
  if (await takeOver.isVisible()) {
    await takeOver.click()
    await page.waitForLoadState('networkidle')
  }
}

/** Go back to the list, as a person finishing would, then end the session. */
async function signOut(page: Page) {
  await page.goto(site.server.url + '/admin/collections/messages')
  await page.locator('h1', { hasText: 'Messages' }).waitFor()
  await page.context().close()
}

/** The public page as an anonymous visitor gets it (from the cache when it is there). */
async function visit(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(site.server.url + path)
  return { status: response.status, html: await response.text() }
}

async function stateOf(page: Page): Promise<string> {
  return (await page.locator('#workflow-state-now').textContent())?.trim() ?? ''
}

/** The workflow's buttons at the top of the page: the moves open to this person. */
async function movesOffered(page: Page): Promise<string[]> {
  await page.locator('#workflow-status').waitFor()
  return page.locator('.workflow-moves button').allTextContents()
}

/** Make a move with its button, and wait for the save to be confirmed. */
async function makeMove(page: Page, to: string) {
  await page.locator(`#action-move-${to}:not([disabled])`).click()
  await page.getByText(/successfully/i).first().waitFor()
  await page.locator('.payload-toast-container button, .toast-close-button').first().click().catch(() => undefined)
}

describe('a message from draft to published, through the admin', () => {
  // Three people's sessions in one journey: allow for a busy machine.
  it('is written by an editor, approved by a reviewer and published by a publisher; visitors see it only then', { timeout: 300_000 }, async () => {
    const title = 'Sleep, tiredness and low mood'
    const editor = await signIn('editor')
    await editor.goto(site.server.url + '/admin/collections/messages/create')
    await editor.locator('#field-title').fill(title)
    await editor.locator('#field-keyMessage').fill('Being very tired can make low mood feel worse. Rest and support help.')
    await editor.locator('[data-lexical-editor="true"]').first().click()
    await editor.keyboard.type('Broken sleep is hard. If low feelings last more than two weeks, talk to your GP.')
    await choose(editor, 'audiences', 'All parents and carers')
    await saveDraft(editor)
    await editor.waitForURL(/\/admin\/collections\/messages\/\d+/)
    const messagePath = new URL(editor.url()).pathname
    const publicPath = '/messages/sleep-tiredness-and-low-mood'
    // Visitors' first reads fill the caches, so publishing below must refresh them.
    expect((await visit(publicPath)).status).toBe(404)
    expect((await visit('/')).html).not.toContain(title)

    // Only the editor's own moves are offered; approving it by hand is still refused by the server.
    expect(await movesOffered(editor)).toEqual(['Send for review', 'Archive'])
    const byHand = await fetch(`${site.server.url}/api/messages/${messagePath.split('/').pop()}?draft=true`, {
      method: 'PATCH',
      headers: await apiHeadersAs(site, 'editor'),
      body: JSON.stringify({ workflow: { state: 'approved' } }),
    })
    expect(byHand.status).toBe(400)
    expect((await byHand.json()).errors[0].message).toBe('A message cannot move from "Draft" to "Approved".')

    await makeMove(editor, 'in_review')
    expect(await stateOf(editor)).toBe('In review')
    expect(await editor.locator('#workflow-status').textContent()).toContain('In review')
    await signOut(editor)

    const visitorList = async () => (await (await fetch(`${site.server.url}/api/messages?limit=100&depth=0`)).json()) as { docs: { title: string }[] }
    expect((await visitorList()).docs.map((doc) => doc.title)).not.toContain(title)

    const reviewer = await signIn('reviewer')
    await reviewer.goto(site.server.url + '/admin')
    await reviewer.getByRole('link', { name: title }).first().waitFor()
    await openMessage(reviewer, messagePath)
    expect(await movesOffered(reviewer)).toEqual(['Approve', 'Return to author'])
    await reviewer.locator('#field-workflow__note').fill('Clear and kind. Checked against the safety guide.')
    await makeMove(reviewer, 'approved')
    expect(await stateOf(reviewer)).toBe('Approved')
    await signOut(reviewer)

    const publisher = await signIn('publisher')
    await openMessage(publisher, messagePath)
    expect(await movesOffered(publisher)).toEqual(['Schedule', 'Publish now', 'Archive'])
    await makeMove(publisher, 'published')
    await publisher.reload()
    expect(await stateOf(publisher)).toBe('Published')
    await signOut(publisher)

    expect((await visitorList()).docs.map((doc) => doc.title)).toContain(title)
    expect(await eventually(async () => (await visit(publicPath)).status === 200)).toBe(true)
    expect((await visit(publicPath)).html).toContain(`<h1>${title}</h1>`)
    expect(await eventually(async () => (await visit('/')).html.includes(title))).toBe(true)
    const history = await fetch(`${site.server.url}/api/messages?limit=100&depth=0`).then((response) => response.json())
    expect(history.docs.find((doc: { title: string }) => doc.title === title).workflow).toBeUndefined()
  })
})

describe('the server runs the publishing queue itself', () => {
  it('publishes a message scheduled through the API a few seconds from now, with no one there', { timeout: 180_000 }, async () => {
    const token = async (role: Role) => {
      const response = await fetch(`${site.server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(login(role)),
      })
      return `JWT ${(await response.json()).token}`
    }
    const list = await (await fetch(`${site.server.url}/api/messages?draft=true&depth=0&limit=100`, { headers: { authorization: await token('publisher') } })).json()
    const approved = list.docs.find((doc: { workflow?: { state?: string } }) => doc.workflow?.state === 'approved')
    const publishAt = new Date(Date.now() + 3000).toISOString()
    const scheduled = await fetch(`${site.server.url}/api/messages/${approved.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: await token('publisher') },
      body: JSON.stringify({ workflow: { state: 'scheduled', publishAt } }),
    })
    expect(scheduled.status).toBe(200)
    const visible = async () => {
      const response = await fetch(`${site.server.url}/api/messages?depth=0&limit=100&where[id][equals]=${approved.id}`)
      return (await response.json()).totalDocs === 1
    }
    expect(await visible()).toBe(false)
    const homeBefore = (await visit('/')).html
    expect(homeBefore).not.toContain(approved.title)
    // The queue runs every ten seconds, and a safety-net run comes every minute; allow for a busy machine.
    let live = false
    for (let attempt = 0; attempt < 100 && !live; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      live = await visible()
    }
    if (!live) console.log(site.server.output.filter((line) => /job|error|warn|publish/i.test(line)).slice(-30).join('\n'))
    expect(live).toBe(true)
    // The job runs outside any web request, and the cached home page still follows within seconds.
    expect(await eventually(async () => (await visit('/')).html.includes(approved.title))).toBe(true)
  })
})

describe('what visitors and editors see of unpublished work', () => {
  it('lets a logged-in editor preview a draft as it will look, while visitors still get a 404', async () => {
    const draft = '/messages/feeding-and-feelings'
    expect((await visit(draft)).status).toBe(404)
    const preview = await site.browser.newPage()
    const refused = await preview.goto(`${site.server.url}/preview?path=${draft}`)
    expect(refused?.status()).toBe(403)
    await preview.close()

    const editor = await signIn('editor')
    const response = await editor.goto(`${site.server.url}/preview?path=${draft}&locale=en`)
    expect(response?.status()).toBe(200)
    expect(new URL(editor.url()).pathname).toBe(draft)
    await expect(editor.locator('.preview-banner').textContent()).resolves.toContain('Visitors cannot see this')
    await expect(editor.locator('h1').textContent()).resolves.toBe('Feeding your baby can affect how you feel')
    // The editor's preview is never kept for anyone else.
    expect((await visit(draft)).status).toBe(404)
    await editor.getByRole('link', { name: 'Leave preview' }).click()
    const after = await editor.goto(site.server.url + draft)
    expect(after?.status()).toBe(404)
    await editor.context().close()
  })

  it('takes an unpublished message off the site within seconds', async () => {
    const token = await fetch(`${site.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(login('publisher')),
    }).then(async (response) => `JWT ${(await response.json()).token}`)
    const path = '/messages/asking-for-help-is-safe'
    expect((await visit(path)).status).toBe(200)
    const { docs } = await fetch(`${site.server.url}/api/messages?where[slug][equals]=asking-for-help-is-safe&depth=0`).then((response) => response.json())
    const archived = await fetch(`${site.server.url}/api/messages/${docs[0].id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: token },
      body: JSON.stringify({ workflow: { state: 'archived', note: 'Replaced by newer wording.' } }),
    })
    expect(archived.status).toBe(200)
    expect(await eventually(async () => (await visit(path)).status === 404)).toBe(true)
    expect((await visit('/')).html).not.toContain(`href="${path}"`)
  })
})

describe('content checks in the admin', () => {
  it('shows each finding under the field it concerns, with why and what to write instead', async () => {
    const editor = await signIn('editor')
    await editor.goto(site.server.url + '/admin/collections/messages/create')
    await editor.locator('#field-title').fill('Feeling low after birth')
    await editor.locator('#field-keyMessage').fill("It's just the baby blues, so try not to worry.")
    await editor.locator('[data-lexical-editor="true"]').first().click()
    await editor.keyboard.type('Talk to your health visitor.')
    await choose(editor, 'audiences', 'All parents and carers')
    await saveDraft(editor)
    const note = editor.locator('#field-keyMessage').locator('xpath=ancestor::div[contains(@class, "field-type")][1]').getByText(/Blocks approval/)
    await note.waitFor()
    expect(await note.locator('xpath=..').textContent()).toMatch(/just the baby blues.*delays help.*Instead: name the condition/)
    await signOut(editor)
  })
})
