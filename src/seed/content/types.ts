// Shapes of the demo content. Plain data, no framework: the seed command maps these onto collections.

import type {
  Audience,
  Cost,
  DeliveryMode,
  KentDistrict,
  NeedLevel,
  Sector,
  SupportKind,
  TopicFlag,
  Urgency,
} from '../../domain/vocabulary'

export type { Audience, KentDistrict, NeedLevel, Sector, SupportKind, Urgency }

export type ThemeSeed = {
  slug: string
  title: string
  /** One or two plain sentences a tired parent can read in five seconds. */
  summary: string
}

export type ServiceSeed = {
  slug: string
  name: string
  /** What the service offers, in our own plain words (not copied from the strategy). */
  summary: string
  supports: SupportKind[]
  /** Who can use it, e.g. which parents and any age criteria stated in the strategy. */
  whoCanUse: string
  acceptsDadsAndCoParents: boolean
  /** Districts where it is available; all twelve for county-wide services. */
  districts: KentDistrict[]
  /** The area exactly as the strategy's Appendix 3 describes it, for the record. */
  areaAsListed: string
  needLevels: NeedLevel[]
  sector: Sector
  cost: Cost
  delivery: DeliveryMode[]
  /** Only what the strategy itself states (e.g. "24/7"); never guessed. Empty when unknown. */
  hours: string
  /** How to get in touch, as words. Never a phone number: numbers come from a person who checks them. */
  howToContact: string
}

export type SignpostSeed = {
  /** Slug of a ServiceSeed, or 'gp-midwife-health-visitor', 'nhs-111', 'emergency-999' for general routes. */
  route: string
  urgency: Urgency
  /** "Contact ... if:" followed by the situations, in plain words. */
  when: string
}

export type SourceSeed = {
  /** e.g. "Nurturing Little Hearts and Minds, Kent 2024-2029" */
  title: string
  /** Which fact it supports, in our own words. */
  supports: string
}

export type MessageSeed = {
  slug: string
  title: string
  themes: string[] // ThemeSeed slugs
  audiences: Audience[]
  /** One line, the heart of the message. */
  keyMessage: string
  /** Body paragraphs, plain English, short sentences. */
  body: string[]
  signposts: SignpostSeed[]
  sources: SourceSeed[]
  topicFlags: TopicFlag[]
  /** Up to 280 characters, for social posts. */
  socialPost: string
  hashtags: string[]
  posterHeadline: string
  posterStrapline: string
  /** Three to five short points a professional can use in a one-minute conversation with a dad or co-parent. */
  oneMinuteConversation: string[]
}

/** A starter message's words in another language, row for row with the English (signposts, talking points). */
export type TranslationSeed = {
  slug: string // a MessageSeed's slug
  locale: 'pl' | 'ro'
  title: string
  keyMessage: string
  body: string[]
  signpostWhen: string[]
  socialPost: string
  posterHeadline: string
  posterStrapline: string
  oneMinuteConversation: string[]
}
