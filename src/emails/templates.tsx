import type React from 'react'
import { createElement } from 'react'

import { communityBulletin } from './CommunityBulletinEmail'
import { messageOfTheWeek } from './MessageOfTheWeekEmail'
import { partnerDigest } from './PartnerDigestEmail'
import { renderEmail } from './render'
import { reviewReminder, reviewRequest } from './ReviewEmails'
import { subscriptionAlready, subscriptionConfirm } from './SubscriptionEmails'
import type { EmailTemplateKey, Envelope, RenderedEmail, TemplateDefinition, TemplateProps } from './types'
import { welcome } from './WelcomeEmail'

// The campaign's email templates by key: what the mailing code sends and the admin lists. Each renders to a
// subject, a preheader, HTML and plain text. A sender renders once per campaign and language with the literal
// placeholders {{preferencesUrl}} and {{unsubscribeUrl}} as the footer's links, then fills them per recipient
// in both parts; the templates keep them verbatim (tested).

export { recipientPlaceholders } from './examples'
export { emailTemplateKeys } from './types'
export type { CareSignpost, CommonProps, EmailFooter, EmailTemplateKey, RenderedEmail, TemplateProps } from './types'

const definitions: { [K in EmailTemplateKey]: TemplateDefinition<K> } = {
  'subscription-confirm': subscriptionConfirm,
  'subscription-already': subscriptionAlready,
  welcome,
  'message-of-the-week': messageOfTheWeek,
  'partner-digest': partnerDigest,
  'community-bulletin': communityBulletin,
  'review-reminder': reviewReminder,
  'review-request': reviewRequest,
}

export async function renderTemplate<K extends EmailTemplateKey>(key: K, props: TemplateProps[K]): Promise<RenderedEmail> {
  const definition: TemplateDefinition<K> = definitions[key]
  const subject = definition.subject(props)
  const preheader = definition.preheader(props)
  // The generic props do not line up with React's own attribute types; the definition's type is the check.
  const Email = definition.Email as React.FC<object>
  const withEnvelope: TemplateProps[K] & Envelope = { ...props, subject, preheader }
  const { html, text } = await renderEmail(createElement(Email, withEnvelope))
  return { subject, preheader, html, text }
}

/** What each template is for, for the people choosing one in the admin. */
export const emailTemplates: Record<EmailTemplateKey, { label: string; audience: 'subscribers' | 'partners' | 'team'; description: string }> = {
  'subscription-confirm': {
    label: 'Confirm a subscription',
    audience: 'subscribers',
    description: 'Sent after someone signs up: one button to confirm the address before any list email goes to it. In English, Polish or Romanian.',
  },
  'subscription-already': {
    label: 'Already subscribed',
    audience: 'subscribers',
    description: 'Sent instead of the confirmation when the address is already on the list, with a link to change what they get. In English, Polish or Romanian.',
  },
  welcome: {
    label: 'Welcome',
    audience: 'subscribers',
    description: 'Sent once the address is confirmed: the lists they joined, and where to get help without waiting for an email. In English, Polish or Romanian.',
  },
  'message-of-the-week': {
    label: 'Message of the week',
    audience: 'subscribers',
    description: "The week's campaign message with its care cards, and the support block when it touches on suicide or self-harm. In English, Polish or Romanian.",
  },
  'partner-digest': {
    label: 'Partner digest',
    audience: 'partners',
    description: 'New materials and campaign dates since the last digest, for partner organisations to share. English only.',
  },
  'community-bulletin': {
    label: 'Community bulletin',
    audience: 'partners',
    description: 'A short news bulletin for community partners, written in the admin, with links to find out more. English only.',
  },
  'review-reminder': {
    label: 'Review reminder',
    audience: 'team',
    description: "Tells a message's owner which of their messages are due for their regular review. English only.",
  },
  'review-request': {
    label: 'Review request',
    audience: 'team',
    description: 'Asks a reviewer to check a message before it is approved, with the note from the person asking. English only.',
  },
}
