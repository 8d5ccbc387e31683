import Link from 'next/link'

import type { Message } from '@/payload-types'

/** A list of messages as cards: each title links to the message, with its key message beneath. */
export function MessageCards({ messages, headingLevel = 3 }: { messages: Message[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {messages.map((message) => (
        <li className="card" key={message.id}>
          <Heading>
            <Link href={`/messages/${message.slug}`}>{message.title}</Link>
          </Heading>
          <p>{message.keyMessage}</p>
        </li>
      ))}
    </ul>
  )
}
