import { type SiteLocale, localePath, wordsFor } from '@/i18n/siteWords'
import { NOT_FOUND_MARKER } from '@/site/statusMarker'

/**
 * A 404 that helps: the way home and the way to help, in the page's language. Pages render it instead of
 * calling notFound(); the marker makes the server answer 404 (src/site/statusMarker.ts).
 */
export function NotFoundMessage({ locale = 'en' }: { locale?: SiteLocale }) {
  const { notFound } = wordsFor(locale)
  return (
    <section className="not-found">
      <meta name={NOT_FOUND_MARKER.name} content={NOT_FOUND_MARKER.content} />
      <h1>{notFound.title}</h1>
      <p>{notFound.text}</p>
      <ul>
        <li>
          <a href={localePath(locale, '/')}>{notFound.home}</a>
        </li>
        <li>
          <a href={localePath(locale, '/get-help')}>{notFound.help}</a>
        </li>
      </ul>
    </section>
  )
}
