import Link from 'next/link'

import type { Service } from '@/payload-types'

import { ContactRoute } from './ContactRoute'
import { MessageCards } from './MessageCards'
import { getHomeContent } from './queries'

// Rendered per request for now; the public-site work moves it to cached pages revalidated on publish.
export const dynamic = 'force-dynamic'

const helpOrder = ['emergency-999', 'nhs-111', 'perinatal-mental-health-helpline']

export default async function HomePage() {
  const { settings, themes, messages, helpRoutes } = await getHomeContent()
  const routes = [...helpRoutes].sort((a, b) => helpOrder.indexOf(a.slug) - helpOrder.indexOf(b.slug))
  return (
    <>
      <section className="hero">
        <h1>{settings.campaignName}</h1>
        {settings.tagline && <p className="lead">{settings.tagline}</p>}
      </section>

      <section aria-labelledby="key-messages">
        <h2 id="key-messages">What we want every parent to know</h2>
        <MessageCards messages={messages} />
      </section>

      <section aria-labelledby="themes">
        <h2 id="themes">Themes</h2>
        <ul className="themes">
          {themes.map((theme) => (
            <li key={theme.id}>
              <h3>
                <Link href={`/themes/${theme.slug}`}>{theme.title}</Link>
              </h3>
              <p>{theme.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      <section id="get-help" className="get-help" aria-labelledby="get-help-title" tabIndex={-1}>
        <h2 id="get-help-title">Get help now</h2>
        <p>Asking for help is the right thing for you and your baby. You will not be judged.</p>
        <ul className="help-routes">
          {routes.map((route) => (
            <HelpRoute key={route.id} service={route} />
          ))}
        </ul>
      </section>
    </>
  )
}

function HelpRoute({ service }: { service: Service }) {
  const urgent = service.slug === 'emergency-999'
  return (
    <li className={urgent ? 'help-route help-route--emergency' : 'help-route'}>
      <h3>{service.name}</h3>
      <p>{service.summary}</p>
      <ContactRoute service={service} />
    </li>
  )
}
