import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailExample } from '@/emails/examples'
import { emailTemplateKeys, renderTemplate } from '@/emails/templates'
import { type SiteLocale, siteLocales } from '@/i18n/siteWords'

import { launchChromium } from '../helpers/browser'
import { fullestMessageEmail } from '../helpers/fullestEmail'

// Every email as the mail programs that drop <style> show it (Gmail's mobile web mail for other accounts,
// Outlook on Windows, many webmails): each template from its example, in every language, with every <style>
// block removed, in Chromium on a 320px phone and at 600px, in a light and a dark setting. What must hold
// without the stylesheet: no sideways scrolling, every piece of text at least 4.5:1 against what is behind it
// (from the computed styles), every link and the get-help link on screen with a real size. One browser, one
// page per setting, every email loaded into it in turn.

// A tiny real PNG for the message image, so the page lays out an image rather than a broken-image box.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAwAAAAGCAIAAAB4jOjWAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWOossshiBiGqiIAortSIUvPWT4AAAAASUVORK5CYII=',
  'base64',
)

type Case = { name: string; html: string; locale: SiteLocale }

/** What a mail program that drops stylesheets keeps: the HTML with no <style> element at all. */
export const withoutStyleBlocks = (html: string) => html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')

async function emails(): Promise<Case[]> {
  const cases: Case[] = []
  for (const locale of siteLocales) {
    for (const key of emailTemplateKeys) {
      const { html } = await renderTemplate(key, emailExample(key, { locale }))
      cases.push({ name: `${key} (${locale})`, html: withoutStyleBlocks(html), locale: emailExample(key, { locale }).locale })
    }
    cases.push({ name: `message-of-the-week with support block (${locale})`, html: withoutStyleBlocks(await fullestMessageEmail(locale)), locale })
  }
  return cases
}

type Finding = string

/** Runs in the page: everything the email must still do without its stylesheet, as a list of what failed. */
function checkInPage({ width, getHelpPath }: { width: number; getHelpPath: string }): Finding[] {
  const problems: Finding[] = []
  const root = document.documentElement
  const widest = Math.max(root.scrollWidth, document.body.scrollWidth)
  if (widest > width) problems.push(`scrolls sideways: ${widest}px wide in a ${width}px window`)

  const parse = (colour: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number)
    return { r, g, b, a: colour.startsWith('rgba') ? a : 1 }
  }
  const channel = (value: number) => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  /** The colour behind an element: the nearest background that is not see-through, or the window's own. */
  const backdrop = (element: Element) => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      const colour = parse(getComputedStyle(at).backgroundColor)
      if (colour.a > 0.5) return colour
    }
    return parse(getComputedStyle(root).getPropertyValue('--canvas') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)'))
  }
  const shown = (element: Element) => {
    const rects = element.getClientRects()
    if (rects.length === 0) return false
    for (let at: Element | null = element; at; at = at.parentElement) {
      const style = getComputedStyle(at)
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) return false
    }
    return [...rects].some((rect) => rect.width > 0 && rect.height > 0)
  }

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim()
    const element = node.parentElement
    if (!text || !element || !shown(element)) continue
    const ink = parse(getComputedStyle(element).color)
    const paper = backdrop(element)
    const [light, dark] = [luminance(ink), luminance(paper)].sort((a, b) => b - a)
    const ratio = (light + 0.05) / (dark + 0.05)
    if (ratio < 4.5) problems.push(`"${text.slice(0, 40)}" is ${ratio.toFixed(2)}:1 (${getComputedStyle(element).color} on rgb(${paper.r}, ${paper.g}, ${paper.b}))`)
  }

  const links = [...document.querySelectorAll('a[href]')]
  if (links.length === 0) problems.push('no links at all')
  for (const link of links) {
    const box = link.getBoundingClientRect()
    const label = `link "${link.textContent?.trim().slice(0, 40)}" (${link.getAttribute('href')?.slice(0, 60)})`
    if (!shown(link) || box.width < 1 || box.height < 1) problems.push(`${label} has no size on screen`)
    else if (box.left < 0 || box.right > width + 0.5) problems.push(`${label} reaches outside the window: ${Math.round(box.left)} to ${Math.round(box.right)}px`)
  }
  const pathOf = (href: string) => {
    try {
      return new URL(href).pathname
    } catch {
      return undefined // a placeholder such as {{preferencesUrl}}, filled per reader when sent
    }
  }
  const getHelp = links.filter((link) => pathOf(link.getAttribute('href')!) === getHelpPath)
  if (getHelp.length === 0) problems.push(`no get-help link to ${getHelpPath}`)
  else if (!getHelp.some((link) => shown(link) && link.getBoundingClientRect().width >= 1 && link.getBoundingClientRect().right <= width + 0.5)) problems.push('the get-help link is not visible')
  return problems
}

let browser: Browser
let cases: Case[]
beforeAll(async () => {
  ;[browser, cases] = await Promise.all([launchChromium(), emails()])
})
afterAll(async () => browser?.close())

async function openPage(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport, colorScheme })
  const page = await context.newPage()
  // The email's own HTML only: images answered locally, anything else refused.
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'image' ? route.fulfill({ status: 200, contentType: 'image/png', body: png }) : route.abort(),
  )
  return page
}

// A page that breaks each rule once, to show the checks can fail.
const brokenEmail = `<!DOCTYPE html><html><body style="margin:0;background:#ffffff">
<table style="width:700px"><tr><td style="color:#999999">Grey words on white</td></tr></table>
<p style="color:#222222;background:#333333">Dark on dark</p>
<a href="https://campaign.example.org/services" style="display:none">Hidden link</a>
<a href="https://campaign.example.org/privacy" style="position:relative;left:650px">Link off the side</a>
</body></html>`

describe('emails in mail programs that drop <style>', () => {
  it('are checked by rules that can fail: a broken email shows every problem', async () => {
    const page = await openPage({ width: 320, height: 640 }, 'light')
    await page.setContent(brokenEmail, { waitUntil: 'load' })
    const problems = await page.evaluate(checkInPage, { width: 320, getHelpPath: '/get-help' })
    await page.context().close()
    expect(problems.join('\n')).toMatch(/scrolls sideways: \d+px wide in a 320px window/)
    expect(problems.join('\n')).toMatch(/"Grey words on white" is 2\.85:1/)
    expect(problems.join('\n')).toMatch(/"Dark on dark" is 1\.\d+:1/)
    expect(problems.join('\n')).toContain('link "Hidden link" (https://campaign.example.org/services) has no size on screen')
    expect(problems.join('\n')).toMatch(/link "Link off the side" .* reaches outside the window/)
    expect(problems).toContain('no get-help link to /get-help')
  })

  it('stay under the 102 KB at which Gmail cuts an email short, with real links filled in', async () => {
    const link = `https://campaign.example.org/email-preferences?token=${'x'.repeat(120)}`
    for (const { name, html } of cases) expect(Buffer.byteLength(html.replace(/\{\{\w+\}\}/g, link)), name).toBeLessThan(102 * 1024)
  })

  it('keep to one centred column of at most 600px in a wide window, by the layout table alone', async () => {
    const page = await openPage({ width: 1000, height: 800 }, 'light')
    const problems: string[] = []
    for (const { name, html } of cases) {
      await page.setContent(html, { waitUntil: 'load' })
      const column = await page.evaluate(() => {
        const box = document.querySelector('table.nl-page')!.getBoundingClientRect()
        return { left: Math.round(box.left), width: Math.round(box.width) }
      })
      if (column.width > 600 || Math.abs(column.left - (1000 - column.width) / 2) > 1) problems.push(`${name}: column ${column.width}px wide at ${column.left}px`)
    }
    await page.context().close()
    expect(problems).toEqual([])
  })

  it('cover every template in every language, with no style block left', () => {
    expect(cases).toHaveLength((emailTemplateKeys.length + 1) * siteLocales.length)
    expect(emailTemplateKeys).toHaveLength(8)
    for (const { name, html } of cases) {
      expect(html, name).not.toMatch(/<style/i)
      // The layout is tables and inline styles; media queries lived only in the stylesheet.
      expect(html, name).not.toMatch(/@media/i)
    }
  })

  describe.each([
    { width: 320, height: 640 },
    { width: 600, height: 900 },
  ])('at $width px wide', (viewport) => {
    it.each(['light', 'dark'] as const)('stay readable, fit the window, and show every link and the get-help link (%s setting)', async (colorScheme) => {
      const page = await openPage(viewport, colorScheme)
      const problems: string[] = []
      for (const { name, html, locale } of cases) {
        await page.setContent(html, { waitUntil: 'load' })
        const getHelpPath = locale === 'en' ? '/get-help' : `/${locale}/get-help`
        for (const problem of await page.evaluate(checkInPage, { width: viewport.width, getHelpPath })) problems.push(`${name}: ${problem}`)
      }
      await page.context().close()
      expect(problems).toEqual([])
    }, 180_000)
  })
})
