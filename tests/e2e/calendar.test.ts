import type { Locator, Page } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { apiHeadersAs, demoLogin, eventually, signInToAdmin, useRunningSite } from '../helpers/site'

// The campaign calendar in the admin as a publisher uses it (month and week, filters, scheduling and moving
// items with the server's refusals, the personal calendar feed), and the platform preview on a social post.

const site = useRunningSite()

const signIn = (role: string): Promise<Page> => signInToAdmin(site, role)

const london = (instant: Date, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options }).format(instant)

/**
 * A datetime-local value on a London clock. Browsers drop ":00" seconds from the value, and Playwright checks
 * the value it set, so seconds are written only when there are some.
 */
function londonInput(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  const base = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
  return parts.second === '00' ? base : `${base}:${parts.second}`
}

const londonDay = (instant: Date) => londonInput(instant).slice(0, 10)

/**
 * Waits until the calendar has loaded, and returns its summary ("N items in this view."). `filtered` says which
 * answer to wait for, so a summary left from the previous address is not taken for the new one.
 */
async function calendarLoaded(page: Page, filtered = false): Promise<string> {
  await page.waitForFunction(
    (wanted) => new RegExp(`in this ${wanted}view\\.$`).test(document.querySelector('.calendar-summary')?.textContent ?? ''),
    filtered ? 'filtered ' : '',
  )
  return (await page.locator('.calendar-summary').textContent()) ?? ''
}

/** iCalendar folds long lines and escapes commas and semicolons; read it as text. */
const unfoldICalendar = (body: string) => body.replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1')

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the campaign calendar', () => {
  it('schedules a post from the calendar and sees it in the feed when due', { timeout: 240_000 }, async () => {
    const publisherApi = await apiHeadersAs(site, 'publisher')
    const approved = await (
      await fetch(`${site.server.url}/api/messages?draft=true&depth=0&limit=100&where[workflow.state][equals]=approved`, { headers: publisherApi })
    ).json()
    const message = approved.docs[0] as { id: number; title: string }
    expect(message, 'the demo has an approved message').toBeDefined()
    const rss = async () => (await fetch(`${site.server.url}/feeds/rss.xml`)).text()
    expect(await rss()).not.toContain(message.title)

    const page = await signIn('publisher')
    await page.goto(site.server.url + '/admin')
    const navLink = page.locator('#nav-calendar')
    await navLink.waitFor({ state: 'attached' })
    expect(await navLink.getAttribute('href')).toBe('/admin/calendar')

    // This month, Monday first, with the demo's publications (they went live when the server started).
    await page.goto(site.server.url + '/admin/calendar')
    await page.getByRole('heading', { level: 1, name: 'Campaign calendar' }).waitFor()
    await page.getByRole('heading', { level: 2, name: london(new Date(), { month: 'long', year: 'numeric' }) }).waitFor()
    await calendarLoaded(page)
    expect(await page.locator('table.calendar-month thead th').allTextContents()).toEqual(['Week', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    const thisMonth = londonDay(new Date()).slice(0, 7)
    const monthItems = page.locator(`td.calendar-day[data-day^="${thisMonth}"] li.calendar-item`)
    expect(await monthItems.count()).toBeGreaterThan(0)
    expect(await page.locator('td[aria-current="date"]').getAttribute('data-day')).toBe(londonDay(new Date()))
    const firstItem = monthItems.first()
    expect(await firstItem.locator('.calendar-item__channel').textContent()).toMatch(/\w/)
    expect(await firstItem.locator('a.calendar-item__title').getAttribute('href')).toMatch(/^\/admin\/collections\//)
    // No dads' content is planned for the weeks before the demo started: the calendar says so in words.
    expect(await page.locator('.calendar-gap', { hasText: 'Nothing for dads and co-parents this week' }).count()).toBeGreaterThan(0)

    // Week view, then only the website: each step is in the address, and Back undoes it.
    await page.getByRole('navigation', { name: 'Calendar view' }).getByRole('link', { name: 'Week' }).click()
    await page.waitForURL(/[?&]view=week/)
    await page.getByRole('heading', { level: 2, name: /^Week of / }).waitFor()
    await calendarLoaded(page)
    expect(await page.locator('.calendar-week-view section.calendar-day').count()).toBe(7)
    await page.getByLabel('Channel').selectOption('web')
    await page.getByRole('search', { name: 'Filter the calendar' }).getByRole('button', { name: 'Show' }).click()
    await page.waitForURL(/[?&]channel=web/)
    await calendarLoaded(page, true)
    const channels = await page.locator('li.calendar-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-channel')))
    expect(channels.every((channel) => channel === 'web' || channel === 'moment')).toBe(true)
    await page.goBack()
    await page.waitForURL((url) => !url.searchParams.has('channel') && url.searchParams.get('view') === 'week')
    await calendarLoaded(page)
    expect(await page.getByLabel('Channel').inputValue()).toBe('')
    await page.goForward()
    await page.waitForURL(/[?&]channel=web/)
    await calendarLoaded(page, true)

    // The approved message, scheduled from the calendar: first for a time already gone, which the workflow refuses.
    const approvedList = page.getByRole('region', { name: 'Approved, not yet scheduled' })
    const entry = approvedList.locator('li', { hasText: message.title })
    await entry.waitFor()
    await entry.getByLabel('Publish at (UK time)').fill(londonInput(new Date(Date.now() - 60 * 60_000)))
    await entry.getByRole('button', { name: `Schedule: ${message.title}` }).click()
    const refusal = entry.getByRole('alert')
    await expect.poll(() => refusal.textContent()).toMatch(/publication time is in the past/)

    const publishAt = new Date(Date.now() + 20_000)
    await entry.getByLabel('Publish at (UK time)').fill(londonInput(publishAt))
    await entry.getByRole('button', { name: `Schedule: ${message.title}` }).click()
    const notice = page.locator('.calendar-notice')
    await expect.poll(() => notice.textContent()).toContain(`“${message.title}” is now set for`)
    expect(await notice.getAttribute('role')).toBe('status')
    // It leaves the approved list and appears on its day as a scheduled publication.
    await expect.poll(() => approvedList.locator('li', { hasText: message.title }).count()).toBe(0)
    const onCalendar = page.locator(`section.calendar-day[data-day="${londonDay(publishAt)}"] li.calendar-item[data-kind="message"]`, { hasText: message.title })
    await onCalendar.waitFor()
    expect(await onCalendar.locator('.calendar-item__status').textContent()).toBe('Scheduled')
    expect(await onCalendar.locator('.calendar-item__when').textContent()).toBe(london(publishAt, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }))
    expect(await onCalendar.locator('.calendar-item__channel').textContent()).toBe('Website publication')

    // The personal feed lists it, to anyone holding the address (a calendar app cannot sign in).
    await page.getByRole('button', { name: 'Show my calendar feed address' }).click()
    const feedField = page.getByLabel('Your calendar feed address')
    await feedField.waitFor()
    const feedUrl = await feedField.inputValue()
    expect(feedUrl).toMatch(/^http/)
    const feed = await fetch(feedUrl)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/)
    const ics = unfoldICalendar(await feed.text())
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain(message.title)
    await page.getByRole('button', { name: 'Make a new link' }).click()
    await expect.poll(() => feedField.inputValue()).not.toBe(feedUrl)
    expect((await fetch(feedUrl)).status).toBe(404)
    await page.context().close()

    // Nobody is signed in when it goes out: the server's queue runs every ten seconds; allow for a busy machine.
    let published = false
    for (let attempt = 0; attempt < 90 && !published; attempt += 1) {
      await sleep(1000)
      published = (await rss()).includes(message.title)
    }
    if (!published) console.log(site.server.output.filter((line) => /job|error|warn|publish/i.test(line)).slice(-30).join('\n'))
    expect(published).toBe(true)
  })

  it("shows the server's reasons when an item is moved to a time that has passed", async () => {
    const publisherApi = await apiHeadersAs(site, 'publisher')
    const { docs } = await (
      await fetch(`${site.server.url}/api/social-posts?depth=0&limit=1&sort=scheduledAt&where[status][equals]=scheduled`, { headers: publisherApi })
    ).json()
    const post = docs[0] as { id: number; scheduledAt: string }
    expect(post, 'the demo plans social posts').toBeDefined()

    const page = await signIn('publisher')
    await page.goto(`${site.server.url}/admin/calendar?view=week&date=${londonDay(new Date(post.scheduledAt))}`)
    await calendarLoaded(page)
    const item: Locator = page.locator('li.calendar-item', { has: page.locator(`a[href="/admin/collections/social-posts/${post.id}"]`) })
    await item.locator('summary', { hasText: 'Move' }).click()
    const when = item.getByLabel('Move to (UK time)')
    expect(await when.inputValue()).toBe(londonInput(new Date(post.scheduledAt)).slice(0, 16))
    await when.fill(londonInput(new Date(Date.now() - 24 * 60 * 60_000)).slice(0, 16))
    await item.getByRole('button', { name: /^Save: / }).click()
    const refusal = item.getByRole('alert')
    await expect.poll(() => refusal.textContent()).toContain('That time has passed. Choose a time from now on.')
    expect(await when.getAttribute('aria-invalid')).toBe('true')
    const after = await (await fetch(`${site.server.url}/api/social-posts/${post.id}?depth=0`, { headers: publisherApi })).json()
    expect(after.scheduledAt).toBe(post.scheduledAt)
    await page.context().close()
  })

  it('is not shown to someone who is not signed in', async () => {
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/admin/calendar')
    await page.waitForURL(/\/admin\/login/)
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/admin/calendar')
    const items = await fetch(`${site.server.url}/api/calendar/items?from=2026-01-01&to=2026-01-31`)
    expect(items.status).toBe(401)
    await page.close()
  })
})

describe('the social post preview', () => {
  it('shows the post as the platform does: its name, the counted length and the image in its crop with its alt text', async () => {
    const editorApi = await apiHeadersAs(site, 'editor')
    const { authorization } = editorApi
    const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#f2c6a0' } }).png().toBuffer()
    const upload = new FormData()
    upload.append('_payload', JSON.stringify({ title: 'Preview test card', type: 'social-image', language: 'en', accessibleFormat: 'standard', accessLevel: 'restricted' }))
    upload.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'preview-test-card.png')
    const material = await fetch(`${site.server.url}/api/materials`, { method: 'POST', headers: { authorization }, body: upload })
    const materialBody = await material.json()
    expect(material.status, JSON.stringify(materialBody)).toBe(201)

    const live = await (await fetch(`${site.server.url}/api/messages?limit=1&depth=0`)).json()
    const alt = 'A parent holding a sleeping baby by a window, with the words "You are not alone".'
    const created = await fetch(`${site.server.url}/api/social-posts`, {
      method: 'POST',
      headers: editorApi,
      body: JSON.stringify({
        message: live.docs[0].id,
        platform: 'x',
        text: 'Scary thoughts after having a baby are common. They are not your fault, and help is there.',
        hashtags: ['PerinatalMentalHealth', 'Kent'],
        image: materialBody.doc.id,
        imageAlt: alt,
      }),
    })
    const createdBody = await created.json()
    expect(created.status, JSON.stringify(createdBody)).toBe(201)
    const post = createdBody.doc as { id: number; link: string }

    const page = await signIn('editor')
    await page.goto(`${site.server.url}/admin/collections/social-posts/${post.id}`)
    const preview = page.locator('section.post-preview')
    await preview.getByRole('heading', { name: 'Preview on X' }).waitFor()
    expect(await preview.locator('.post-preview__platform').textContent()).toContain('X')
    // X counts the link as 23 characters, whatever its length.
    const expected = 'Scary thoughts after having a baby are common. They are not your fault, and help is there.'.length + 2 + 23 + 2 + '#PerinatalMentalHealth #Kent'.length
    expect(await preview.locator('.post-preview__count').textContent()).toMatch(new RegExp(`^${expected} of 280 characters`))
    expect(await preview.locator('.post-preview__text').textContent()).toContain('#PerinatalMentalHealth')
    const image = preview.locator('.post-preview__image img')
    await image.waitFor()
    expect(await image.getAttribute('alt')).toBe(alt)
    expect(await eventually(async () => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0), 10)).toBe(true)
    const box = await preview.locator('.post-preview__image').boundingBox()
    expect(box!.width / box!.height).toBeCloseTo(16 / 9, 1)

    // Over the limit, it says so in words as the author types.
    await page.locator('#field-text').fill('Too long. '.repeat(30))
    await expect.poll(() => preview.locator('.post-preview__too-long').textContent()).toMatch(/Too long for X: take out \d+ characters/)
    await page.context().close()
  })
})
