import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Mail, startMailbox } from '../helpers/mailbox'
import { apiHeadersAs, demoLogin, eventually, signInToAdmin, useRunningSite } from '../helpers/site'

// The email admin as editors use it: the templates view with its previews and test send, and a campaign's
// preview and send progress. Email goes to a real SMTP server in this process.

let mailbox: Awaited<ReturnType<typeof startMailbox>>
beforeAll(async () => {
  mailbox = await startMailbox()
})
afterAll(async () => mailbox?.close())
const site = useRunningSite({ env: () => ({ SMTP_URL: mailbox.url }) })

const signIn = (role: string): Promise<Page> => signInToAdmin(site, role)

/** The titles visitors can read now: the preview's "newest real content" must be one of them. */
async function liveMessages(): Promise<{ id: number; title: string }[]> {
  const response = await fetch(`${site.server.url}/api/messages?limit=100&depth=0`)
  return ((await response.json()) as { docs: { id: number; title: string }[] }).docs
}

/** How React writes text into HTML: a title with an apostrophe or ampersand appears escaped. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')

const frameWidth = (page: Page) => page.locator('.email-preview iframe').evaluate((frame) => (frame as HTMLIFrameElement).clientWidth)

describe('the email templates view', () => {
  it('lists every template, previews the message of the week wide, on a phone and as text, and sends a test copy', async () => {
    const editor = await signIn('editor')
    const editorEmail = demoLogin(site.server.dataDir, 'editor').email

    // Editors find it in the nav.
    await editor.goto(site.server.url + '/admin')
    const navLink = editor.locator('#nav-email-templates')
    await navLink.waitFor({ state: 'attached' })
    expect(await navLink.getAttribute('href')).toBe('/admin/email-templates')

    await editor.goto(site.server.url + '/admin/email-templates')
    await editor.getByRole('heading', { level: 1, name: 'Email templates' }).waitFor()
    const list = editor.getByRole('navigation', { name: 'Email templates', exact: true })
    for (const label of ['Confirm a subscription', 'Already subscribed', 'Welcome', 'Message of the week', 'Partner digest', 'Community bulletin', 'Review reminder', 'Review request']) {
      expect(await list.getByRole('link', { name: label, exact: true }).count(), label).toBe(1)
    }
    expect(await list.textContent()).toContain('Partner organisations')

    // What the wide iframe loads: the rendered email, fetched by the browser with the editor's session.
    const framed = editor.waitForResponse(
      (response) => response.url().includes('/api/email-previews/message-of-the-week?format=html') && response.request().resourceType() === 'document',
    )
    await list.getByRole('link', { name: 'Message of the week', exact: true }).click()
    await editor.waitForURL(/\/admin\/email-templates\?template=message-of-the-week/)
    await editor.getByRole('heading', { level: 2, name: 'Message of the week' }).waitFor()

    const subjectLine = editor.locator('.email-preview__subject span')
    await subjectLine.waitFor()
    const subject = (await subjectLine.textContent())?.trim() ?? ''
    const live = await liveMessages()
    expect(live.map((message) => message.title)).toContain(subject)

    const page = await framed
    expect(page.status()).toBe(200)
    const html = await page.text()
    expect(html.includes(escaped(subject)) || html.includes(subject)).toBe(true)
    const wide = editor.locator('.email-preview iframe')
    expect(await wide.getAttribute('sandbox')).toBe('')
    expect(await wide.getAttribute('title')).toMatch(/Message of the week.*600/)
    expect(await wide.getAttribute('src')).not.toContain('campaign=')
    expect(await frameWidth(editor)).toBe(600)

    await editor.getByRole('button', { name: 'Phone (320px)' }).click()
    expect(await editor.getByRole('button', { name: 'Phone (320px)' }).getAttribute('aria-pressed')).toBe('true')
    expect(await eventually(async () => (await frameWidth(editor)) === 320, 5)).toBe(true)
    expect(await editor.locator('.email-preview iframe').getAttribute('title')).toMatch(/phone width, 320/)

    await editor.getByRole('button', { name: 'Plain text' }).click()
    const text = editor.locator('pre.email-preview__text')
    await text.waitFor()
    // html-to-text wraps long lines; compare with the line breaks taken out.
    expect(((await text.textContent()) ?? '').replace(/\s+/g, ' ')).toContain(subject)
    expect(await editor.locator('.email-preview iframe').count()).toBe(0)

    await editor.getByRole('button', { name: 'Send me a test' }).click()
    const result = editor.locator('.email-preview__test-result')
    expect(await result.getAttribute('role')).toBe('status')
    expect(await eventually(async () => /on its way/.test((await result.textContent()) ?? ''))).toBe(true)
    expect(await result.textContent()).toContain(editorEmail)
    let copy: Mail | undefined
    expect(await eventually(async () => Boolean((copy = mailbox.mails.find((mail) => mail.to.includes(editorEmail) && mail.subject.startsWith('[Test]')))), 20)).toBe(true)
    expect(copy!.subject).toBe(`[Test] ${subject}`)
    expect(copy!.html).toContain('</html>')
    expect(copy!.text.replace(/\s+/g, ' ')).toContain(subject)

    // A template for partners has no language choice.
    await list.getByRole('link', { name: 'Partner digest', exact: true }).click()
    await editor.getByRole('heading', { level: 2, name: 'Partner digest' }).waitFor()
    expect(await editor.getByText('Language: English only').count()).toBe(1)
    await editor.context().close()
  })

  it('is not shown to someone who is not signed in', async () => {
    const page = await site.browser.newPage()
    await page.goto(site.server.url + '/admin/email-templates')
    await page.waitForURL(/\/admin\/login/)
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/admin/email-templates')
    await page.close()
  })
})

describe('an email campaign in the admin', () => {
  it('previews the saved campaign and shows its send progress, following the status as it changes', async () => {
    const editorApi = await apiHeadersAs(site, 'editor')
    // The message the preview picks as the newest live one is one a campaign may send (live and in date).
    const sample = await fetch(`${site.server.url}/api/email-previews/message-of-the-week?format=html`, { headers: editorApi })
    expect(sample.status).toBe(200)
    const title = decodeURIComponent(sample.headers.get('x-email-subject') ?? '')
    const message = (await liveMessages()).find((candidate) => candidate.title === title)
    expect(message, `a live message titled "${title}"`).toBeDefined()
    const created = await fetch(`${site.server.url}/api/email-campaigns`, {
      method: 'POST',
      headers: editorApi,
      body: JSON.stringify({ title: 'Progress check', template: 'message-of-the-week', message: message!.id }),
    })
    const createdBody = await created.json()
    expect(created.status, JSON.stringify(createdBody)).toBe(201)
    const campaignId = createdBody.doc.id as number

    // A publisher schedules it an hour ahead, so nothing sends while the test watches.
    const publisherApi = await apiHeadersAs(site, 'publisher')
    // Lists are personal data: only admins read them.
    const lists = await (await fetch(`${site.server.url}/api/mailing-lists?where[slug][equals]=campaign-news&depth=0`, { headers: await apiHeadersAs(site, 'admin') })).json()
    const sendAt = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    const scheduled = await fetch(`${site.server.url}/api/email-campaigns/${campaignId}`, {
      method: 'PATCH',
      headers: publisherApi,
      body: JSON.stringify({ status: 'scheduled', sendAt, lists: [lists.docs[0].id] }),
    })
    expect(scheduled.status, JSON.stringify(await scheduled.json())).toBe(200)

    const editor = await signIn('editor')
    await editor.goto(`${site.server.url}/admin/collections/email-campaigns/${campaignId}`)
    const progress = editor.getByRole('region', { name: 'Send progress' })
    await progress.waitFor()
    expect(await progress.textContent()).toContain('Status: Scheduled')
    expect(await progress.locator('[aria-live="polite"]').textContent()).toMatch(/^Scheduled for /)
    expect(await progress.textContent()).toMatch(/Unconfirmed.*Never sent twice/)

    // The campaign's own preview: its chosen message, by campaign id.
    const subjectLine = editor.locator('.email-preview__subject span')
    await subjectLine.waitFor()
    expect((await subjectLine.textContent())?.trim()).toBe(message!.title)
    expect(await editor.locator('.email-preview iframe').getAttribute('src')).toContain(`campaign=${campaignId}`)

    // Cancelled elsewhere while the page is open (the editor's page holds the edit lock): the block follows
    // within a poll or two, without a reload, and says the form is out of date.
    const cancelled = await fetch(`${site.server.url}/api/email-campaigns/${campaignId}?overrideLock=true`, {
      method: 'PATCH',
      headers: publisherApi,
      body: JSON.stringify({ status: 'cancelled' }),
    })
    expect(cancelled.status, JSON.stringify(await cancelled.json())).toBe(200)
    expect(await eventually(async () => ((await progress.textContent()) ?? '').includes('Status: Cancelled'), 10)).toBe(true)
    expect(await progress.locator('[aria-live="polite"]').textContent()).toContain('Cancelled. Nothing was sent.')
    await progress.getByRole('button', { name: 'Reload' }).waitFor()
    await editor.context().close()
  })

  it('asks for a save before previewing a new campaign', async () => {
    const editor = await signIn('editor')
    await editor.goto(`${site.server.url}/admin/collections/email-campaigns/create`)
    await editor.getByText('Save to preview.').waitFor()
    expect(await editor.locator('.email-preview iframe').count()).toBe(0)
    await editor.context().close()
  })
})
