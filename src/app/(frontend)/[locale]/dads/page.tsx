import type { Metadata } from 'next'

import { localePath, wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../locale'
import { MessageCards } from '../../MessageCards'
import { type LocaleParams, pageMetadata } from '../../metadata'
import { PageFrame } from '../../PageFrame'
import { getForDads } from '../../queries'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params)
  const { dads } = wordsFor(locale)
  return pageMetadata({ title: dads.title, description: dads.description, path: '/dads', locale })
}

/** The strategy's Action 2.2: dads and co-parents, their feelings, and the services that welcome them. */
export default async function DadsPage({ params }: LocaleParams) {
  const locale = await readLocale(params)
  const { dads } = wordsFor(locale)
  const { messages, services, inEnglish } = await getForDads(locale)
  const points = messages
    .filter((message) => !inEnglish.has(message.id) || locale === 'en')
    .flatMap((message) => message.renditions?.oneMinuteConversation ?? [])
    .map((item) => item.point)
  return (
    <PageFrame locale={locale} path="/dads" inEnglish={inEnglish.size > 0}>
      <h1>{dads.title}</h1>
      <p className="lead">{dads.lead}</p>

      <section aria-labelledby="dads-messages">
        <h2 id="dads-messages">{dads.whatToKnow}</h2>
        <MessageCards locale={locale} messages={messages} inEnglish={inEnglish} />
      </section>

      {points.length > 0 && (
        <section aria-labelledby="one-minute">
          <h2 id="one-minute">{dads.oneMinute}</h2>
          <p>{dads.oneMinuteIntro}</p>
          <ul>
            {[...new Set(points)].slice(0, 8).map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="dads-services">
        <h2 id="dads-services">{dads.services}</h2>
        <ul className="service-list">
          {services.map((service) => (
            <li key={service.id} className="service" lang={inEnglish.has(service.id) ? 'en' : undefined}>
              <h3>{service.name}</h3>
              <p>{service.summary}</p>
              {service.contact?.howToContact && <p className="care-card__how">{service.contact.howToContact}</p>}
            </li>
          ))}
        </ul>
        <p>
          <a href={localePath(locale, '/services/search?who=dads-and-co-parents')}>{dads.seeAll}</a>
        </p>
      </section>
    </PageFrame>
  )
}
