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
