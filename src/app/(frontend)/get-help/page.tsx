import type { Metadata } from 'next'
import Link from 'next/link'

import { type Urgency, urgencyLabels } from '@/domain/vocabulary'
import type { Service } from '@/payload-types'

import { ContactRoute } from '../ContactRoute'
import { pageMetadata } from '../metadata'
import { getPublishedMessages } from '../queries'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Get help now',
  description: 'When and where to get help with how you feel during pregnancy or after your baby arrives, in Kent.',
  path: '/get-help',
})

const sections: { urgency: Urgency; heading: string; intro: string }[] = [
  { urgency: 'emergency', heading: 'Call 999 or go to A&E now if:', intro: 'This is an emergency. Do not wait.' },
  { urgency: 'urgent', heading: 'Get urgent help today if:', intro: 'You need help soon, but it is not an emergency.' },
  { urgency: 'non-urgent', heading: 'Talk to someone soon if:', intro: 'It is not urgent, and support is there.' },
]

/** Help by urgency, from the services registry and the situations the published messages name. */
export default async function GetHelpPage() {
  const messages = await getPublishedMessages()
  const byUrgency = new Map<Urgency, Map<string, { service: Service; situations: Set<string> }>>()
  for (const message of messages) {
    for (const signpost of message.signposts ?? []) {
      if (typeof signpost.service !== 'object' || !signpost.service) continue
      const services = byUrgency.get(signpost.urgency) ?? new Map()
      const entry = services.get(signpost.service.slug) ?? { service: signpost.service, situations: new Set<string>() }
      entry.situations.add(signpost.when.replace(/^[^:]*:\s*/, ''))
      services.set(signpost.service.slug, entry)
      byUrgency.set(signpost.urgency, services)
    }
  }
  return (
    <>
      <h1>Get help now</h1>
      <p className="lead">Asking for help is the right thing for you and your baby. You will not be judged.</p>
      {sections.map(({ urgency, heading, intro }) => (
        <section key={urgency} className={`care-card care-card--${urgency}`} aria-labelledby={`help-${urgency}`}>
          <p className="care-card__urgency">{urgencyLabels[urgency]}</p>
          <h2 id={`help-${urgency}`}>{heading}</h2>
          <p>{intro}</p>
          {[...(byUrgency.get(urgency)?.values() ?? [])].map(({ service, situations }) => (
            <div key={service.id} className="help-service">
              <h3>{service.name}</h3>
              <ul>
                {[...situations].map((situation) => (
                  <li key={situation}>{situation}</li>
                ))}
              </ul>
              <ContactRoute service={service} />
            </div>
          ))}
        </section>
      ))}
      <p>
        <Link href="/services">Find a local service in Kent</Link>
      </p>
    </>
  )
}
