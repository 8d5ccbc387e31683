import { createElement } from 'react'
import { describe, expect, it } from 'vitest'

import { checkText } from '@/content-safety/check'
import { emailExample, exampleServices } from '@/emails/examples'
import { AlreadyPartnerEmail, ConfirmPartnerEmail } from '@/emails/PartnerEmails'
import { formatDate, mentionsNumber } from '@/emails/parts'
import { renderEmail } from '@/emails/render'
import {
  type CareSignpost,
  type EmailFooter,
  type EmailTemplateKey,
  emailTemplateKeys,
  emailTemplates,
  type RenderedEmail,
  renderTemplate,
  type TemplateProps,
} from '@/emails/templates'
import { dark, light } from '@/emails/theme'
import { emailWordsFor, teamEmailWords } from '@/i18n/emailWords'
import { type SiteLocale, siteLocales } from '@/i18n/siteWords'
import { contrastRatio } from '@/renderers/brand'

// The campaign's email templates, rendered for real: both parts, every language, the footer's links and the
// safety rules for phone numbers and the support block.

const siteUrl = 'https://campaign.example.org'
const placeholders = { preferencesUrl: '{{preferencesUrl}}', unsubscribeUrl: '{{unsubscribeUrl}}' }
const sender = "the Nurturing Little Hearts and Minds campaign team, for Kent and Medway's perinatal mental health strategy"
const parentKeys = ['subscription-confirm', 'subscription-already', 'welcome', 'message-of-the-week'] as const satisfies EmailTemplateKey[]
const teamKeys = ['review-reminder', 'review-request'] as const satisfies EmailTemplateKey[]

// --- fixtures -------------------------------------------------------------------------------------------------

const verifiedAt = '2025-04-02T10:00:00.000Z'
/** A drama-range number (Ofcom), never checked: it must not reach a reader in any form. */
const unverifiedNumber = '01632 960 418'
const nhs111: CareSignpost['service'] = {
  name: 'NHS 111',
  contact: { phone: '111', howToContact: 'Call 111, or use NHS 111 online.' },
  hours: '24 hours a day, every day',
  verifiedAt,
}
const unverifiedHelpline: CareSignpost['service'] = {
  name: 'Perinatal Mental Health Helpline',
  contact: { phone: unverifiedNumber, howToContact: 'Call 01632 960418, day or night, to talk to someone.' },
  hours: 'Open 24/7',
  verifiedAt: null,
}
const intrusiveThoughts = {
  title: 'Intrusive thoughts are common',
  keyMessage: 'Unwanted, scary thoughts are common for new parents. They are not your fault, and you can talk about them.',
  emailBlock:
    'Many parents get sudden thoughts they do not want.\nFor example, a scary picture of your baby getting hurt by accident.\n\n' +
    'These are called intrusive thoughts. Having one does not mean you want it to happen.\n\n' +
    'You can tell your midwife, health visitor or GP. They are there to help you, not to judge you.',
  url: `${siteUrl}/messages/intrusive-thoughts-are-common`,
}

/** Realistic props for a template: the shared examples, with this test's own message, services and footer. */
function fixture<K extends EmailTemplateKey>(key: K, locale: SiteLocale = 'en', overrides: Partial<TemplateProps[K]> = {}): TemplateProps[K] {
  const base = emailExample(key, { locale, siteUrl }) as TemplateProps[EmailTemplateKey]
  const own: Partial<TemplateProps['message-of-the-week']> =
    key === 'message-of-the-week'
      ? {
          message: { ...intrusiveThoughts, url: `${siteUrl}${locale === 'en' ? '' : `/${locale}`}/messages/intrusive-thoughts-are-common` },
          signposts: [
            { urgency: 'non-urgent', when: 'Contact the helpline, day or night, if: you would like to talk to someone about these thoughts.', service: unverifiedHelpline },
            { urgency: 'urgent', when: 'Ask for an urgent GP appointment or contact NHS 111 if: you need help today and cannot wait.', service: nhs111 },
          ],
          supportBlock: null,
          inEnglish: false,
        }
      : {}
  return { ...base, ...own, ...overrides } as TemplateProps[K]
}

const render = <K extends EmailTemplateKey>(key: K, props: TemplateProps[K]) => renderTemplate(key, props)

// --- helpers --------------------------------------------------------------------------------------------------

/** How React writes text into HTML: the test looks for words the way they really appear in the markup. */
const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length
const footerOf = (html: string) => html.slice(html.indexOf('class="nl-footer"'))
const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]))
const langOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]

function expectPlainText(text: string) {
  expect(text).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]/i)
  expect(text).not.toMatch(/&[a-z]+;|&#x?[0-9a-f]+;/i)
  for (const css of ['prefers-color-scheme', '!important', 'color:', 'nl-body', 'data-ogsc', 'display:none']) expect(text).not.toContain(css)
  // The preheader's invisible padding characters stay in the HTML part.
  expect(text).not.toMatch(/[\u200b-\u200f\ufeff]/)
}

// --- every template -------------------------------------------------------------------------------------------

describe.each(emailTemplateKeys)('the %s email', (key) => {
  const english = () => render(key, fixture(key))

  it('has a subject, a preheader, and the preheader hidden at the top of the HTML', async () => {
    const email = await english()
    expect(email.subject.trim()).not.toBe('')
    expect(email.subject).not.toMatch(/\n/)
    expect(email.preheader.trim()).not.toBe('')
    expect(email.html).toContain(`data-skip-in-text="true">${escaped(email.preheader)}`)
    expect(email.html).toContain(`<title>${escaped(email.subject)}</title>`)
  })

  it('is in English with one h1, headings that never skip a level, and alt text on every image', async () => {
    const { html } = await english()
    expect(langOf(html)).toBe('en')
    expect(count(html, /<h1[\s>]/g)).toBe(1)
    const levels = headingLevels(html)
    expect(levels[0]).toBe(1)
    levels.forEach((level, index) => index > 0 && expect(level).toBeLessThanOrEqual(levels[index - 1]! + 1))
    for (const image of html.match(/<img\b[^>]*>/g) ?? []) expect(image).toMatch(/\salt="[^"]+"/)
  })

  it('reads in dark mode and on a 320px phone: colour-scheme meta, dark rules by class, no fixed width over 320px', async () => {
    const { html } = await english()
    expect(html).toContain('<meta name="color-scheme" content="light dark"/>')
    expect(html).toContain('<meta name="supported-color-schemes" content="light dark"/>')
    expect(html).toMatch(/<style>@media \(prefers-color-scheme: dark\) \{[^<]*\.nl-body[^<]*!important[^<]*<\/style>/)
    expect(html).toContain('class="nl-body"')
    const fixedWidths = [...html.matchAll(/(?<![-\w])width:\s*(\d+)px/g)].map((match) => Number(match[1]))
    expect(fixedWidths.filter((width) => width > 320)).toEqual([])
    expect(html).toMatch(/max-width:600px/)
  })

  it('keeps each stylesheet in its own block, so a program that rejects one rule keeps the rest', async () => {
    const { html } = await english()
    const blocks = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]!)
    expect(blocks).toHaveLength(4)
    // Gmail drops a whole block over an attribute selector or :root: those live apart from the wrapping rules.
    const wrapping = blocks.find((css) => css.includes('overflow-wrap'))!
    expect(wrapping).not.toMatch(/\[data-|:root|@media/)
    expect(blocks.filter((css) => /\[data-ogsc\]/.test(css))).toHaveLength(1)
    expect(blocks.find((css) => css.includes('[data-ogsc]'))).not.toMatch(/@media|:root|overflow-wrap/)
    expect(blocks.filter((css) => css.includes(':root'))).toEqual([':root { color-scheme: light dark; supported-color-schemes: light dark; }'])
  })

  it('holds the column at 600px in Outlook on Windows, which ignores max-width, in a table only Outlook sees', async () => {
    const { html } = await english()
    const body = html.slice(html.indexOf('<body'))
    expect(body).toMatch(/^<body[^>]*><!--\[if mso\]><table role="presentation" align="center" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><!\[endif\]-->/)
    expect(body).toMatch(/<!--\[if mso\]><\/td><\/tr><\/table><!\[endif\]--><\/body>/)
  })

  it('carries the footer: the sender, the reason, and a link to get help now', async () => {
    const props = fixture(key)
    const { html, text } = await render(key, props)
    expect(html).toContain('Nurturing Little Hearts and Minds</p>')
    expect(html).toContain(escaped(sender))
    expect(html).toContain(escaped(props.footer.reason))
    expect(html).toContain(`href="${siteUrl}/get-help"`)
    expect(text).toContain(sender)
    expect(text).toContain(props.footer.reason)
    expect(text).toContain(`${siteUrl}/get-help`)
  })

  it('has a plain-text part that reads on its own: the heading, the words, links as addresses, no markup or CSS', async () => {
    const { html, text } = await english()
    const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    expect(text).toMatch(new RegExp(`^${h1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n=+$`, 'm'))
    expectPlainText(text)
    for (const href of [...html.matchAll(/<a\b[^>]*href="([^"]+)"/g)].map((match) => match[1]!)) {
      if (href.startsWith('tel:')) continue
      expect(text).toContain(href.replace(/&amp;/g, '&'))
    }
  })
})

describe('the footer links', () => {
  it('appear when given, in both parts, and not at all when absent', async () => {
    for (const key of emailTemplateKeys) {
      const props = fixture(key)
      const withLinks = await render(key, { ...props, footer: { reason: props.footer.reason, ...placeholders } })
      const footer = footerOf(withLinks.html)
      expect(footer, key).toContain('href="{{preferencesUrl}}"')
      expect(footer, key).toContain('href="{{unsubscribeUrl}}"')
      expect(footer, key).toContain('>Unsubscribe from these emails</a>')

      const without = await render(key, { ...props, footer: { reason: props.footer.reason } })
      expect(footerOf(without.html), key).not.toMatch(/unsubscribe|change which emails|\{\{/i)
      expect(without.text.slice(without.text.indexOf(sender)), key).not.toMatch(/unsubscribe|change which emails/i)
    }
  })

  it('give team emails the sentence about how to stop them, and no links to a list', async () => {
    for (const key of teamKeys) {
      const footer: EmailFooter = { reason: 'You get this because you are on the campaign team.', howToStop: 'To stop these emails, ask the campaign lead.' }
      const { html, text } = await render(key, { ...fixture(key), footer })
      expect(footerOf(html)).toContain('To stop these emails, ask the campaign lead.')
      expect(text).toContain('To stop these emails, ask the campaign lead.')
      expect(footerOf(html)).not.toMatch(/unsubscribe/i)
    }
  })
})

describe('personalisation placeholders', () => {
  it('survive rendering verbatim in the HTML (inside href) and in the text, so the sender can fill them per reader', async () => {
    for (const key of ['welcome', 'message-of-the-week', 'partner-digest', 'community-bulletin'] as const) {
      const props = fixture(key)
      const { html, text } = await render(key, { ...props, footer: { ...props.footer, ...placeholders } })
      expect(html, key).toContain('href="{{preferencesUrl}}"')
      expect(html, key).toContain('href="{{unsubscribeUrl}}"')
      expect(html, key).not.toMatch(/&#123;|&#x7b;|%7B%7B/i)
      expect(text, key).toContain('{{preferencesUrl}}')
      expect(text, key).toContain('{{unsubscribeUrl}}')

      // What the sender does per reader: afterwards no placeholder is left in either part.
      const reader = { preferencesUrl: `${siteUrl}/email-preferences?token=abc`, unsubscribeUrl: `${siteUrl}/api/unsubscribe?token=abc` }
      const fill = (part: string) => part.replace(/\{\{(preferencesUrl|unsubscribeUrl)\}\}/g, (_, name: keyof typeof reader) => reader[name])
      expect(fill(html)).toContain(`href="${reader.unsubscribeUrl}"`)
      expect(fill(text)).toContain(reader.preferencesUrl)
      expect(fill(html) + fill(text)).not.toContain('{{')
    }
  })

  it('also survive in the subscription-already body link', async () => {
    const { html, text } = await render('subscription-already', fixture('subscription-already', 'en', { preferencesUrl: '{{preferencesUrl}}' }))
    expect(html.slice(0, html.indexOf('class="nl-footer"'))).toContain('href="{{preferencesUrl}}"')
    expect(text).toContain('{{preferencesUrl}}')
  })
})

// --- languages ------------------------------------------------------------------------------------------------

const knownWords: Record<Exclude<SiteLocale, 'en'>, { footer: string; helpNow: string; byKey: Record<(typeof parentKeys)[number], string> }> = {
  pl: {
    footer: 'Ten e-mail wysyła zespół kampanii',
    helpNow: 'Potrzebujesz pomocy teraz?',
    byKey: {
      'subscription-confirm': 'Potwierdź swój adres e-mail',
      'subscription-already': 'Już dostajesz nasze e-maile',
      welcome: 'Nie musisz czekać na e-mail',
      'message-of-the-week': 'Kiedy szukać pomocy',
    },
  },
  ro: {
    footer: 'Acest e-mail este trimis de echipa campaniei',
    helpNow: 'Ai nevoie de ajutor acum?',
    byKey: {
      'subscription-confirm': 'Confirmă adresa de e-mail',
      'subscription-already': 'Primești deja e-mailurile noastre',
      welcome: 'Nu trebuie să aștepți un e-mail',
      'message-of-the-week': 'Când să ceri ajutor',
    },
  },
}

describe.each(['pl', 'ro'] as const)('parent emails in %s', (locale) => {
  it.each(parentKeys)('%s is in that language, with the get-help link to the page in that language', async (key) => {
    const { html, text, subject } = await render(key, fixture(key, locale))
    const words = knownWords[locale]
    expect(langOf(html)).toBe(locale)
    expect(html).toContain(words.byKey[key])
    expect(html).toContain(words.footer)
    expect(text).toContain(words.helpNow)
    expect(html).toContain(`href="${siteUrl}/${locale}/get-help"`)
    expect(html).not.toContain(`href="${siteUrl}/get-help"`)
    // None of the English frame is left behind.
    expect(html).not.toMatch(/Need help now|This email is from|Unsubscribe from|copy the address/)
    if (key !== 'message-of-the-week') expect(subject).toBe(emailWordsFor(locale)[key === 'welcome' ? 'welcome' : key === 'subscription-confirm' ? 'subscriptionConfirm' : 'subscriptionAlready'].subject)
    expectPlainText(text)
  })
})

describe('team and partner emails', () => {
  it.each(['partner-digest', 'community-bulletin', ...teamKeys] as const)('%s is always English, even when asked for another language', async (key) => {
    const { html } = await render(key, fixture(key, 'en', { locale: 'pl' } as Partial<TemplateProps[typeof key]>))
    expect(langOf(html)).toBe('en')
    expect(html).toContain(`href="${siteUrl}/get-help"`)
  })

  it('give dates in British English, on the Kent calendar', async () => {
    const { text, preheader } = await render('partner-digest', fixture('partner-digest', 'en', { since: '2025-04-28T09:00:00.000Z' }))
    expect(preheader).toBe('Since 28 April 2025: 2 new materials and 2 dates coming up.')
    expect(text).toContain('Monday, 5 May 2025')
    expect(text.indexOf('Maternal Mental Health Awareness Week')).toBeLessThan(text.indexOf("Father's Day"))
  })

  it('say when a review is overdue, soonest first', async () => {
    const messages = [
      { title: 'Feeding and feelings', reviewBy: '2099-01-31T00:00:00.000Z', adminUrl: `${siteUrl}/admin/collections/messages/3` },
      { title: 'Postpartum psychosis is an emergency', reviewBy: '2024-06-30T00:00:00.000Z', adminUrl: `${siteUrl}/admin/collections/messages/12` },
    ]
    const { subject, text } = await render('review-reminder', fixture('review-reminder', 'en', { messages }))
    expect(subject).toBe('2 messages are due for their review')
    expect(text).toContain('The review was due on 30 June 2024')
    expect(text).toContain('Review by 31 January 2099')
    expect(text.indexOf('Postpartum psychosis')).toBeLessThan(text.indexOf('Feeding and feelings'))
  })

  it('carry the review request note only when there is one', async () => {
    const withNote = await render('review-request', fixture('review-request'))
    expect(withNote.subject).toBe('Please review: Intrusive thoughts are common')
    expect(withNote.text).toContain('A note from Sam Leader')
    const withoutNote = await render('review-request', fixture('review-request', 'en', { note: undefined }))
    expect(withoutNote.html).not.toContain('A note from')
  })

  it('take the bulletin subject from its heading and the preheader from its opening, cut at a word', async () => {
    const body = `${'Baby groups in Thanet have new drop-in times from June, and parents can come along without booking. '.repeat(2)}\n\nSecond paragraph.`
    const email = await render('community-bulletin', fixture('community-bulletin', 'en', { heading: 'New drop-in times in Thanet', body }))
    expect(email.subject).toBe('New drop-in times in Thanet')
    expect(email.preheader.length).toBeLessThanOrEqual(121)
    expect(email.preheader).toMatch(/^Baby groups in Thanet .*\w…$/)
    expect(email.html).toContain('<p class="nl-ink"')
  })

  it('keep the partner sign-up emails and their props working, on the new frame with a footer', async () => {
    const confirmUrl = `${siteUrl}/api/partners/confirm?token=42.abc`
    const confirm = await renderEmail(createElement(ConfirmPartnerEmail, { name: 'Sam Leader', siteUrl, confirmUrl }))
    expect(confirm.text).toContain('Hello Sam Leader')
    expect(/href="([^"]*\/api\/partners\/confirm\?token=[^"]+)"/.exec(confirm.html)?.[1]).toBe(confirmUrl)
    expect(confirm.html).toContain(escaped(teamEmailWords.partner.confirm.reason))
    expect(confirm.html).toContain(escaped(sender))
    expect(footerOf(confirm.html)).not.toMatch(/unsubscribe/i)
    expectPlainText(confirm.text)

    const already = await renderEmail(createElement(AlreadyPartnerEmail, { name: 'Sam Leader', siteUrl }))
    expect(already.html).toContain(`href="${siteUrl}/partners/sign-in"`)
    expect(already.html).toContain(`href="${siteUrl}/get-help"`)
    expect(count(already.html, /<h1[\s>]/g)).toBe(1)
  })
})

// --- the message of the week ----------------------------------------------------------------------------------

describe('the message of the week', () => {
  const support = { services: [exampleServices.samaritans, nhs111, exampleServices.emergency] }

  it('leads with the title and key message, then the text, a Read more link and the care cards under "When to get help"', async () => {
    const { html, text, subject, preheader } = await render('message-of-the-week', fixture('message-of-the-week'))
    expect(subject).toBe('Intrusive thoughts are common')
    expect(preheader).toBe(intrusiveThoughts.keyMessage)
    expect(html).toMatch(/<h1[^>]*>Intrusive thoughts are common<\/h1>/)
    expect(html).toMatch(/<h2[^>]*>When to get help<\/h2>/)
    expect(count(html, /<h3[\s>]/g)).toBe(2)
    expect(html).toMatch(new RegExp(`<a[^>]*href="${intrusiveThoughts.url}"[^>]*>.*Read the whole message`))
    // A single line break inside a paragraph stays one.
    expect(html).toContain('they do not want.<br/>For example')
    expect(text).toContain(`Read the whole message ${intrusiveThoughts.url}`)
    expect(text).toMatch(/^Get urgent help from NHS 111 if:\n+you need help today and cannot wait\.$/m)
  })

  it('puts the most urgent care card first, and makes only verified numbers tap-to-call', async () => {
    const signposts: CareSignpost[] = [
      { urgency: 'non-urgent', when: 'Contact your GP, midwife or health visitor if: scary thoughts keep coming back.', service: exampleServices.gp },
      { urgency: 'urgent', when: 'Ask for an urgent GP appointment or contact NHS 111 if: you need help today and cannot wait.', service: nhs111 },
      { urgency: 'emergency', when: 'Call 999 or go to A&E now if: you feel you might act on thoughts of suicide.', service: exampleServices.emergency },
    ]
    const { html, text } = await render('message-of-the-week', fixture('message-of-the-week', 'en', { signposts, supportBlock: support }))
    const order = ['Call 999 or go to A&amp;E now if:', 'Get urgent help from NHS 111 if:', 'Contact your GP, midwife or health visitor if:'].map((heading) =>
      html.indexOf(`${heading}</h3>`),
    )
    expect(order.every((position) => position > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(html).toContain('href="tel:111"')
    expect(html).toContain('href="tel:999"')
    expect(text).toContain('Call 111')
    expect(text).not.toContain('tel:')
  })

  it('never shows an unverified phone number: not as a link, not as words, in neither part', async () => {
    const { html, text } = await render('message-of-the-week', fixture('message-of-the-week', 'en', { supportBlock: { services: [unverifiedHelpline, nhs111] } }))
    for (const part of [html, text]) {
      expect(part.replace(/[\s-]/g, '')).not.toContain('01632960418')
      expect(part).not.toContain('tel:01632')
    }
    // Its name and hours still show, so the reader knows the service exists.
    expect(html).toContain('Contact Perinatal Mental Health Helpline if:')
    expect(html).toContain('Open 24/7')

    // With words that do not repeat the number, the words show.
    const safeWords = { ...unverifiedHelpline, contact: { ...unverifiedHelpline.contact, howToContact: 'Ask your GP, midwife or health visitor for the helpline details.' } }
    const signposts: CareSignpost[] = [{ urgency: 'non-urgent', when: 'Contact the helpline if: you want to talk.', service: safeWords }]
    const second = await render('message-of-the-week', fixture('message-of-the-week', 'en', { signposts }))
    expect(second.html).toContain('Ask your GP, midwife or health visitor for the helpline details.')
    expect(second.html.replace(/\s/g, '')).not.toContain('01632960418')
  })

  it('recognises a number however it is written', () => {
    expect(mentionsNumber('Call 01632 960418 any time', '01632 960 418')).toBe(true)
    expect(mentionsNumber('Ring +44 1632 960418.', '01632 960 418')).toBe(true)
    expect(mentionsNumber('Open 8am to 10pm, call 111', '01632 960 418')).toBe(false)
  })

  it('carries the support block only when given: calm words, the services, verified numbers as links', async () => {
    const without = await render('message-of-the-week', fixture('message-of-the-week'))
    expect(without.html).not.toContain('If you are thinking about suicide or harming yourself')
    expect(without.html).not.toContain('class="nl-support"')

    const withBlock = await render('message-of-the-week', fixture('message-of-the-week', 'en', { supportBlock: support }))
    expect(withBlock.html).toMatch(/<h2[^>]*>If you are thinking about suicide or harming yourself<\/h2>/)
    expect(withBlock.html).toContain('Help is there day and night')
    expect(withBlock.html).toMatch(/<h3[^>]*>Samaritans<\/h3>/)
    expect(withBlock.html).toContain('href="tel:116123"')
    expect(withBlock.text).toContain('If you are thinking about suicide or harming yourself\n-----')
    // Safe messaging: never "commit", never a method.
    expect(withBlock.text).not.toMatch(/commit|overdose|method/i)
  })

  it('shows an untranslated message in English, marked lang="en" and said so, inside an email in the reader language', async () => {
    const { html, text } = await render('message-of-the-week', fixture('message-of-the-week', 'pl', { inEnglish: true, supportBlock: support }))
    expect(langOf(html)).toBe('pl')
    expect(html).toMatch(/<h1 lang="en"[^>]*>Intrusive thoughts are common<\/h1>/)
    expect(html).toMatch(/<div lang="en">(?:(?!<\/div>).)*Unwanted, scary thoughts are common/s)
    expect(html).toContain('Ta wiadomość nie jest jeszcze przetłumaczona, dlatego jest po angielsku.')
    expect(html).toContain('Przeczytaj całą wiadomość (po angielsku)')
    expect(html).toContain('Jeśli myślisz o samobójstwie lub o zrobieniu sobie krzywdy')
    expect(html).toMatch(/data-skip-in-text="true" lang="en"|lang="en"[^>]*data-skip-in-text="true"/)
    expect(text).toContain('Kiedy szukać pomocy')

    const translated = await render('message-of-the-week', fixture('message-of-the-week', 'pl', { inEnglish: false }))
    expect(translated.html).not.toContain('lang="en"')
    expect(translated.html).not.toContain('po angielsku')
  })

  it('shows its image with its alt text, sized for the column', async () => {
    const image = { src: `${siteUrl}/api/media/file/parent-at-night.jpg`, alt: 'A parent sits on a sofa at night, holding their sleeping baby close.', width: 1200, height: 630 }
    const { html, text } = await render('message-of-the-week', fixture('message-of-the-week', 'en', { message: { ...intrusiveThoughts, image } }))
    const tag = /<img\b[^>]*>/.exec(html)![0]
    expect(tag).toContain(`alt="${image.alt}"`)
    expect(tag).toContain('width="520"')
    expect(tag).toContain('height="273"')
    expect(text).not.toContain('parent-at-night.jpg')
  })
})

// --- words ----------------------------------------------------------------------------------------------------

describe('the email words', () => {
  it('give the number of days in each language’s own plural', () => {
    expect(emailWordsFor('en').subscriptionConfirm.expires(1)).toBe('The link works for 1 day.')
    expect(emailWordsFor('en').subscriptionConfirm.expires(7)).toBe('The link works for 7 days.')
    expect(emailWordsFor('pl').subscriptionConfirm.expires(1)).toBe('Link działa przez 1 dzień.')
    expect(emailWordsFor('pl').subscriptionConfirm.expires(5)).toBe('Link działa przez 5 dni.')
    expect(emailWordsFor('ro').subscriptionConfirm.expires(1)).toBe('Linkul funcționează o zi.')
    expect(emailWordsFor('ro').subscriptionConfirm.expires(7)).toBe('Linkul funcționează 7 zile.')
    expect(emailWordsFor('ro').subscriptionConfirm.expires(20)).toBe('Linkul funcționează 20 de zile.')
  })

  it('name the lists a reader joined in their language', () => {
    expect(emailWordsFor('en').footer.becauseYouJoined(['Message of the week', 'Dads and co-parents'])).toBe(
      'You get this email because you signed up for: Message of the week and Dads and co-parents.',
    )
    expect(emailWordsFor('pl').footer.becauseYouJoined(['A', 'B'])).toContain('A i B')
    expect(emailWordsFor('ro').footer.becauseYouJoined(['A', 'B'])).toContain('A și B')
  })

  it('write dates in the reader language, as the day falls in Kent', () => {
    expect(formatDate('2025-05-05T00:00:00.000Z', 'en')).toBe('5 May 2025')
    expect(formatDate('2025-05-05T00:00:00.000Z', 'pl')).toBe('5 maja 2025')
    expect(formatDate('2025-05-05T00:00:00.000Z', 'ro')).toBe('5 mai 2025')
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(formatDate('2025-06-30T23:30:00.000Z', 'en')).toBe('1 July 2025')
    expect(formatDate('not a date', 'en')).toBe('not a date')
  })

  it('pass the campaign content checks: nothing blocked or warned about in the English words', async () => {
    const english = [...stringsOf(emailWordsFor('en')), ...stringsOf(teamEmailWords)]
    const problems: string[] = []
    for (const text of english) {
      const { findings } = await checkText(text, { channel: 'email', supportBlock: true })
      for (const finding of findings.filter((item) => item.severity !== 'info')) problems.push(`"${text}": ${finding.rule} (${finding.severity})`)
    }
    expect(problems).toEqual([])
  })

  it('use no stigmatising word in any language', () => {
    const banned = /\b(suffer\w*|sufferer|crazy|mad|insane|nuts|psycho|lunatic|commit(s|ted|ting)? suicide|bad (mum|mother|parent)|cierpi\w*|szalon\w*|suferi\w*|nebun\w*)\b/i
    for (const locale of siteLocales) for (const text of stringsOf(emailWordsFor(locale))) expect(text, locale).not.toMatch(banned)
    for (const text of stringsOf(teamEmailWords)) expect(text).not.toMatch(banned)
  })

  it('every rendered English email passes the content checks without a block', async () => {
    for (const key of emailTemplateKeys) {
      const { text } = await render(key, fixture(key, 'en', key === 'message-of-the-week' ? ({ supportBlock: { services: [nhs111] } } as never) : {}))
      const { findings } = await checkText(text.replace(/https?:\/\/\S+|\{\{\w+\}\}/g, ''), { channel: 'email', supportBlock: true })
      expect(findings.filter((finding) => finding.severity === 'block').map((finding) => `${key}: ${finding.rule} "${finding.text}"`)).toEqual([])
    }
  })
})

describe('the colours', () => {
  it('keep AA contrast (4.5:1) for every text colour on every background it sits on, in both schemes', () => {
    for (const scheme of [light, dark]) {
      for (const background of [scheme.paper, scheme.card]) {
        for (const text of [scheme.ink, scheme.soft, scheme.plum, scheme.emergency, scheme.urgent]) {
          expect(contrastRatio(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5)
        }
      }
      for (const text of [scheme.ink, scheme.plum]) expect(contrastRatio(text, scheme.support)).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(scheme.onPlum, scheme.plum)).toBeGreaterThanOrEqual(4.5)
    }
  })
})

describe('the template registry', () => {
  it('describes every template, with the audience it is for', () => {
    expect(Object.keys(emailTemplates).sort()).toEqual([...emailTemplateKeys].sort())
    expect(emailTemplates['message-of-the-week'].audience).toBe('subscribers')
    expect(emailTemplates['partner-digest'].audience).toBe('partners')
    expect(emailTemplates['review-request'].audience).toBe('team')
  })

  it('returns the subject and preheader it rendered with', async () => {
    const email: RenderedEmail = await render('welcome', fixture('welcome', 'ro'))
    expect(email.subject).toBe('Bine ai venit la Nurturing Little Hearts and Minds')
    expect(email.html).toContain(`<title>${email.subject}</title>`)
    expect(email.html).toContain(escaped(email.preheader))
  })
})

// Sample arguments for the phrase-making functions whose argument is not a name or a title.
const sampleArguments: Record<string, unknown[]> = {
  'subscriptionConfirm.expires': [7],
  'footer.becauseYouJoined': [['Message of the week', 'Dads and co-parents']],
  'partnerDigest.preheader': ['28 April 2025', 2, 3],
  'reviewReminder.subject': [2],
}

/** Every string in a words object, with each phrase-making function called on sample values. */
function stringsOf(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') {
    const key = path.split('.').slice(-2).join('.')
    const result = (value as (...args: unknown[]) => unknown)(...(sampleArguments[key] ?? ['Sam Leader']))
    if (typeof result !== 'string') throw new Error(`${path} did not make a string`)
    return [result]
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, inner]) => stringsOf(inner, path ? `${path}.${name}` : name))
  return []
}
