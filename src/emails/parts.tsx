import { Button, Heading, Link, Text } from '@react-email/components'
import React from 'react'

import { emailWordsFor } from '@/i18n/emailWords'
import { type SiteLocale, wordsFor } from '@/i18n/siteWords'

import { cls, light, styles } from './theme'
import type { CareSignpost } from './types'

// Building blocks the templates share: a padded box, paragraphs from plain text, a button with its link spelled
// out, and the care-card and support-block patterns of the website, made for email.

type PanelProps = {
  className?: string
  /** Padding, background and border go on the cell, where every email client honours them. */
  style?: React.CSSProperties
  /** Space around the box. */
  outerStyle?: React.CSSProperties
  children: React.ReactNode
}

/** A one-cell layout table: email clients (Outlook above all) lay out tables reliably, and divs less so. */
export function Panel({ className, style, outerStyle, children }: PanelProps) {
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} style={{ width: '100%', borderCollapse: 'separate', ...outerStyle }}>
      <tbody>
        <tr>
          <td className={className} style={style}>
            {children}
          </td>
        </tr>
      </tbody>
    </table>
  )
}

/** Plain text as paragraphs: a blank line starts a new one, a single line break stays a line break. */
export const paragraphsOf = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

export function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  return (
    <>
      {paragraphsOf(text).map((paragraph, index) => (
        <Text key={index} lang={lang} className={cls.ink} style={styles.paragraph}>
          {paragraph.split('\n').map((line, lineIndex) => (
            <React.Fragment key={lineIndex}>
              {lineIndex > 0 && <br />}
              {line}
            </React.Fragment>
          ))}
        </Text>
      ))}
    </>
  )
}

export function Paragraph({ children, soft, lang }: { children: React.ReactNode; soft?: boolean; lang?: string }) {
  return (
    <Text lang={lang} className={soft ? cls.soft : cls.ink} style={soft ? { ...styles.paragraph, color: light.soft } : styles.paragraph}>
      {children}
    </Text>
  )
}

export function SectionHeading({ children }: { children: React.ReactNode }) {
  return (
    <Heading as="h2" className={cls.accent} style={styles.h2}>
      {children}
    </Heading>
  )
}

export function ButtonLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Text style={{ margin: '6px 0 20px' }}>
      <Button href={href} className={cls.button} style={styles.button}>
        {children}
      </Button>
    </Text>
  )
}

/**
 * The address written out under a button, for clients that break buttons and for people who copy links. Left
 * out of the plain-text part, where the button's own line already shows the address.
 */
export function LinkWrittenOut({ url, locale }: { url: string; locale: SiteLocale }) {
  return (
    <Text className={cls.soft} style={styles.small} data-skip-in-text="true">
      {emailWordsFor(locale).copyLink}
      <br />
      <Link href={url} className={cls.link} style={styles.link}>
        {url}
      </Link>
    </Text>
  )
}

export function TextLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className={cls.link} style={styles.link}>
      {children}
    </Link>
  )
}

/** A date in the reader's language, as the campaign's team in Kent sees the calendar. */
export function formatDate(iso: string, locale: SiteLocale, { weekday = false }: { weekday?: boolean } = {}): string {
  const date = new Date(iso)
  // A date the sender could not parse is shown as given rather than as "Invalid Date".
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleDateString(wordsFor(locale).dateLocale, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  })
}

// UK numbers are written both as 01632 960417 and +44 1632 960417.
const phoneDigits = (text: string) => text.replace(/\D/g, '').replace(/^44/, '0')

/** Does the text carry this phone number, however it is spaced? */
export function mentionsNumber(text: string, phone: string): boolean {
  const wanted = phoneDigits(phone)
  if (!wanted) return false
  return (text.match(/\+?\d[\d\s().-]*\d|\d/g) ?? []).some((run) => phoneDigits(run).includes(wanted))
}

type ServiceLike = CareSignpost['service']

/**
 * How to reach a service, as the website shows it. A phone number becomes a tap-to-call link only once a person
 * has verified it in the registry; an unverified number is not shown at all, not even inside the "how to
 * contact" words, because an unchecked number could send a frightened parent to the wrong place.
 */
export function ContactLines({ service, locale }: { service: ServiceLike; locale: SiteLocale }) {
  const phone = service.contact?.phone?.trim()
  const verified = Boolean(phone && service.verifiedAt)
  const { careCard } = wordsFor(locale)
  // "Call 999", not "Call Emergency: 999 or A&E: 999": say the number once.
  const label = phone && service.name.includes(phone) ? careCard.callNumber(phone) : careCard.call(service.name, phone ?? '')
  const withoutUnverified = (text: string | null | undefined) => {
    const value = text?.trim()
    if (!value) return undefined
    return phone && !verified && mentionsNumber(value, phone) ? undefined : value
  }
  const how = withoutUnverified(service.contact?.howToContact)
  const hours = withoutUnverified(service.hours)
  return (
    <>
      {verified && (
        <Text style={{ ...styles.paragraph, margin: '0 0 8px' }}>
          <Link
            href={`tel:${phone!.replace(/[^\d+]/g, '')}`}
            className={cls.link}
            style={{ ...styles.link, fontSize: '18px', fontWeight: 700, display: 'inline-block', padding: '4px 0' }}
          >
            {label}
          </Link>
        </Text>
      )}
      {how && (
        <Text className={cls.ink} style={{ ...styles.paragraph, fontWeight: 700, margin: '0 0 8px' }}>
          {how}
        </Text>
      )}
      {hours && (
        <Text className={cls.soft} style={{ ...styles.small, fontSize: '15px' }}>
          {hours}
        </Text>
      )}
    </>
  )
}

const urgencyOrder: Record<CareSignpost['urgency'], number> = { emergency: 0, urgent: 1, 'non-urgent': 2 }

/** Emergency first, as on the website: the most urgent route must not be scrolled past. */
export const byUrgency = (signposts: CareSignpost[]) => [...signposts].sort((a, b) => urgencyOrder[a.urgency] - urgencyOrder[b.urgency])

const cardClass: Record<CareSignpost['urgency'], string> = {
  emergency: cls.careEmergency,
  urgent: cls.careUrgent,
  'non-urgent': cls.careNonUrgent,
}
const cardColour: Record<CareSignpost['urgency'], string> = {
  emergency: light.emergency,
  urgent: light.urgent,
  'non-urgent': light.nonUrgent,
}

/**
 * The care-card pattern: each card stands alone, says how urgent it is, who to contact and when ("... if:").
 * Emergency cards carry no link away from them: the action is to call or go now.
 */
export function CareCard({ signpost, locale }: { signpost: CareSignpost; locale: SiteLocale }) {
  const { urgency, service, when } = signpost
  const words = wordsFor(locale)
  const colour = cardColour[urgency]
  const emergency = urgency === 'emergency'
  return (
    <Panel
      className={`${cls.card} ${cardClass[urgency]}`}
      outerStyle={{ marginBottom: '14px' }}
      style={{
        backgroundColor: light.card,
        border: emergency ? `3px solid ${colour}` : `1px solid ${light.line}`,
        borderLeft: `8px solid ${colour}`,
        borderRadius: '10px',
        padding: '14px 14px 6px',
      }}
    >
      <Text className={cls.soft} style={{ ...styles.small, textTransform: 'uppercase', letterSpacing: '0.05em', fontWeight: 700, margin: '0 0 4px' }}>
        {words.labels.urgency[urgency]}
      </Text>
      <Heading as="h3" className={emergency ? cls.emergencyText : cls.ink} style={{ ...styles.h3, color: emergency ? light.emergency : light.ink }}>
        {cardHeading(urgency, service.name, locale)}
      </Heading>
      {/* The heading already says "... if:", so the "when" text starts after its own lead-in. */}
      <Paragraph>{when.replace(/^[^:]*:\s*/, '')}</Paragraph>
      <ContactLines service={service} locale={locale} />
    </Panel>
  )
}

function cardHeading(urgency: CareSignpost['urgency'], name: string, locale: SiteLocale): string {
  const { careCard } = wordsFor(locale)
  if (urgency === 'emergency') return careCard.emergency
  // "Your GP, midwife or health visitor" reads as "your GP ..." in the middle of an English sentence.
  const inSentence = locale === 'en' ? name.replace(/^Your\b/, 'your') : name
  return urgency === 'urgent' ? careCard.urgentFrom(inSentence) : careCard.contactIf(inSentence)
}

/**
 * Safe-messaging support block for content about suicide or self-harm: a calm heading, the reassurance that
 * help is there day and night, and each service from the registry (24/7 line, NHS 111, 999). No method, no
 * judgement, nothing typed by hand.
 */
export function SupportBlock({ services, locale }: { services: ServiceLike[]; locale: SiteLocale }) {
  const words = emailWordsFor(locale).message.support
  return (
    <Panel
      className={cls.support}
      outerStyle={{ margin: '26px 0 10px' }}
      style={{ backgroundColor: light.support, border: `2px solid ${light.plum}`, borderRadius: '12px', padding: '16px 14px 6px' }}
    >
      <Heading as="h2" className={cls.accent} style={{ ...styles.h2, margin: '0 0 8px' }}>
        {words.heading}
      </Heading>
      <Paragraph>{words.line}</Paragraph>
      {services.map((service, index) => (
        <React.Fragment key={index}>
          <Heading as="h3" className={cls.ink} style={{ ...styles.h3, marginTop: '14px' }}>
            {service.name}
          </Heading>
          <ContactLines service={service} locale={locale} />
        </React.Fragment>
      ))}
    </Panel>
  )
}
