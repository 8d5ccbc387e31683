import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { apiHeadersAs, signInToAdmin, useRunningSite } from '../helpers/site'

// The comms team's home in Chromium, on the built server with the demo content: a publisher lands on it and
// follows what waits for them; the pause banner on other admin pages; axe on the home.

const site = useRunningSite()
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const APPROVED = 'One minute with a dad can open the door to help'

async function home(page: Page) {
  await page.locator('h1', { hasText: 'Campaign home' }).waitFor()
}

describe('the campaign home', () => {
  it('is where a publisher lands; a message waiting for them is one click away', async () => {
    const page = await signInToAdmin(site, 'publisher')
    expect(new URL(page.url()).pathname).toBe('/admin')
    await home(page)
    // Payload's own list of collections is gone; the old "Your work" block too.
    expect(await page.locator('.dashboard__group, #your-work').count()).toBe(0)
    const waiting = page.locator('#what-needs-you li[data-kind="publish"]', { hasText: APPROVED })
    await waiting.waitFor()
    expect(await waiting.textContent()).toContain('Approved and waiting for a publisher')
    await page.locator('h2', { hasText: 'This week and next' }).waitFor()
    await page.locator('h3', { hasText: 'This week' }).first().waitFor()

    await waiting.getByRole('link', { name: APPROVED }).click()
    await page.waitForURL(/\/admin\/collections\/messages\/\d+$/)
    expect(await page.locator('#field-title').inputValue()).toBe(APPROVED)
    await page.context().close()
  })

  it('shows a reviewer the message waiting for review, and not the publisher\'s work', async () => {
    const page = await signInToAdmin(site, 'reviewer')
    await home(page)
    await page.locator('#what-needs-you li[data-kind="review"]', { hasText: 'A hard birth can stay with you' }).waitFor()
    expect(await page.locator('#what-needs-you li[data-kind="publish"]').count()).toBe(0)
    await page.context().close()
  })

  it('has no serious or critical accessibility problems (axe)', async () => {
    const page = await signInToAdmin(site, 'publisher')
    await home(page)
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
    const problems = violations
      .filter((item) => item.impact === 'serious' || item.impact === 'critical')
      .map((item) => `${item.id} (${item.impact}) ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('the pause banner', () => {
  it('tops every admin page while the campaign is paused, and goes when it is lifted', async () => {
    const headers = await apiHeadersAs(site, 'publisher')
    const setPause = async (pause: Record<string, unknown>) => {
      const response = await fetch(`${site.server.url}/api/globals/campaign-settings`, { method: 'POST', headers, body: JSON.stringify({ pause }) })
      expect(response.status, await response.text()).toBe(200)
    }
    const page = await signInToAdmin(site, 'editor')
    await page.goto(`${site.server.url}/admin/collections/messages`)
    await page.locator('h1', { hasText: 'Messages' }).waitFor()
    expect(await page.locator('#pause-banner').count()).toBe(0)

    await setPause({ active: true, reason: 'A news story about a family tragedy.' })
    try {
      await page.goto(`${site.server.url}/admin/collections/messages`)
      const banner = page.locator('#pause-banner')
      await banner.waitFor()
      const words = (await banner.textContent()) ?? ''
      expect(words).toContain('The campaign is paused')
      expect(words).toContain('A news story about a family tragedy.')
      expect(words).toContain('Priya Publisher')
      // Another kind of page, and the home, show it too.
      await page.goto(`${site.server.url}/admin/calendar`)
      await page.locator('#pause-banner').waitFor()
      await page.goto(`${site.server.url}/admin`)
      await home(page)
      await page.locator('#pause-banner').waitFor()
    } finally {
      await setPause({ active: false })
    }
    await page.goto(`${site.server.url}/admin/collections/messages`)
    await page.locator('h1', { hasText: 'Messages' }).waitFor()
    expect(await page.locator('#pause-banner').count()).toBe(0)
    await page.context().close()
  })
})

/** Wait until the admin's notices have gone, so the next one read is the next save's. */
async function noNotices(page: Page) {
  await page.locator('[data-sonner-toast]').first().waitFor({ state: 'detached', timeout: 60_000 })
}

/** Open a message in the admin, taking over an edit lock a colleague left behind. */
async function openMessage(page: Page, id: string | number) {
  await page.goto(`${site.server.url}/admin/collections/messages/${id}`)
  await page.locator('#workflow-status').waitFor()
  const takeOver = page.getByRole('button', { name: 'Take over' })
  if (await takeOver.isVisible()) await takeOver.click()
}

async function messageId(slug: string, role = 'publisher'): Promise<number> {
  const headers = await apiHeadersAs(site, role)
  const found = await (await fetch(`${site.server.url}/api/messages?draft=true&depth=0&where[slug][equals]=${slug}`, { headers })).json()
  return found.docs[0].id
}

describe('one status a person can read', () => {
  it('shows an archived message as Archived, never Draft, and offers a publisher no way to publish it', async () => {
    const page = await signInToAdmin(site, 'publisher')
    await openMessage(page, await messageId('hugs-pregnancy-group'))
    const status = (await page.locator('#workflow-status').textContent()) ?? ''
    expect(status).toContain('Archived')
    expect(status).not.toMatch(/Draft|Changed/)
    expect(await page.locator('#action-save, #action-unpublish, .workflow-moves button').count()).toBe(0)
    expect(await page.getByText(/Publish changes/).count()).toBe(0)
    expect(await page.locator('#workflow-state-field').textContent()).toContain('No move is open to you from here.')
    await page.context().close()
  })

  it('offers only the moves the workflow allows this person, and the server refuses the others sent by hand', async () => {
    const approvedId = await messageId('one-minute-interaction-with-dads')
    const reviewer = await signInToAdmin(site, 'reviewer')
    await openMessage(reviewer, approvedId)
    expect(await reviewer.locator('#workflow-status').textContent()).toContain('Approved')
    expect(await reviewer.locator('.workflow-moves button').count()).toBe(0)
    await reviewer.context().close()

    const publisher = await signInToAdmin(site, 'publisher')
    await openMessage(publisher, approvedId)
    expect(await publisher.locator('.workflow-moves button').allTextContents()).toEqual(['Schedule', 'Publish now', 'Archive'])
    await publisher.context().close()

    // Hidden from a reviewer, refused when a reviewer sends it anyway.
    const byHand = await fetch(`${site.server.url}/api/messages/${approvedId}`, {
      method: 'PATCH',
      headers: await apiHeadersAs(site, 'reviewer'),
      body: JSON.stringify({ _status: 'published', workflow: { state: 'published' } }),
    })
    expect(byHand.status).toBe(400)
    expect((await byHand.json()).errors[0].message).toBe('Only admins or publishers can move a message from "Approved" to "Published".')
  })
})

describe('accepting a warning', () => {
  it('takes a reviewer one justification and one click per warning, then approval goes ahead', async () => {
    const started = Date.now()
    const editor = await apiHeadersAs(site, 'editor')
    const body = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'Some new mums suffer from anxiety. Talk to your GP.', format: 0, style: '', mode: 'normal', detail: 0 }] }] } }
    const created = await fetch(`${site.server.url}/api/messages?draft=true`, {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ title: 'Anxiety after birth', slug: 'anxiety-after-birth', keyMessage: 'Anxiety after birth is common, and help is there.', body, audiences: ['all-parents'], _status: 'draft' }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const id = (await created.json()).doc.id
    const sent = await fetch(`${site.server.url}/api/messages/${id}?draft=true`, { method: 'PATCH', headers: editor, body: JSON.stringify({ workflow: { state: 'in_review' } }) })
    expect(sent.status).toBe(200)

    const page = await signInToAdmin(site, 'reviewer')
    await openMessage(page, id)
    const forms = page.locator('#content-checks .accept-warning')
    await forms.first().waitFor()
    // The server's rule stands: no approval while a warning waits for its justification.
    await page.locator('#action-move-approved:not([disabled])').click()
    await page.locator('[data-sonner-toast]', { hasText: /2 warnings need a reviewer's justification/ }).waitFor({ timeout: 60_000 })
    await noNotices(page)
    const warnings = await forms.count()
    expect(warnings, (await page.locator('#content-checks').textContent()) ?? '').toBe(2)
    for (let left = warnings; left > 0; left -= 1) {
      const form = forms.first()
      await form.locator('textarea').fill(`Quoting research about mothers, checked (${left}).`)
      await form.getByRole('button', { name: 'Accept this warning' }).click()
      // The save's answer (not its "Submitting..." notice), so a refusal shows its reason here.
      const toast = page.locator('[data-sonner-toast]', { hasNotText: 'Submitting' }).last()
      await toast.waitFor({ timeout: 60_000 })
      expect(await toast.textContent()).toMatch(/successfully/)
      await noNotices(page)
      await page.waitForFunction((open) => document.querySelectorAll('#content-checks .accept-warning').length < open, left, { timeout: 60_000 })
    }
    expect(await page.locator('#content-checks .accepted-warning').count()).toBeGreaterThanOrEqual(2)
    expect(await forms.count()).toBe(0)
    await page.locator('#action-move-approved:not([disabled])').click()
    await page.locator('#workflow-state-now', { hasText: 'Approved' }).waitFor({ timeout: 60_000 })
    await page.context().close()

    const stored = await (await fetch(`${site.server.url}/api/messages/${id}?draft=true&depth=0`, { headers: await apiHeadersAs(site, 'publisher') })).json()
    expect(stored.workflow.state).toBe('approved')
    const reviewerId = (await (await fetch(`${site.server.url}/api/users/me`, { headers: await apiHeadersAs(site, 'reviewer') })).json()).user.id
    expect(stored.safety.accepted).toHaveLength(2)
    for (const row of stored.safety.accepted) {
      expect(row.acceptedBy).toBe(reviewerId)
      expect(Date.parse(row.acceptedAt)).toBeGreaterThanOrEqual(started - 1000)
      expect(row.justification).toMatch(/^Quoting research about mothers/)
    }
  })
})
