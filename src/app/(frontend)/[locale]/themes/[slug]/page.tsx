import type { Metadata } from 'next'

import { localePath, wordsFor } from '@/i18n/siteWords'

import { readLocale } from '../../../locale'
import { NotFoundMessage } from '../../../NotFoundMessage'
import { MessageCards } from '../../../MessageCards'
import { pageMetadata } from '../../../metadata'
import { PageFrame } from '../../../PageFrame'
import { getTheme } from '../../../queries'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocale(params)
  const found = await getTheme(locale, (await params).slug)
  if (!found) return { title: wordsFor(locale).notFound.title, robots: { index: false } }
  return pageMetadata({ title: found.theme.title, description: found.theme.summary, path: `/themes/${found.theme.slug}`, locale })
}

export default async function ThemePage({ params }: Props) {
  const locale = await readLocale(params)
  const found = await getTheme(locale, (await params).slug)
  if (!found) return <NotFoundMessage locale={locale} />
  const { theme, messages, inEnglish } = found
  const words = wordsFor(locale)
  return (
    <PageFrame locale={locale} path={`/themes/${theme.slug}`} inEnglish={inEnglish.size > 0}>
      <div lang={inEnglish.has(theme.id) ? 'en' : undefined}>
        <h1>{theme.title}</h1>
        <p className="lead">{theme.summary}</p>
      </div>
      {messages.length === 0 ? (
        <p>
          {words.theme.nothingYet} <a href={localePath(locale, '/get-help')}>{words.theme.howToGetHelp}</a>.
        </p>
      ) : (
        <MessageCards locale={locale} messages={messages} inEnglish={inEnglish} headingLevel={2} />
      )}
    </PageFrame>
  )
}
