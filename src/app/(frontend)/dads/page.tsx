import type { Metadata } from 'next'
import Link from 'next/link'

import { MessageCards } from '../MessageCards'
import { pageMetadata } from '../metadata'
import { getForDads } from '../queries'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'For dads and co-parents',
  description: 'Becoming a parent can be hard for dads and co-parents too. What to look out for, and support in Kent that welcomes you.',
  path: '/dads',
})

/** The strategy's Action 2.2: dads and co-parents, their feelings, and the services that welcome them. */
export default async function DadsPage() {
  const { messages, services } = await getForDads()
  const points = messages.flatMap((message) => message.renditions?.oneMinuteConversation ?? []).map((item) => item.point)
  return (
    <>
      <h1>For dads and co-parents</h1>
      <p className="lead">Becoming a parent can be hard for you too. Your feelings matter, and help is there for you.</p>

      <section aria-labelledby="dads-messages">
        <h2 id="dads-messages">What we want you to know</h2>
        <MessageCards messages={messages} />
      </section>

      {points.length > 0 && (
        <section aria-labelledby="one-minute">
          <h2 id="one-minute">A one-minute conversation</h2>
          <p>Things a midwife, health visitor or friend might say to a dad or co-parent:</p>
          <ul>
            {[...new Set(points)].slice(0, 8).map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="dads-services">
        <h2 id="dads-services">Support that welcomes dads and co-parents</h2>
        <ul className="service-list">
          {services.map((service) => (
            <li key={service.id} className="service">
              <h3>{service.name}</h3>
              <p>{service.summary}</p>
              {service.contact?.howToContact && <p className="care-card__how">{service.contact.howToContact}</p>}
            </li>
          ))}
        </ul>
        <p>
          <Link href="/services?who=dads-and-co-parents">See all services for dads and co-parents by area</Link>
        </p>
      </section>
    </>
  )
}
