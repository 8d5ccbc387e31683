import { emailWordsFor } from '@/i18n/emailWords'
import { localePath, type SiteLocale } from '@/i18n/siteWords'

import type { CareSignpost, EmailFooter, EmailTemplateKey, TemplateProps } from './types'

// Example props for every template, in real campaign words: for previewing a template (admin, CLI) and as the
// base of the tests' fixtures. The footer links are the placeholders a sender fills per recipient.

/** The literal strings a sender renders with once, then replaces per recipient in the HTML and the text. */
export const recipientPlaceholders = { preferencesUrl: '{{preferencesUrl}}', unsubscribeUrl: '{{unsubscribeUrl}}' } as const

export const exampleSiteUrl = 'https://campaign.example.org'

/** A number from Ofcom's range for drama, so an example can never ring a real person. */
export const exampleUnverifiedNumber = '01632 960 417'

export const exampleServices = {
  gp: {
    name: 'Your GP, midwife or health visitor',
    contact: { howToContact: 'Ring your GP surgery, or ask your midwife or health visitor at your next visit.' },
    hours: '',
    verifiedAt: '2025-04-02T10:00:00.000Z',
  },
  // Not yet checked by a person: its number must never reach a parent.
  helpline: {
    name: 'Perinatal Mental Health Helpline',
    contact: {
      phone: exampleUnverifiedNumber,
      howToContact: 'Ask your GP, midwife or health visitor for the helpline details, or search for the service name online.',
    },
    hours: '24/7',
    verifiedAt: null,
  },
  nhs111: {
    name: 'NHS 111',
    contact: { phone: '111', howToContact: 'Call 111, or use NHS 111 online.' },
    hours: '24 hours a day, every day',
    verifiedAt: '2025-04-02T10:00:00.000Z',
  },
  emergency: {
    name: 'Emergency: 999 or A&E',
    contact: { phone: '999', howToContact: 'Call 999, or go to your nearest A&E.' },
    hours: '24 hours a day, every day',
    verifiedAt: '2025-04-02T10:00:00.000Z',
  },
  samaritans: {
    name: 'Samaritans',
    contact: { phone: '116 123', howToContact: 'Call free, day or night, to talk to someone who will listen.' },
    hours: '24 hours a day, every day',
    verifiedAt: '2025-04-02T10:00:00.000Z',
  },
} satisfies Record<string, CareSignpost['service']>

// The lists a reader can join, as the mailing lists name and describe themselves in each language.
const exampleLists: Record<SiteLocale, { name: string; description: string }[]> = {
  en: [
    { name: 'Message of the week', description: 'A short, kind message each week about how parents feel, and where to get help.' },
    { name: 'Dads and co-parents', description: 'Now and then: support and stories for dads and co-parents in Kent and Medway.' },
  ],
  pl: [
    { name: 'Wiadomość tygodnia', description: 'Co tydzień krótka, życzliwa wiadomość o tym, jak czują się rodzice, i gdzie szukać pomocy.' },
    { name: 'Ojcowie i współrodzice', description: 'Od czasu do czasu: wsparcie i historie dla ojców i współrodziców w Kent i Medway.' },
  ],
  ro: [
    { name: 'Mesajul săptămânii', description: 'În fiecare săptămână, un mesaj scurt și blând despre cum se simt părinții și unde găsești ajutor.' },
    { name: 'Tați și co-părinți', description: 'Din când în când: sprijin și povești pentru tați și co-părinți din Kent și Medway.' },
  ],
}

const someoneAsked = (locale: SiteLocale): EmailFooter => ({ reason: emailWordsFor(locale).footer.becauseSomeoneAsked })
const joined = (locale: SiteLocale, lists: string[]): EmailFooter => ({ reason: emailWordsFor(locale).footer.becauseYouJoined(lists), ...recipientPlaceholders })

const teamFooter: EmailFooter = {
  reason: 'You get this email because you are on the campaign team and look after campaign messages.',
  howToStop: 'To stop these emails, ask the campaign lead to change your notification settings in the CMS.',
}

const partnerFooter: EmailFooter = joined('en', ['Partner news'])

type Context = { locale: SiteLocale; site: string }

const examples: { [K in EmailTemplateKey]: (context: Context) => TemplateProps[K] } = {
  'subscription-confirm': ({ locale, site }) => ({
    locale,
    siteUrl: site,
    footer: someoneAsked(locale),
    lists: exampleLists[locale].map((list) => list.name),
    confirmUrl: `${site}/email-updates/confirm?token=7f3c9a1e5b2d4c6a8e0f1b3d5c7a9e2f4b6d8c0a1e3f5b7d9c2a4e6f8b0d1c3e`,
    expiresInDays: 7,
  }),
  'subscription-already': ({ locale, site }) => ({
    locale,
    siteUrl: site,
    footer: { ...someoneAsked(locale), preferencesUrl: recipientPlaceholders.preferencesUrl },
    preferencesUrl: recipientPlaceholders.preferencesUrl,
  }),
  welcome: ({ locale, site }) => ({
    locale,
    siteUrl: site,
    footer: joined(locale, exampleLists[locale].map((list) => list.name)),
    lists: exampleLists[locale],
    preferencesUrl: recipientPlaceholders.preferencesUrl,
  }),
  'message-of-the-week': ({ locale, site }) => ({
    locale,
    siteUrl: site,
    footer: joined(locale, [exampleLists[locale][0]!.name]),
    message: {
      title: 'Intrusive thoughts are common',
      keyMessage: 'Unwanted, scary thoughts are common for new parents. They are not your fault, and you can talk about them.',
      emailBlock: [
        'Many parents get sudden thoughts they do not want. For example, a scary picture of your baby getting hurt by accident.',
        'These are called intrusive thoughts. They are common during pregnancy and after birth. Having one does not mean you want it to happen.',
        'You can tell your midwife, health visitor or GP. They are there to help you, not to judge you.',
      ].join('\n\n'),
      url: `${site}${localePath(locale, '/messages/intrusive-thoughts-are-common')}`,
      image: {
        src: `${site}/api/media/file/parent-holding-baby-at-night-1200x630.jpg`,
        alt: 'A parent sits on a sofa at night, holding their sleeping baby close.',
        width: 1200,
        height: 630,
      },
    },
    signposts: [
      {
        urgency: 'non-urgent',
        when: 'Contact your GP, midwife or health visitor if: scary thoughts keep coming back, or upset you a lot.',
        service: exampleServices.gp,
      },
      {
        urgency: 'non-urgent',
        when: 'Contact the helpline, day or night, if: you would like to talk to someone about these thoughts.',
        service: exampleServices.helpline,
      },
      {
        urgency: 'urgent',
        when: 'Ask for an urgent GP appointment or contact NHS 111 if: you need help today and cannot wait.',
        service: exampleServices.nhs111,
      },
    ],
    supportBlock: null,
    // The example message has English words only, so other languages show it in English and say so.
    inEnglish: locale !== 'en',
  }),
  'partner-digest': ({ site }) => ({
    locale: 'en',
    siteUrl: site,
    footer: partnerFooter,
    since: '2025-04-28T09:00:00.000Z',
    materials: [
      {
        title: 'Scary thoughts are common: A4 poster',
        url: `${site}/materials/scary-thoughts-poster-a4`,
        kind: 'Poster',
        summary: 'A calm poster for waiting rooms and baby groups: unwanted thoughts are common for new parents, and not their fault.',
      },
      {
        title: 'A one-minute conversation with dads and co-parents',
        url: `${site}/materials/one-minute-conversation-dads`,
        kind: 'Talking points',
      },
    ],
    moments: [
      {
        name: "Father's Day",
        date: '2025-06-15T00:00:00.000Z',
        summary: 'A good moment to share the materials for dads and co-parents.',
      },
      {
        name: 'Maternal Mental Health Awareness Week',
        date: '2025-05-05T00:00:00.000Z',
        summary: 'The campaign posts every day this week. Share the posts, or print the posters for your group.',
      },
    ],
  }),
  'community-bulletin': ({ site }) => ({
    locale: 'en',
    siteUrl: site,
    footer: partnerFooter,
    heading: 'New drop-in times for baby groups in Thanet',
    body: [
      'From June, the family hub in Margate runs a baby group drop-in on Tuesday and Thursday mornings. Parents can come along without booking.',
      'A health visitor is there at every session. Parents can talk to them about how they feel, as well as about their baby.',
      'Please share the dates with the families you work with. The poster linked below has the times in English, Polish and Romanian.',
    ].join('\n\n'),
    links: [
      { label: 'Baby group poster with the new times', url: `${site}/materials/thanet-baby-group-times` },
      { label: 'Support for parents in Thanet', url: `${site}/services/search?area=thanet` },
    ],
  }),
  'review-reminder': ({ site }) => ({
    locale: 'en',
    siteUrl: site,
    footer: teamFooter,
    ownerName: 'Priya',
    messages: [
      { title: 'Baby blues or something more?', reviewBy: '2099-07-31T00:00:00.000Z', adminUrl: `${site}/admin/collections/messages/14` },
      { title: 'Postpartum psychosis is an emergency', reviewBy: '2025-06-30T00:00:00.000Z', adminUrl: `${site}/admin/collections/messages/12` },
    ],
  }),
  'review-request': ({ site }) => ({
    locale: 'en',
    siteUrl: site,
    footer: teamFooter,
    reviewerName: 'Dr Amara Okafor',
    requestedBy: 'Sam Leader',
    message: {
      title: 'Intrusive thoughts are common',
      keyMessage: 'Unwanted, scary thoughts are common for new parents. They are not your fault, and you can talk about them.',
      adminUrl: `${site}/admin/collections/messages/21`,
    },
    note: 'Could you check the wording about intrusive thoughts in the second paragraph?\n\nThe helpline number is waiting for a check in the service registry.',
  }),
}

/** Example props for a template, in a language (parent emails) and for a site address. */
export function emailExample<K extends EmailTemplateKey>(key: K, { locale = 'en', siteUrl = exampleSiteUrl }: { locale?: SiteLocale; siteUrl?: string } = {}): TemplateProps[K] {
  const build: (context: Context) => TemplateProps[K] = examples[key]
  return build({ locale, site: siteUrl.replace(/\/+$/, '') })
}
