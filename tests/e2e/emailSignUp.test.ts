import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { consentWording } from '@/mailing/consent'
import { mailingLists } from '@/seed/content/mailingLists'

import { type Mail, startMailbox } from '../helpers/mailbox'
import { useRunningSite } from '../helpers/site'

// A parent signs up for campaign emails and manages them, in Chromium with JavaScript turned off, as plain
// HTML forms must work. Mail goes through a real SMTP server in this process.

let mailbox: Awaited<ReturnType<typeof startMailbox>>
beforeAll(async () => {
  mailbox = await startMailbox()
})
afterAll(async () => mailbox?.close())
const site = useRunningSite({ env: () => ({ SMTP_URL: mailbox.url }) })

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const campaignNews = mailingLists.find((list) => list.slug === 'campaign-news')!
const newsWording = consentWording('en', campaignNews.name).wording

/** Every host any page asked for, across every context the tests open. */
const hosts = new Set<string>()
const watched = (context: BrowserContext) => {
  context.on('request', (request) => hosts.add(new URL(request.url()).host))
  return context
}

/** A parent's browser: no JavaScript, and (checked at the end) no cookies. */
const parentBrowser = async () => watched(await site.browser.newContext({ javaScriptEnabled: false }))

/**
 * Serious or critical axe findings on a page, on a phone-sized screen. Axe runs as a script in the page, so it
 * gets its own context with scripts allowed; the pages carry none of their own either way.
 */
async function axeProblems(url: string): Promise<string[]> {
  const context = watched(await site.browser.newContext({ viewport: { width: 390, height: 844 } }))
  const page = await context.newPage()
  await page.goto(url)
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const cookies = await context.cookies()
  await context.close()
  expect(cookies, url).toEqual([])
  return violations
    .filter((item) => item.impact === 'serious' || item.impact === 'critical')
    .map((item) => `${url}: ${item.id} (${item.impact}) ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** An email to this address with this subject, once it has arrived (mailbox.waitFor only finds the first). */
async function mailTo(to: string, subject: string, timeoutMs = 15_000): Promise<Mail> {
  const started = Date.now()
  for (;;) {
    const mail = mailbox.mails.find((item) => item.to.includes(to) && item.subject === subject)
    if (mail) return mail
    if (Date.now() - started > timeoutMs) {
      throw new Error(`No email "${subject}" to ${to} within ${timeoutMs} ms; got: ${mailbox.mails.map((item) => `${item.to}: ${item.subject}`).join('; ')}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The first link in an email's HTML whose address contains `part`, as a browser would follow it. */
function linkIn(mail: Mail, part: string): string {
  const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))
  const found = hrefs.find((href) => href.includes(part))
  if (!found) throw new Error(`No link containing ${part} in "${mail.subject}"`)
  return found
}

const noticeText = (page: Page) => page.locator('.notice').first().textContent()

describe('campaign news by email', () => {
  it('lets a parent sign up, confirm, change language, stop, download and erase, all without JavaScript', async () => {
    const address = 'sam.parent@example.org'
    const context = await parentBrowser()
    const page = await context.newPage()

    // Sign up.
    await page.goto(site.server.url + '/email-updates')
    await expect(page.locator('h1').textContent()).resolves.toBe('Get campaign news by email')
    expect(await page.locator('script').count()).toBe(0)
    expect(await axeProblems(site.server.url + '/email-updates')).toEqual([])
    // Only lists anyone may join are offered, each with the exact words the server records as consent.
    for (const slug of ['campaign-news', 'community-of-practice']) await expect(page.locator(`input[name="lists"][value="${slug}"]`).count(), slug).resolves.toBe(1)
    await expect(page.locator('input[name="lists"][value="partners"]').count()).resolves.toBe(0)
    const newsBox = page.getByLabel(newsWording, { exact: true })
    await expect(newsBox.getAttribute('value')).resolves.toBe('campaign-news')
    await page.getByLabel('Your email address').fill(address)
    await newsBox.check()
    await page.getByRole('button', { name: 'Sign me up' }).click()
    await page.waitForURL((url) => url.pathname === '/email-updates/check-your-email')
    await expect(page.locator('h1').textContent()).resolves.toBe('Check your email')
    await expect(page.locator('main').textContent()).resolves.toContain('The link works for 7 days.')

    // Confirm from the email: the link opens a page whose button confirms (opening it alone changes nothing,
    // as mail link checkers open every link); then the preferences page opens with the list ticked.
    const confirmation = await mailTo(address, 'Please confirm your email')
    const confirmLink = linkIn(confirmation, '/email-updates/confirm?token=')
    expect(confirmLink.startsWith(site.server.url)).toBe(true)
    await page.goto(confirmLink)
    await expect(page.locator('h1').textContent()).resolves.toBe('Confirm your email')
    expect(await page.locator('script').count()).toBe(0)
    expect(await axeProblems(confirmLink)).toEqual([])
    await page.getByRole('button', { name: 'Yes, send me these emails' }).click()
    await page.waitForURL((url) => url.pathname === '/email-preferences' && url.searchParams.get('done') === 'confirmed')
    const preferencesUrl = `${site.server.url}/email-preferences?token=${encodeURIComponent(new URL(page.url()).searchParams.get('token')!)}`
    await expect(page.locator('h1').textContent()).resolves.toBe('Your email choices')
    await expect(noticeText(page)).resolves.toBe('Thank you. Your email address is confirmed.')
    await expect(page.locator('main').textContent()).resolves.toContain(address)
    const box = page.getByLabel(newsWording, { exact: true })
    await expect(box.isChecked()).resolves.toBe(true)
    const listId = (await box.getAttribute('value'))!
    // The key in the address is not passed on, not indexed and not kept in any shared cache.
    await expect(page.locator('meta[name="referrer"]').getAttribute('content')).resolves.toBe('no-referrer')
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/)
    expect((await fetch(preferencesUrl)).headers.get('cache-control')).toMatch(/no-store|private/)
    expect(await axeProblems(page.url())).toEqual([])

    // The welcome email arrives. Opening its unsubscribe link only asks; nothing stops until the button.
    const welcome = await mailTo(address, 'Welcome to Nurturing Little Hearts and Minds')
    expect(welcome.html).toContain(campaignNews.name)
    const unsubscribeLink = linkIn(welcome, '/api/subscriptions/unsubscribe?')
    await page.goto(unsubscribeLink)
    await page.waitForURL((url) => url.pathname === '/email-preferences' && url.searchParams.has('unsubscribe'))
    const question = `Stop getting “${campaignNews.name}”?`
    await expect(page.getByRole('heading', { name: question }).count()).resolves.toBe(1)
    await expect(page.getByLabel(newsWording, { exact: true }).isChecked()).resolves.toBe(true)
    expect(await axeProblems(page.url())).toEqual([])
    await page.getByRole('link', { name: 'No, keep them' }).click()
    await page.waitForURL((url) => url.pathname === '/email-preferences' && !url.searchParams.has('unsubscribe'))
    await expect(page.getByRole('heading', { name: question }).count()).resolves.toBe(0)
    await expect(page.getByLabel(newsWording, { exact: true }).isChecked()).resolves.toBe(true)

    await page.goto(unsubscribeLink)
    await page.getByRole('button', { name: 'Yes, stop these emails' }).click()
    await page.waitForURL((url) => url.pathname === '/email-preferences' && url.searchParams.get('done') === 'unsubscribed')
    await expect(noticeText(page)).resolves.toBe('Done. We have stopped those emails.')
    await expect(page.getByLabel(newsWording, { exact: true }).isChecked()).resolves.toBe(false)
    await expect(page.locator('main').textContent()).resolves.toContain('You do not get any emails from us now.')

    // Tick it again and choose Polish for the emails: the page stays in the language being read, with the list ticked.
    await page.getByLabel(newsWording, { exact: true }).check()
    await page.getByLabel('Language for our emails').selectOption('pl')
    await page.getByRole('button', { name: 'Save my choices' }).click()
    await page.waitForURL((url) => url.pathname === '/email-preferences' && url.searchParams.get('done') === 'saved')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await expect(page.locator('#locale').inputValue()).resolves.toBe('pl')
    await expect(page.locator(`input[name="lists"][value="${listId}"]`).isChecked()).resolves.toBe(true)

    // The language links keep the key, so the same choices open in Polish.
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Polski' }).click()
    await page.waitForURL((url) => url.pathname === '/pl/email-preferences' && url.searchParams.has('token'))
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('pl')
    await expect(page.locator('h1').textContent()).resolves.toBe('Twoje ustawienia e-maili')
    await expect(page.locator('#locale').inputValue()).resolves.toBe('pl')
    await page.getByRole('navigation', { name: 'Język' }).getByRole('link', { name: 'English' }).click()
    await page.waitForURL((url) => url.pathname === '/email-preferences' && url.searchParams.has('token'))

    // Stop all emails.
    await page.getByRole('button', { name: 'Stop all emails', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/email-preferences' && url.searchParams.get('done') === 'unsubscribed')
    await expect(noticeText(page)).resolves.toBe('Done. We have stopped those emails.')
    await expect(page.locator('input[name="lists"]:checked').count()).resolves.toBe(0)
    await expect(page.locator('main').textContent()).resolves.toContain('You do not get any emails from us now.')
    await expect(page.getByRole('button', { name: 'Stop all emails', exact: true }).count()).resolves.toBe(0)

    // Download: JSON with the address and the consent log, in the words the form showed.
    const dataHref = (await page.getByRole('link', { name: 'Download what we hold about you' }).getAttribute('href'))!
    expect(dataHref.startsWith('/api/subscriptions/data?token=')).toBe(true)
    const download = await fetch(site.server.url + dataHref)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toContain('application/json')
    expect(download.headers.get('set-cookie')).toBeNull()
    const data = await download.json()
    expect(data.email).toBe(address)
    expect(data.language).toBe('pl')
    expect(data.lists).toEqual([])
    expect(data.consentLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: 'asked', method: 'website form', wording: newsWording }),
        expect.objectContaining({ event: 'confirmed', method: 'email link', wording: newsWording }),
        expect.objectContaining({ event: 'unsubscribed' }),
      ]),
    )

    // Erase: the details go, and the link in old emails no longer opens anything.
    await page.getByRole('button', { name: 'Erase my details' }).click()
    await page.waitForURL((url) => url.pathname === '/email-updates' && url.searchParams.get('done') === 'erased')
    await expect(noticeText(page)).resolves.toBe('We have erased your details. We will not email you again unless you sign up again.')
    await page.goto(preferencesUrl)
    await expect(page.locator('h1').textContent()).resolves.toBe('This link does not work')
    await expect(page.locator('form').count()).resolves.toBe(0)
    expect((await fetch(site.server.url + dataHref)).status).toBe(404)

    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it('shows what to fix at the top, linked to the field, and keeps what was typed', async () => {
    const context = await parentBrowser()
    const page = await context.newPage()
    await page.goto(site.server.url + '/email-updates')
    await page.getByLabel('Your email address').fill('alex.parent@example')
    await page.getByLabel(newsWording, { exact: true }).check()
    await page.getByRole('button', { name: 'Sign me up' }).click()
    await page.waitForURL((url) => url.pathname === '/email-updates' && url.searchParams.get('error') === 'email')
    await expect(page.title()).resolves.toMatch(/^Error: Get campaign news by email/)
    const summary = page.locator('.error-summary')
    await expect(summary.getByRole('heading').textContent()).resolves.toBe('There is a problem')
    const fix = summary.getByRole('link', { name: 'Enter an email address like name@example.org.' })
    await expect(fix.getAttribute('href')).resolves.toBe('#email')
    const field = page.locator('#email')
    await expect(field.inputValue()).resolves.toBe('alex.parent@example')
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(page.locator('#email-error').textContent()).resolves.toBe('Enter an email address like name@example.org.')
    expect(await axeProblems(page.url())).toEqual([])

    // A good address with nothing ticked.
    await field.fill('alex.parent@example.org')
    await page.getByLabel(newsWording, { exact: true }).uncheck()
    await page.getByRole('button', { name: 'Sign me up' }).click()
    await page.waitForURL((url) => url.pathname === '/email-updates' && url.searchParams.get('error') === 'lists')
    await expect(summary.getByRole('link', { name: 'Tick at least one kind of email you would like.' }).getAttribute('href')).resolves.toBe('#lists')
    await expect(page.locator('#lists').getAttribute('type')).resolves.toBe('checkbox')
    await expect(page.locator('#email').inputValue()).resolves.toBe('alex.parent@example.org')
    expect(await axeProblems(page.url())).toEqual([])

    // Nothing was sent for either mistake.
    expect(mailbox.mails.filter((mail) => mail.to.includes('alex.parent@example'))).toEqual([])
    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it('explains links that do not work, and an erasure, kindly', async () => {
    const context = await parentBrowser()
    const page = await context.newPage()

    // A confirmation link cut short in the copying (an older email's address for it, which shows the same page).
    await page.goto(site.server.url + '/api/subscriptions/confirm?token=12.17')
    await page.waitForURL((url) => url.pathname === '/email-updates/confirm')
    await page.getByRole('button', { name: 'Yes, send me these emails' }).click()
    await page.waitForURL((url) => url.pathname === '/email-updates' && url.searchParams.get('link') === 'malformed')
    await expect(noticeText(page)).resolves.toBe('That link is not complete. Copy the whole link from the email, or sign up again below.')

    for (const [query, text] of [
      ['link=expired', 'That link has expired. Sign up again and we will send you a new one.'],
      ['link=wrong', 'That link does not work. It may be from an old email. Sign up again and we will send you a new one.'],
      ['done=erased', 'We have erased your details. We will not email you again unless you sign up again.'],
    ]) {
      await page.goto(`${site.server.url}/email-updates?${query}`)
      await expect(noticeText(page), query).resolves.toBe(text)
      await expect(page.locator('form[action="/api/subscribe"]').count(), query).resolves.toBe(1)
    }

    for (const path of ['/email-preferences', '/email-preferences?token=1.0.not-a-real-signature', '/email-preferences?token=abc']) {
      const response = await page.goto(site.server.url + path)
      expect(response?.status(), path).toBe(200)
      await expect(page.locator('h1').textContent(), path).resolves.toBe('This link does not work')
      await expect(page.getByRole('link', { name: 'Sign up again' }).getAttribute('href'), path).resolves.toBe('/email-updates')
      await expect(page.locator('meta[name="robots"]').getAttribute('content'), path).resolves.toMatch(/noindex/)
    }

    // The same pages in Polish.
    await page.goto(site.server.url + '/pl/email-updates')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('pl')
    await expect(page.locator('h1').textContent()).resolves.toBe('Wiadomości kampanii e-mailem')
    await expect(page.locator('form[action="/api/subscribe"] input[name="locale"]').inputValue()).resolves.toBe('pl')
    // The consent words are Polish too (the list's own name may still be English).
    await expect(page.locator('label[for="lists"]').textContent()).resolves.toMatch(/^Tak, proszę o e-maile „.+”\. Mogę zrezygnować/)

    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it('pass axe on every state, set no cookies, and ask no other host for anything', async () => {
    const problems: string[] = []
    for (const path of [
      '/email-updates?link=expired',
      '/email-updates?done=erased',
      '/email-updates/check-your-email',
      '/email-preferences?token=abc',
      '/pl/email-updates',
      '/ro/email-updates/check-your-email',
      '/pl/email-preferences?token=abc',
    ]) {
      problems.push(...(await axeProblems(site.server.url + path)))
    }
    expect(problems).toEqual([])
    // Every page, form answer and email link in this file stayed on the campaign's own host.
    expect([...hosts]).toEqual([new URL(site.server.url).host])
  })
})
