import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { MessageCards } from '../../MessageCards'
import { pageMetadata } from '../../metadata'
import { getTheme } from '../../queries'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getTheme((await params).slug)
  if (!found) return { title: 'Page not found' }
  return pageMetadata({ title: found.theme.title, description: found.theme.summary, path: `/themes/${found.theme.slug}` })
}

export default async function ThemePage({ params }: Props) {
  const found = await getTheme((await params).slug)
  if (!found) notFound()
  const { theme, messages } = found
  return (
    <>
      <h1>{theme.title}</h1>
      <p className="lead">{theme.summary}</p>
      {messages.length === 0 ? (
        <p>
          There is nothing more on this yet. <Link href="/get-help">Find out how to get help now</Link>.
        </p>
      ) : (
        <MessageCards messages={messages} headingLevel={2} />
      )}
    </>
  )
}
