import type { Metadata } from 'next'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { type SiteLocale, wordsFor } from '@/i18n/siteWords'
import type { Service } from '@/payload-types'

import { CareCard } from '../../../CareCard'
import { readLocale } from '../../../locale'
import { NotFoundMessage } from '../../../NotFoundMessage'
import { pageMetadata } from '../../../metadata'
import { PageFrame } from '../../../PageFrame'
import { getMessage, translationOf } from '../../../queries'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocale(params)
  const message = await getMessage(locale, (await params).slug)
  if (!message) return { title: wordsFor(locale).notFound.title, robots: { index: false } }
  return pageMetadata({ title: message.title, description: message.keyMessage, path: `/messages/${message.slug}`, locale, type: 'article' })
}

const order = { emergency: 0, urgent: 1, 'non-urgent': 2 } as const

export default async function MessagePage({ params }: Props) {
  const locale = await readLocale(params)
  const message = await getMessage(locale, (await params).slug)
  if (!message) return <NotFoundMessage locale={locale} />
  const words = wordsFor(locale)
  const translation = translationOf(message, locale)
  const signposts = [...(message.signposts ?? [])]
    .filter((signpost) => typeof signpost.service === 'object')
    .sort((a, b) => order[a.urgency] - order[b.urgency])
  return (
    <PageFrame
      locale={locale}
      path={`/messages/${message.slug}`}
      inEnglish={translation === 'missing' || translation === 'partial'}
      outdated={translation === 'stale'}
    >
      <article className="message">
        {/* A message with no words of its own in this language is English throughout; say so to screen readers. */}
        <div lang={translation === 'missing' ? 'en' : undefined}>
          <h1>{message.title}</h1>
          <p className="lead">{message.keyMessage}</p>
          <RichText data={message.body as SerializedEditorState} />
        </div>

        {signposts.length > 0 && (
          <section aria-labelledby="when-to-get-help" className="care-cards">
            <h2 id="when-to-get-help">{words.message.whenToGetHelp}</h2>
            {signposts.map((signpost) => (
              <CareCard key={signpost.id} urgency={signpost.urgency} service={signpost.service as Service} when={signpost.when} locale={locale} />
            ))}
          </section>
        )}

        {(message.sources ?? []).length > 0 && (
          <section aria-labelledby="sources">
            <h2 id="sources">{words.message.sources}</h2>
            <ul lang="en">
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
          {words.message.lastReviewed}: {formatDate(message.updatedAt, locale)}
          {message.reviewBy ? ` · ${words.message.nextReview}: ${formatDate(message.reviewBy, locale)}` : ''}
        </p>
      </article>
    </PageFrame>
  )
}

const formatDate = (value: string, locale: SiteLocale) =>
  new Date(value).toLocaleDateString(wordsFor(locale).dateLocale, { day: 'numeric', month: 'long', year: 'numeric' })
