import fs from 'node:fs'

import { AxeBuilder } from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Mail, startMailbox } from '../helpers/mailbox'
import { apiHeadersAs, eventually, useRunningSite } from '../helpers/site'

let mailbox: Awaited<ReturnType<typeof startMailbox>>
beforeAll(async () => {
  mailbox = await startMailbox()
})
afterAll(async () => mailbox?.close())
const site = useRunningSite({ env: () => ({ SMTP_URL: mailbox.url }) })

const templates = [
  '/',
  '/messages/postpartum-psychosis-is-an-emergency',
  '/themes/intrusive-thoughts',
  '/dads',
  '/get-help',
  '/services',
  '/services/search?area=thanet&who=dads-and-co-parents',
  '/accessibility',
  '/privacy',
  '/no-such-page',
  '/pl',
  '/pl/messages/intrusive-thoughts-are-common',
  '/ro/get-help',
  '/materials',
  '/pl/materials',
  '/materials/search?type=talking-points&theme=intrusive-thoughts',
  '/partners/join?errors=email,password&name=Sam',
  '/partners/sign-in',
]

describe('pages for parents and carers', () => {
  it('have no serious or critical accessibility problems (axe, WCAG 2.2 AA), on a phone-sized screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } })
    const problems: string[] = []
    for (const path of templates) {
      const page = await context.newPage()
      await page.goto(site.server.url + path)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      for (const violation of violations.filter((item) => item.impact === 'serious' || item.impact === 'critical')) {
        problems.push(`${path}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      }
      await page.close()
    }
    await context.close()
    expect(problems).toEqual([])
  })

  it('set no cookies and ask no other host for anything, on any page', async () => {
    const context = await site.browser.newContext()
    const hosts = new Set<string>()
    context.on('request', (request) => hosts.add(new URL(request.url()).host))
    const page = await context.newPage()
    for (const path of templates) await page.goto(site.server.url + path)
    expect(await context.cookies()).toEqual([])
    expect([...hosts]).toEqual([new URL(site.server.url).host])
    await context.close()
  })

  it('show a message with its care cards, emergency first, its sources and review dates', async () => {
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/messages/postpartum-psychosis-is-an-emergency')
    await expect(page.locator('h1').textContent()).resolves.toBe('Postpartum psychosis is an emergency')
    await expect(page.locator('.care-card h3').first().textContent()).resolves.toBe('Call 999 or go to A&E now if:')
    await expect(page.getByRole('heading', { name: 'Where these facts come from' }).count()).resolves.toBe(1)
    await expect(page.locator('.review-dates').textContent()).resolves.toMatch(/Last reviewed: .* Next review due: /)
    await page.close()
  })

  it('never show a draft, a message in review or an archived one', async () => {
    for (const slug of ['feeding-and-feelings', 'a-hard-birth-can-stay-with-you', 'hugs-pregnancy-group', 'home-start-volunteers']) {
      const response = await fetch(`${site.server.url}/messages/${slug}`)
      expect(response.status, slug).toBe(404)
    }
  })

  it('filter the directory with a plain form that works without JavaScript, and can be bookmarked', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site.server.url + '/services')
    const all = await page.locator('.service').count()
    expect(all).toBe(17)
    await page.locator('#who').selectOption('dads-and-co-parents')
    await page.locator('#area').selectOption('maidstone')
    await page.getByRole('button', { name: 'Show services' }).click()
    await page.waitForURL(/\/services\/search\?.*area=maidstone/)
    expect(page.url()).toContain('who=dads-and-co-parents')
    const names = await page.locator('.service h3').allTextContents()
    expect(names).toContain('Dads Unlimited')
    expect(names).not.toContain('Dads Space')
    expect(names).not.toContain('Singing Mamas')
    await page.goto(site.server.url + '/services/search?q=helpline')
    await expect(page.locator('.service h3').allTextContents()).resolves.toEqual(['Perinatal Mental Health Helpline'])
    await context.close()
  })
})

describe('in other languages', () => {
  it('offers every page under its own address, in the right language, with a note where words are still English', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site.server.url + '/messages/intrusive-thoughts-are-common')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await expect(page.locator('.language-note').count()).resolves.toBe(0)

    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Polski' }).click()
    await page.waitForURL('**/pl/messages/intrusive-thoughts-are-common')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('pl')
    // The frame is Polish; the message has no Polish words yet, so it says so and marks its text as English.
    await expect(page.getByRole('link', { name: 'Pomoc teraz' }).count()).resolves.toBe(1)
    await expect(page.locator('.language-note').textContent()).resolves.toContain('po angielsku')
    await expect(page.locator('article [lang="en"] h1').textContent()).resolves.toBe('Scary thoughts are common, and not your fault')
    await expect(page.locator('h2#when-to-get-help').textContent()).resolves.toBe('Kiedy szukać pomocy')

    // Links stay in the language; the switcher goes back to the same page in English.
    await expect(page.getByRole('link', { name: 'Znajdź wsparcie' }).getAttribute('href')).resolves.toBe('/pl/services')
    await page.getByRole('navigation', { name: 'Język' }).getByRole('link', { name: 'English' }).click()
    await page.waitForURL((url) => url.pathname === '/messages/intrusive-thoughts-are-common')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')

    await page.goto(site.server.url + '/ro/get-help')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ro')
    await expect(page.locator('h2').first().textContent()).resolves.toBe('Sună la 999 sau mergi la urgențe (A&E) acum dacă:')
    await context.close()
  })

  it('gives English one address: /en/... redirects to the page without a prefix', async () => {
    const response = await fetch(site.server.url + '/en/services', { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toMatch(/\/services$/)
  })
})

describe('on a cheap phone and on paper', () => {
  it('carry no JavaScript at all, and still have every page part', async () => {
    const context = await site.browser.newContext()
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    for (const path of templates) {
      await page.goto(site.server.url + path)
      expect(await page.evaluate(() => document.scripts.length), path).toBe(0)
      await expect(page.locator('h1').count(), path).resolves.toBe(1)
    }
    expect(scripts).toEqual([])
    await context.close()
  })

  it('print a message on A4 with its care cards and without the navigation', async () => {
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/messages/postpartum-psychosis-is-an-emergency')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false)
    await expect(page.locator('.languages').isVisible()).resolves.toBe(false)
    await expect(page.locator('.care-card').first().isVisible()).resolves.toBe(true)
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
    // A4 is 595 x 842 points; one message fits on one or two sheets.
    const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))])
    expect(sizes.length).toBeGreaterThanOrEqual(1)
    expect(sizes.length).toBeLessThanOrEqual(2)
    for (const size of sizes) expect(size).toEqual([595, 842])
    await page.close()
  })
})

describe('the library for baby groups and family hubs', () => {
  it('lets a group leader find a kit and download it as one zip with the words to post', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(site.server.url + '/')
    await page.getByRole('link', { name: 'Materials for baby groups and family hubs' }).click()
    await page.waitForURL('**/materials')
    const kitLink = page.getByRole('link', { name: 'Download the Intrusive thoughts are common kit (zip)' })
    const [download] = await Promise.all([page.waitForEvent('download'), kitLink.click()])
    expect(download.suggestedFilename()).toBe('intrusive-thoughts-kit.zip')
    const zip = fs.readFileSync((await download.path())!)
    // A zip starts with "PK"; its README is the first entry, named in the clear.
    expect(zip.subarray(0, 2).toString()).toBe('PK')
    expect(zip.subarray(30, 40).toString()).toBe('README.txt')
    expect(zip.includes(Buffer.from('talking-points-intrusive-thoughts-are-common.txt'))).toBe(true)

    // Filtering and ticking work as plain forms too.
    await page.locator('#type').selectOption('talking-points')
    await page.getByRole('button', { name: 'Show materials' }).click()
    await page.waitForURL(/\/materials\/search\?.*type=talking-points/)
    await page.getByLabel('Add “Talking points: Postpartum psychosis is an emergency” to my kit').check()
    const [picked] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the ones I ticked (zip)' }).click()])
    expect(picked.suggestedFilename()).toBe('campaign-kit.zip')
    await context.close()
  })
})

describe('the library, scanned on a desktop', () => {
  it("shows each message's materials as one entry, every language side by side, in a grid, without JavaScript", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })
    const page = await context.newPage()
    const entry = page.locator('.material-grid > li').filter({ has: page.getByRole('heading', { name: 'Asking for help is safe', exact: true }) })
    const downloads = () => entry.getByRole('link').allTextContents()
    // The seed's Polish translation is complete and approved: the job makes its poster, cards and talking points.
    const polishReady = await eventually(async () => {
      await page.goto(site.server.url + '/materials')
      const links = await downloads()
      return links.some((text) => text.startsWith('Download: Plakat (A4)')) && links.some((text) => text.startsWith('Download: Poster (A4)'))
    }, 180)
    expect(polishReady).toBe(true)
    await expect(entry.count()).resolves.toBe(1)
    const links = await downloads()
    for (const expected of ['Download: Poster (A4): Asking for help is safe', 'Download: Talking points: Asking for help is safe', 'Download: Plakat (A4): Prośba o pomoc jest bezpieczna', 'Download: Tematy do rozmowy: Prośba o pomoc jest bezpieczna']) {
      expect(links).toContain(expected)
    }
    expect(links.filter((text) => text.startsWith('Download: Share card'))).toHaveLength(5)
    expect(links.filter((text) => text.startsWith('Download: Grafika do udostępnienia'))).toHaveLength(5)
    // Thumbnails side by side: the English and Polish share cards.
    await expect(entry.locator('.material-group__pictures img').count()).resolves.toBeGreaterThanOrEqual(2)

    // One entry per message: no message's title heads two entries, and the page is a grid of two columns.
    const titles = await page.locator('.material-grid > li > h4').allTextContents()
    expect(new Set(titles).size).toBe(titles.length)
    const columns = await page.locator('.material-grid').evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length)
    expect(columns).toBe(2)
    // Ticking from inside an entry still builds a kit, as a plain form.
    await page.getByLabel('Add “Plakat (A4): Prośba o pomoc jest bezpieczna” to my kit').check()
    await expect(page.getByRole('button', { name: 'Download the ones I ticked (zip)' }).count()).resolves.toBe(1)
    await context.close()
  })
})

describe('partner organisations', () => {
  it('sign up, confirm their email, sign in, and download the kit made for them', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(site.server.url + '/materials')
    await page.getByRole('link', { name: 'Sign up as a partner' }).click()
    await page.waitForURL('**/partners/join')
    await page.getByLabel('Your name').fill('Priya Hub')
    await page.getByLabel('Group or organisation').fill('Sheppey Family Hub')
    await page.getByLabel('What kind of organisation').selectOption('family-hub')
    await page.getByLabel('What you do there').fill('Family support worker')
    await page.getByLabel('Area of Kent').selectOption('swale')
    await page.getByLabel('Email').fill('priya@hub.example.org')
    await page.getByLabel('Choose a password (at least 12 characters)').fill('sheppey-family-hub-2026')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL('**/partners/check-your-email')

    const mail: Mail = await mailbox.waitFor('priya@hub.example.org')
    const link = /href="([^"]*\/partners\/confirm\?token=[^"]+)"/.exec(mail.html)![1].replace(/&amp;/g, '&')
    expect(link.startsWith(site.server.url)).toBe(true)
    // The link opens a page whose button confirms: a mail link checker opening it changes nothing.
    await page.goto(link)
    await page.getByRole('button', { name: 'Confirm my email' }).click()
    await page.waitForURL('**/partners/sign-in?confirmed=1')
    await expect(page.getByRole('status').textContent()).resolves.toContain('your email is confirmed')

    await page.getByLabel('Email').fill('priya@hub.example.org')
    await page.getByLabel('Password').fill('sheppey-family-hub-2026')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/partners')
    await expect(page.getByRole('heading', { name: 'A one-minute conversation: guide for practitioners' }).count()).resolves.toBe(1)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the Kit for partner organisations (zip)' }).click(),
    ])
    const zip = fs.readFileSync((await download.path())!)
    expect(zip.includes(Buffer.from('conversation-guide-for-practitioners.txt'))).toBe(true)

    // Visitors get the same kit without the partners-only guide, and never a partner cookie.
    const visitor = await fetch(`${site.server.url}/api/kits/partner-organisations-kit/download`)
    expect(Buffer.from(await visitor.arrayBuffer()).includes(Buffer.from('conversation-guide-for-practitioners.txt'))).toBe(false)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL('**/materials')
    expect(await context.cookies()).toEqual([])
    await context.close()
  })
})

describe('venue posters', () => {
  it('count each QR scan for the venue and send the parent straight to the message, setting nothing', async () => {
    const auth = await apiHeadersAs(site, 'admin')
    const venue = await fetch(`${site.server.url}/api/venues`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'Sheppey Family Hub', kind: 'family-hub', district: 'swale' }),
    })
    expect(venue.status).toBe(201)
    const scan = () => fetch(`${site.server.url}/q/sheppey-family-hub/postpartum-psychosis-is-an-emergency`, { redirect: 'manual' })
    const first = await scan()
    expect(first.status).toBe(302)
    expect(first.headers.get('location')).toBe('/messages/postpartum-psychosis-is-an-emergency?ref=qr')
    expect(first.headers.get('set-cookie')).toBeNull()
    await scan()
    const counts = await (await fetch(`${site.server.url}/api/qr-visits?depth=0`, { headers: auth })).json()
    expect(counts.docs).toHaveLength(1)
    expect(counts.docs[0]).toMatchObject({ visits: 2, month: new Date().toISOString().slice(0, 7) })
    // A poster for a message that has since come down still lands somewhere helpful.
    expect((await fetch(`${site.server.url}/q/sheppey-family-hub/no-longer-here`, { redirect: 'manual' })).headers.get('location')).toBe('/get-help?ref=qr')
    expect((await fetch(`${site.server.url}/api/qr-visits`)).status).toBe(403)
  })
})

describe('for search engines and sharing', () => {
  it('gives each message a canonical address and a share card', async () => {
    const html = await (await fetch(site.server.url + '/messages/asking-for-help-is-safe')).text()
    expect(html).toContain(`<link rel="canonical" href="${site.server.url}/messages/asking-for-help-is-safe"/>`)
    expect(html).toMatch(/<meta property="og:title" content="Asking for help is safe"\/>/)
    expect(html).toMatch(/<meta property="og:site_name" content="Nurturing Little Hearts and Minds"\/>/)
    expect(html).toContain(`<link rel="alternate" hrefLang="pl" href="${site.server.url}/pl/messages/asking-for-help-is-safe"/>`)
    const polish = await (await fetch(site.server.url + '/pl/messages/asking-for-help-is-safe')).text()
    expect(polish).toContain(`<link rel="canonical" href="${site.server.url}/pl/messages/asking-for-help-is-safe"/>`)
    expect(polish).toContain('<meta property="og:locale" content="pl_PL"/>')
  })

  it('lists every public page in sitemap.xml, and keeps the admin out of robots.txt', async () => {
    const sitemap = await (await fetch(site.server.url + '/sitemap.xml')).text()
    expect(sitemap).toContain(`<loc>${site.server.url}/get-help</loc>`)
    expect(sitemap).toContain(`<loc>${site.server.url}/messages/postpartum-psychosis-is-an-emergency</loc>`)
    expect(sitemap).toContain(`<loc>${site.server.url}/themes/dads-and-co-parents</loc>`)
    expect(sitemap).toContain(`<loc>${site.server.url}/ro/themes/dads-and-co-parents</loc>`)
    expect(sitemap).not.toContain('feeding-and-feelings')
    const robots = await (await fetch(site.server.url + '/robots.txt')).text()
    expect(robots).toContain('Disallow: /admin')
    expect(robots).toContain(`Sitemap: ${site.server.url}/sitemap.xml`)
  })
})

describe('for dads and co-parents', () => {
  it('gathers their messages, the one-minute conversation and the services that welcome them', async () => {
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/dads')
    await expect(page.getByRole('link', { name: 'Dads and co-parents can struggle too' }).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { name: 'A one-minute conversation' }).count()).resolves.toBe(1)
    const services = await page.locator('.service h3').allTextContents()
    expect(services).toEqual(expect.arrayContaining(['Dads Space', 'Dads Unlimited']))
    expect(services).not.toContain('Singing Mamas')
    await page.close()
  })
})

describe('with the keyboard only', () => {
  it('reaches a help number from the home page: skip link first, then Get help now, then the number', async () => {
    // A person in the team checks the emergency number in the registry, which makes it tap-to-call.
    const auth = await apiHeadersAs(site, 'admin')
    const { docs } = await (await fetch(`${site.server.url}/api/services?where[slug][equals]=emergency-999`)).json()
    const verified = await fetch(`${site.server.url}/api/services/${docs[0].id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ contact: { ...docs[0].contact, phone: '999' }, verifiedAt: new Date().toISOString() }),
    })
    expect(verified.status).toBe(200)
    expect(await eventually(async () => (await (await fetch(site.server.url + '/get-help')).text()).includes('href="tel:999"'))).toBe(true)

    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content')
    const tabUntil = async (wanted: (element: { text: string; href: string }) => boolean, limit: number) => {
      for (let presses = 0; presses < limit; presses += 1) {
        await page.keyboard.press('Tab')
        const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', href: document.activeElement?.getAttribute('href') ?? '' }))
        if (wanted(focused)) return focused
      }
      return undefined
    }
    expect(await tabUntil(({ text }) => text === 'Get help now', 6)).toBeDefined()
    await page.keyboard.press('Enter')
    await page.waitForURL('**/get-help')
    await expect(page.locator('h2').first().textContent()).resolves.toBe('Call 999 or go to A&E now if:')
    // The emergency number is the first thing to call on the page, a few key presses in.
    const number = await tabUntil(({ href }) => href.startsWith('tel:'), 12)
    expect(number).toEqual({ text: 'Call 999', href: 'tel:999' })
    await page.close()
  })
})

describe('phone numbers', () => {
  it('become tap-to-call links only once a person has verified them in the registry', async () => {
    const auth = await apiHeadersAs(site, 'admin')
    const { docs } = await (await fetch(`${site.server.url}/api/services?where[slug][equals]=nhs-111`)).json()
    const patch = (data: object) => fetch(`${site.server.url}/api/services/${docs[0].id}`, { method: 'PATCH', headers: auth, body: JSON.stringify(data) })

    const getHelp = () => fetch(site.server.url + '/get-help').then((response) => response.text())

    // A number and new opening hours, saved together: once the hours show, the unchecked number must not.
    expect((await patch({ contact: { ...docs[0].contact, phone: '111' }, hours: 'Any time, day or night' })).status).toBe(200)
    expect(await eventually(async () => (await getHelp()).includes('Any time, day or night'))).toBe(true)
    expect(await getHelp()).not.toContain('href="tel:111"')

    expect((await patch({ verifiedAt: new Date().toISOString() })).status).toBe(200)
    expect(await eventually(async () => (await getHelp()).includes('href="tel:111"'))).toBe(true)
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/get-help')
    await expect(page.locator('a[href="tel:111"]').first().textContent()).resolves.toBe('Call 111')
    await page.close()
  })
})
