// The email templates as the admin names them. Plain data: client components import it, and must not pull in
// the template registry (src/emails/templates), which renders with react-email on the server. The type keeps
// this table in step with the registry's keys: a template added there fails type-checking here until listed.
import type { EmailTemplateKey } from '@/emails/types'

export type PreviewLocale = 'en' | 'pl' | 'ro'

export const localeNames: Record<PreviewLocale, string> = { en: 'English', pl: 'Polski', ro: 'Română' }

type Audience = 'subscribers' | 'partners' | 'team'

export const audienceLabels: Record<Audience, string> = {
  subscribers: 'Parents and carers who subscribed',
  partners: 'Partner organisations',
  team: 'The campaign team',
}

export type TemplateEntry = { label: string; audience: Audience; languages: readonly PreviewLocale[]; description: string }

const everyLanguage = ['en', 'pl', 'ro'] as const
const englishOnly = ['en'] as const

export const templateCatalogue: Record<EmailTemplateKey, TemplateEntry> = {
  'subscription-confirm': {
    label: 'Confirm a subscription',
    audience: 'subscribers',
    languages: everyLanguage,
    description: 'Sent after someone signs up: one button to confirm the address before any list email goes to it.',
  },
  'subscription-already': {
    label: 'Already subscribed',
    audience: 'subscribers',
    languages: everyLanguage,
    description: 'Sent instead of the confirmation when the address is already subscribed, with a link to change what they get.',
  },
  welcome: {
    label: 'Welcome',
    audience: 'subscribers',
    languages: everyLanguage,
    description: 'Sent once the address is confirmed: the lists they joined, and where to get help without waiting for an email.',
  },
  'message-of-the-week': {
    label: 'Message of the week',
    audience: 'subscribers',
    languages: everyLanguage,
    description: "The week's campaign message with its care cards, and the support block when it touches on suicide or self-harm.",
  },
  'partner-digest': {
    label: 'Partner digest',
    audience: 'partners',
    languages: englishOnly,
    description: 'New materials and coming campaign dates, for partner organisations to share.',
  },
  'community-bulletin': {
    label: 'Community bulletin',
    audience: 'partners',
    languages: englishOnly,
    description: 'A short news bulletin for community partners, written in the admin and reviewed like a message.',
  },
  'review-reminder': {
    label: 'Review reminder',
    audience: 'team',
    languages: englishOnly,
    description: "Tells a message's owner which of their messages are due for their regular review.",
  },
  'review-request': {
    label: 'Review request',
    audience: 'team',
    languages: englishOnly,
    description: 'Asks a reviewer to check a message before it is approved.',
  },
}

export const templateKeys = Object.keys(templateCatalogue) as EmailTemplateKey[]

export const isTemplateKey = (value: unknown): value is EmailTemplateKey => typeof value === 'string' && Object.hasOwn(templateCatalogue, value)
