import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Service } from '@/payload-types'

import { CareCard } from '../../CareCard'
import { pageMetadata } from '../../metadata'
import { getMessage } from '../../queries'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const message = await getMessage((await params).slug)
  if (!message) return { title: 'Page not found' }
  return pageMetadata({ title: message.title, description: message.keyMessage, path: `/messages/${message.slug}`, type: 'article' })
}

const order = { emergency: 0, urgent: 1, 'non-urgent': 2 } as const

export default async function MessagePage({ params }: Props) {
  const message = await getMessage((await params).slug)
  if (!message) notFound()
  const signposts = [...(message.signposts ?? [])]
    .filter((signpost) => typeof signpost.service === 'object')
    .sort((a, b) => order[a.urgency] - order[b.urgency])
  return (
    <article className="message">
      <h1>{message.title}</h1>
      <p className="lead">{message.keyMessage}</p>
      <RichText data={message.body as SerializedEditorState} />

      {signposts.length > 0 && (
        <section aria-labelledby="when-to-get-help">
          <h2 id="when-to-get-help">When to get help</h2>
          {signposts.map((signpost) => (
            <CareCard key={signpost.id} urgency={signpost.urgency} service={signpost.service as Service} when={signpost.when} />
          ))}
        </section>
      )}

      {(message.sources ?? []).length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">Where these facts come from</h2>
          <ul>
            {message.sources!.map((source) => (
              <li key={source.id}>
                {source.title}
                {source.supports ? `: ${source.supports}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="review-dates">
        Last reviewed: {formatDate(message.updatedAt)}
        {message.reviewBy ? ` · Next review due: ${formatDate(message.reviewBy)}` : ''}
      </p>
    </article>
  )
}

const formatDate = (value: string) => new Date(value).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
