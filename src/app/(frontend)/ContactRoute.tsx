import { type SiteLocale, wordsFor } from '@/i18n/siteWords'
import type { Service } from '@/payload-types'

/**
 * How to reach a service. A phone number becomes a tap-to-call link only once a person has verified it in
 * the registry: an unchecked number could send a frightened parent to the wrong place.
 */
export function ContactRoute({ service, locale }: { service: Service; locale: SiteLocale }) {
  const phone = service.contact?.phone?.trim()
  const verified = Boolean(phone && service.verifiedAt)
  const { careCard } = wordsFor(locale)
  // "Call 999", not "Call Emergency: 999 or A&E: 999": say the number once.
  const label = phone && service.name.includes(phone) ? careCard.callNumber(phone) : careCard.call(service.name, phone ?? '')
  return (
    <>
      {verified && (
        <p className="care-card__call">
          <a href={`tel:${phone!.replace(/[^\d+]/g, '')}`}>{label}</a>
        </p>
      )}
      {service.contact?.howToContact && <p className="care-card__how">{service.contact.howToContact}</p>}
      {service.hours && <p className="care-card__hours">{service.hours}</p>}
    </>
  )
}
