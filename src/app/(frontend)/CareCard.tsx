import type { Service } from '@/payload-types'
import { type Urgency, urgencyLabels } from '@/domain/vocabulary'

import { ContactRoute } from './ContactRoute'

/**
 * The care-card pattern: each card stands alone, says how urgent it is, who to contact and when ("... if:").
 * Emergency cards have no links away from them: the action is to call or go now.
 */
export function CareCard({ urgency, service, when }: { urgency: Urgency; service: Service; when: string }) {
  return (
    <section className={`care-card care-card--${urgency}`} aria-label={`${urgencyLabels[urgency]}: ${service.name}`}>
      <p className="care-card__urgency">{urgencyLabels[urgency]}</p>
      <h3>{headingFor(urgency, service)}</h3>
      <p>{when.replace(/^[^:]*:\s*/, '')}</p>
      <ContactRoute service={service} />
    </section>
  )
}

function headingFor(urgency: Urgency, service: Service): string {
  if (urgency === 'emergency') return 'Call 999 or go to A&E now if:'
  if (urgency === 'urgent') return `Get urgent help from ${inSentence(service.name)} if:`
  return `Contact ${inSentence(service.name)} if:`
}

/** "Your GP, midwife or health visitor" reads as "your GP ..." in the middle of a sentence. */
const inSentence = (name: string) => name.replace(/^Your\b/, 'your')
