import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailExample } from '@/emails/examples'
import { type EmailTemplateKey, emailTemplateKeys, renderTemplate } from '@/emails/templates'
import type { SiteLocale } from '@/i18n/siteWords'

import { launchChromium } from '../helpers/browser'
import { fullestMessageEmail } from '../helpers/fullestEmail'

// Every campaign email in a real browser: axe (WCAG 2.x A and AA) on a 320px phone and at 600px, in the light
// and the dark colour scheme; no sideways scrolling on the phone; and the dark scheme really applied. Needs
// only Chromium, not the built site, so it lives with the integration tests rather than the e2e ones.

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const parentKeys: EmailTemplateKey[] = ['subscription-confirm', 'subscription-already', 'welcome', 'message-of-the-week']

// A tiny real PNG for the message image, so the page lays out an image rather than a broken-image box.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAwAAAAGCAIAAAB4jOjWAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWOossshiBiGqiIAortSIUvPWT4AAAAASUVORK5CYII=',
  'base64',
)

type Case = { name: string; html: string }

/** Each template in each language it comes in, plus the fullest message: image, support block, every urgency. */
async function emails(): Promise<Case[]> {
  const cases: Case[] = []
  for (const key of emailTemplateKeys) {
    const locales: SiteLocale[] = parentKeys.includes(key) ? ['en', 'pl', 'ro'] : ['en']
    for (const locale of locales) {
      const { html } = await renderTemplate(key, emailExample(key, { locale }))
      cases.push({ name: `${key} (${locale})`, html })
    }
  }
  for (const locale of ['en', 'ro'] as const) {
    cases.push({ name: `message-of-the-week with support block (${locale})`, html: await fullestMessageEmail(locale) })
  }
  return cases
}

const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((value) => {
    const channel = value / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

let browser: Browser
let cases: Case[]
beforeAll(async () => {
  ;[browser, cases] = await Promise.all([launchChromium(), emails()])
})
afterAll(async () => browser?.close())

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  // Emails must not depend on anything but their own HTML; images are answered locally, everything else refused.
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'image' ? route.fulfill({ status: 200, contentType: 'image/png', body: png }) : route.abort(),
  )
  return page
}

describe.each([
  { width: 320, height: 640 },
  { width: 600, height: 900 },
])('campaign emails at $width px wide', (viewport) => {
  it.each(['light', 'dark'] as const)('have no accessibility problems in the %s colour scheme', async (colorScheme) => {
    const context = await browser.newContext({ viewport, colorScheme })
    const page = await openPage(context)
    await page.emulateMedia({ colorScheme })
    const problems: string[] = []
    for (const { name, html } of cases) {
      await page.setContent(html, { waitUntil: 'load' })
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
      for (const violation of violations) {
        problems.push(`${name}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      }
      if (viewport.width === 320) {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
        if (scrollWidth > 320) problems.push(`${name}: scrolls sideways on a 320px phone (${scrollWidth}px wide)`)
      }
    }
    await context.close()
    expect(problems).toEqual([])
  }, 180_000)
})

describe('the dark colour scheme', () => {
  it('really applies: a dark page and card with light text, and the light scheme stays light', async () => {
    const colours = async (colorScheme: 'light' | 'dark') => {
      const context = await browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme })
      const page = await openPage(context)
      await page.emulateMedia({ colorScheme })
      const found: { name: string; body: string; bodyText: string; card: string; paragraph: string; heading: string }[] = []
      for (const { name, html } of cases) {
        await page.setContent(html, { waitUntil: 'load' })
        found.push({
          name,
          ...(await page.evaluate(() => {
            const style = (selector: string) => getComputedStyle(document.querySelector(selector)!)
            return {
              body: style('body').backgroundColor,
              bodyText: style('body').color,
              card: style('.nl-card').backgroundColor,
              paragraph: style('.nl-card p.nl-ink, .nl-card .nl-ink').color,
              heading: style('h1').color,
            }
          })),
        })
      }
      await context.close()
      return found
    }

    for (const email of await colours('dark')) {
      expect(luminance(email.body), `${email.name}: page background ${email.body}`).toBeLessThan(0.05)
      expect(luminance(email.card), `${email.name}: card background ${email.card}`).toBeLessThan(0.05)
      expect(luminance(email.bodyText), `${email.name}: page text ${email.bodyText}`).toBeGreaterThan(0.6)
      expect(luminance(email.paragraph), `${email.name}: paragraph text ${email.paragraph}`).toBeGreaterThan(0.6)
      expect(luminance(email.heading), `${email.name}: heading ${email.heading}`).toBeGreaterThan(0.4)
    }
    for (const email of await colours('light')) {
      expect(email.body, email.name).toBe('rgb(253, 248, 243)')
      expect(email.card, email.name).toBe('rgb(255, 255, 255)')
      expect(luminance(email.paragraph), email.name).toBeLessThan(0.05)
    }
  }, 120_000)
})
