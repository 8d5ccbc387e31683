import { type SiteLocale, localePath } from '@/i18n/siteWords'
import type { Message } from '@/payload-types'

import type { InEnglish } from './queries'

type Props = { locale: SiteLocale; messages: Message[]; inEnglish: InEnglish; headingLevel?: 2 | 3 }

/** A list of messages as cards: each title links to the message, with its key message beneath. */
export function MessageCards({ locale, messages, inEnglish, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {messages.map((message) => (
        <li className="card" key={message.id} lang={inEnglish.has(message.id) ? 'en' : undefined}>
          <Heading>
            <a href={localePath(locale, `/messages/${message.slug}`)}>{message.title}</a>
          </Heading>
          <p>{message.keyMessage}</p>
        </li>
      ))}
    </ul>
  )
}
