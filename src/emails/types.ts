import type React from 'react'

import type { SiteLocale } from '@/i18n/siteWords'
import type { Service } from '@/payload-types'

// The shapes every campaign email template takes. templates.tsx re-exports these; the template files import
// them from here so the registry and the templates do not import each other.

export const emailTemplateKeys = [
  'subscription-confirm',
  'subscription-already',
  'welcome',
  'message-of-the-week',
  'partner-digest',
  'community-bulletin',
  'review-reminder',
  'review-request',
] as const
export type EmailTemplateKey = (typeof emailTemplateKeys)[number]

export type EmailFooter = {
  /** Why this person gets this email, one sentence, already in the right language. */
  reason: string
  /** Where they change what they get (the preferences page); absent for team emails. */
  preferencesUrl?: string
  /** One click to stop this list; absent for transactional and team emails. */
  unsubscribeUrl?: string
  /** For team emails: how to stop them, instead of links. */
  howToStop?: string
}

export type CommonProps = { locale: SiteLocale; siteUrl: string; footer: EmailFooter }

export type CareSignpost = {
  urgency: 'emergency' | 'urgent' | 'non-urgent'
  when: string
  service: Pick<Service, 'name' | 'contact' | 'hours' | 'verifiedAt'>
}

export type TemplateProps = {
  'subscription-confirm': CommonProps & { lists: string[]; confirmUrl: string; expiresInDays: number }
  'subscription-already': CommonProps & { preferencesUrl: string }
  welcome: CommonProps & { lists: { name: string; description: string }[]; preferencesUrl: string }
  'message-of-the-week': CommonProps & {
    message: {
      title: string
      keyMessage: string
      /** Paragraphs separated by blank lines. */
      emailBlock: string
      url: string
      image?: { src: string; alt: string; width: number; height: number }
    }
    signposts: CareSignpost[]
    /** Required with suicide or self-harm content: a calm block with the 24/7 line, NHS 111 and 999, from the registry. */
    supportBlock?: { services: CareSignpost['service'][] } | null
    /** True when the message has no words in this language yet and is shown in English: mark that part lang="en" and say so. */
    inEnglish?: boolean
  }
  'partner-digest': CommonProps & {
    /** ISO date. */
    since: string
    materials: { title: string; url: string; kind: string; summary?: string }[]
    moments: { name: string; /** ISO date. */ date: string; summary?: string }[]
  }
  'community-bulletin': CommonProps & {
    heading: string
    /** Plain text, paragraphs separated by blank lines. */
    body: string
    links?: { label: string; url: string }[]
  }
  'review-reminder': CommonProps & { ownerName: string; messages: { title: string; /** ISO date. */ reviewBy: string; adminUrl: string }[] }
  'review-request': CommonProps & {
    reviewerName: string
    message: { title: string; keyMessage: string; adminUrl: string }
    requestedBy: string
    note?: string
  }
}

export type RenderedEmail = { subject: string; preheader: string; html: string; text: string }

/** What the registry passes a template besides its props: the subject (the page title) and the preheader. */
export type Envelope = { subject: string; preheader: string }

/** One template: its subject and preheader, worked out from its props, and the email itself. */
export type TemplateDefinition<K extends EmailTemplateKey> = {
  subject: (props: TemplateProps[K]) => string
  preheader: (props: TemplateProps[K]) => string
  Email: (props: TemplateProps[K] & Envelope) => React.ReactElement
}
