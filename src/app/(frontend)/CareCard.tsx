import type { Urgency } from '@/domain/vocabulary'
import { type SiteLocale, wordsFor } from '@/i18n/siteWords'
import type { Service } from '@/payload-types'

import { ContactRoute } from './ContactRoute'

type Props = { urgency: Urgency; service: Service; when: string; locale: SiteLocale }

/**
 * The care-card pattern: each card stands alone, says how urgent it is, who to contact and when ("... if:").
 * Emergency cards have no links away from them: the action is to call or go now.
 */
export function CareCard({ urgency, service, when, locale }: Props) {
  const words = wordsFor(locale)
  const label = words.labels.urgency[urgency]
  return (
    <section className={`care-card care-card--${urgency}`} aria-label={`${label}: ${service.name}`}>
      <p className="care-card__urgency">{label}</p>
      <h3>{headingFor(urgency, service, locale)}</h3>
      <p>{when.replace(/^[^:]*:\s*/, '')}</p>
      <ContactRoute service={service} locale={locale} />
    </section>
  )
}

function headingFor(urgency: Urgency, service: Service, locale: SiteLocale): string {
  const { careCard } = wordsFor(locale)
  if (urgency === 'emergency') return careCard.emergency
  const name = locale === 'en' ? inSentence(service.name) : service.name
  return urgency === 'urgent' ? careCard.urgentFrom(name) : careCard.contactIf(name)
}

/** "Your GP, midwife or health visitor" reads as "your GP ..." in the middle of a sentence. */
const inSentence = (name: string) => name.replace(/^Your\b/, 'your')
