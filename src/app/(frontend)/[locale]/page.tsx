import type { Metadata } from 'next'

import { type SiteLocale, localePath, wordsFor } from '@/i18n/siteWords'
import type { Service } from '@/payload-types'

import { ContactRoute } from '../ContactRoute'
import { readLocale } from '../locale'
import { MessageCards } from '../MessageCards'
import { type LocaleParams, pageMetadata, SITE_NAME } from '../metadata'
import { PageFrame } from '../PageFrame'
import { getHomeContent } from '../queries'

const helpOrder = ['emergency-999', 'nhs-111', 'perinatal-mental-health-helpline']

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params)
  return {
    ...pageMetadata({ title: SITE_NAME, description: wordsFor(locale).siteDescription, path: '/', locale }),
    title: { absolute: SITE_NAME },
  }
}

export default async function HomePage({ params }: LocaleParams) {
  const locale = await readLocale(params)
  const words = wordsFor(locale)
  const { settings, themes, messages, helpRoutes, inEnglish } = await getHomeContent(locale)
  const routes = [...helpRoutes].sort((a, b) => helpOrder.indexOf(a.slug) - helpOrder.indexOf(b.slug))
  return (
    <PageFrame locale={locale} path="/" inEnglish={inEnglish.size > 0}>
      <section className="hero">
        <h1>{settings.campaignName}</h1>
        {settings.tagline && <p className="lead">{settings.tagline}</p>}
      </section>

      <section aria-labelledby="key-messages">
        <h2 id="key-messages">{words.home.keyMessages}</h2>
        <MessageCards locale={locale} messages={messages} inEnglish={inEnglish} />
      </section>

      <section aria-labelledby="themes">
        <h2 id="themes">{words.home.themes}</h2>
        <ul className="themes">
          {themes.map((theme) => (
            <li key={theme.id} lang={inEnglish.has(theme.id) ? 'en' : undefined}>
              <h3>
                <a href={localePath(locale, `/themes/${theme.slug}`)}>{theme.title}</a>
              </h3>
              <p>{theme.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      <section id="get-help" className="get-help" aria-labelledby="get-help-title" tabIndex={-1}>
        <h2 id="get-help-title">{words.home.getHelpNow}</h2>
        <p>{words.home.reassurance}</p>
        <ul className="help-routes">
          {routes.map((route) => (
            <HelpRoute key={route.id} service={route} locale={locale} inEnglish={inEnglish.has(route.id)} />
          ))}
        </ul>
      </section>
    </PageFrame>
  )
}

function HelpRoute({ service, locale, inEnglish }: { service: Service; locale: SiteLocale; inEnglish: boolean }) {
  const urgent = service.slug === 'emergency-999'
  return (
    <li className={urgent ? 'help-route help-route--emergency' : 'help-route'} lang={inEnglish ? 'en' : undefined}>
      <h3>{service.name}</h3>
      <p>{service.summary}</p>
      <ContactRoute service={service} locale={locale} />
    </li>
  )
}
