import type { Metadata } from 'next'

import { type Urgency, urgencies } from '@/domain/vocabulary'
import { localePath, wordsFor } from '@/i18n/siteWords'
import type { Service } from '@/payload-types'

import { ContactRoute } from '../../ContactRoute'
import { readLocale } from '../../locale'
import { type LocaleParams, pageMetadata } from '../../metadata'
import { PageFrame } from '../../PageFrame'
import { getPublishedMessages, translationOf } from '../../queries'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params)
  const { getHelp } = wordsFor(locale)
  return pageMetadata({ title: getHelp.title, description: getHelp.description, path: '/get-help', locale })
}

/** Emergency first: a frightened reader sees what to do now before anything else. */
const mostUrgentFirst: Urgency[] = [...urgencies].reverse()

type Situations = Map<string, { service: Service; situations: Set<string> }>

/** Help by urgency, from the services registry and the situations the published messages name. */
export default async function GetHelpPage({ params }: LocaleParams) {
  const locale = await readLocale(params)
  const words = wordsFor(locale)
  const messages = await getPublishedMessages(locale)
  const byUrgency = new Map<Urgency, Situations>()
  let inEnglish = false
  for (const message of messages) {
    if (translationOf(message, locale) !== 'complete') inEnglish = true
    for (const signpost of message.signposts ?? []) {
      if (typeof signpost.service !== 'object' || !signpost.service) continue
      const services: Situations = byUrgency.get(signpost.urgency) ?? new Map()
      const entry = services.get(signpost.service.slug) ?? { service: signpost.service, situations: new Set<string>() }
      entry.situations.add(signpost.when.replace(/^[^:]*:\s*/, ''))
      services.set(signpost.service.slug, entry)
      byUrgency.set(signpost.urgency, services)
    }
  }
  return (
    <PageFrame locale={locale} path="/get-help" inEnglish={inEnglish}>
      <h1>{words.getHelp.title}</h1>
      <p className="lead">{words.home.reassurance}</p>
      {mostUrgentFirst.map((urgency) => (
        <section key={urgency} className={`care-card care-card--${urgency}`} aria-labelledby={`help-${urgency}`}>
          <p className="care-card__urgency">{words.labels.urgency[urgency]}</p>
          <h2 id={`help-${urgency}`}>{words.getHelp.sections[urgency].heading}</h2>
          <p>{words.getHelp.sections[urgency].intro}</p>
          {[...(byUrgency.get(urgency)?.values() ?? [])].map(({ service, situations }) => (
            <div key={service.id} className="help-service">
              <h3>{service.name}</h3>
              <ul>
                {[...situations].map((situation) => (
                  <li key={situation}>{situation}</li>
                ))}
              </ul>
              <ContactRoute service={service} locale={locale} />
            </div>
          ))}
        </section>
      ))}
      <p>
        <a href={localePath(locale, '/services')}>{words.getHelp.findLocal}</a>
      </p>
    </PageFrame>
  )
}
