import { libraryEntries } from '@/domain/libraryEntries'
import { type MaterialFilters, matchesMaterialFilters } from '@/domain/materialFilters'
import { optionsOf } from '@/domain/vocabulary'
import { readableSize } from '@/materials/readme'
import { type SiteLocale, languageNames, localePath, siteLocales, wordsFor } from '@/i18n/siteWords'
import type { Material, Media, Message } from '@/payload-types'

import { FilterSearchAndSubmit, FilterSelect } from '../../FilterSelect'
import { PageFrame } from '../../PageFrame'
import { getLibrary } from '../../queries'

/**
 * A small picture of the material: an image's own preview, or the thumbnail an editor chose for a document.
 * It sits beside the material's title, which says what it is, so screen readers skip it (alt="").
 */
function previewOf(material: Material): { url: string; width: number; height: number } | undefined {
  const own = material.sizes?.preview
  if (own?.url && own.width && own.height) return { url: own.url, width: own.width, height: own.height }
  const thumbnail = typeof material.thumbnail === 'object' ? (material.thumbnail as Media | null) : null
  // A poster's first page is kept whole (the thumbnail size would crop it to landscape); it is already small.
  if (material.type === 'poster' && thumbnail?.url && thumbnail.width && thumbnail.height) return { url: thumbnail.url, width: thumbnail.width, height: thumbnail.height }
  const small = thumbnail?.sizes?.thumbnail
  if (small?.url && small.width && small.height) return { url: small.url, width: small.width, height: small.height }
  return undefined
}

type LibraryProps = {
  locale: SiteLocale
  filters: MaterialFilters
  /** What a signed-in partner may have; without it, what every visitor may have (cached). */
  library?: Awaited<ReturnType<typeof getLibrary>>
  path?: string
  children?: React.ReactNode
}

/**
 * The partner library for baby-group leaders and family-hub staff: find a material, download it, or tick
 * several and download them as one kit. Plain links and GET forms, so it works without JavaScript.
 */
export async function Library({ locale, filters, library, path = '/materials', children }: LibraryProps) {
  const words = wordsFor(locale)
  const t = words.library
  const { materials, kits, themes } = library ?? (await getLibrary())
  const matching = materials.filter((material) => matchesMaterialFilters(material, filters))
  const entries = libraryEntries(matching)
  const shown = matching.filter((material) => entries.some((entry) => entry.materials.includes(material)))
  const versionsOf = (material: Material) =>
    matching.filter((other) => typeof other.standardVersion === 'object' && other.standardVersion?.id === material.id)
  return (
    <PageFrame locale={locale} path={path}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {children}

      {kits.length > 0 && (
        <section aria-labelledby="kits">
          <h2 id="kits">{t.kits}</h2>
          <ul className="cards">
            {kits.map((kit) => (
              <li key={kit.id} className="card" lang="en">
                <h3>{kit.title}</h3>
                {kit.summary && <p>{kit.summary}</p>}
                <p>
                  <a href={`/api/kits/${kit.slug}/download`} download>
                    {t.downloadKit(kit.title)}
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <form method="get" action={localePath(locale, '/materials/search')} className="filters" aria-label={t.formLabel}>
        <FilterSelect name="theme" label={t.theme} any={t.any} value={filters.theme} options={themes.map((theme) => ({ value: theme.slug ?? '', label: theme.title }))} />
        <FilterSelect name="audience" label={t.audience} any={t.any} value={filters.audience} options={optionsOf(words.labels.audience)} />
        <FilterSelect name="type" label={t.type} any={t.any} value={filters.type} options={optionsOf(words.labels.materialType)} />
        <FilterSelect name="language" label={t.language} any={t.any} value={filters.language} options={siteLocales.map((code) => ({ value: code, label: languageNames[code] }))} />
        <FilterSelect name="format" label={t.format} any={t.any} value={filters.format} options={optionsOf(words.labels.format)} />
        <FilterSearchAndSubmit searchLabel={t.search} query={filters.q} show={t.show} clear={t.clear} clearHref={localePath(locale, '/materials')} />
      </form>

      <section aria-labelledby="materials-found">
        <h2 id="materials-found" aria-live="polite">
          {t.count(shown.length)}
        </h2>
        {!library && (
          <p>
            {t.partnersNote} <a href={localePath(locale, '/partners/join')}>{t.partnerSignUp}</a> ·{' '}
            <a href={localePath(locale, '/partners/sign-in')}>{t.partnerSignIn}</a>
          </p>
        )}
        {shown.length === 0 ? (
          <p>{t.noMatch}</p>
        ) : (
          <form method="get" action="/api/materials/kit" aria-labelledby="pick">
            <h3 id="pick">{t.pick}</h3>
            <p>{t.pickHelp}</p>
            <ul className="service-list material-grid">
              {entries.map((entry) =>
                entry.message ? (
                  <MessageEntry key={entry.key} message={entry.message} materials={entry.materials} locale={locale} />
                ) : (
                  <MaterialEntry key={entry.key} material={entry.materials[0]} versions={versionsOf(entry.materials[0])} locale={locale} />
                ),
              )}
            </ul>
            <p className="filters__actions">
              <button type="submit">{t.pickButton}</button>
            </p>
          </form>
        )}
      </section>
    </PageFrame>
  )
}

/** The small pictures shown side by side: each language's poster, then one card per language. */
function thumbnailsOf(materials: Material[]) {
  const pictures: { id: number; url: string; width: number; height: number }[] = []
  const posters = materials.filter((material) => material.type === 'poster')
  const cards = materials.filter((material) => material.type === 'social-image')
  for (const material of [...posters, ...cards.filter((card, index) => cards.findIndex((other) => other.language === card.language) === index)]) {
    const preview = previewOf(material)
    if (preview) pictures.push({ id: material.id, ...preview })
  }
  return pictures.slice(0, 4)
}

/** What a material is, in its language, and its size: "Poster · Polski · 1.2 MB". */
function factsOf(material: Material, locale: SiteLocale): string {
  const labels = wordsFor(locale).labels
  return [
    labels.materialType[material.type],
    languageNames[material.language as SiteLocale] ?? material.language,
    material.accessibleFormat !== 'standard' ? labels.format[material.accessibleFormat] : undefined,
    material.filesize ? readableSize(material.filesize) : undefined,
  ]
    .filter(Boolean)
    .join(' · ')
}

/** The download link, and the tick box that adds the material to a kit. */
function DownloadAndPick({ material, locale }: { material: Material; locale: SiteLocale }) {
  const t = wordsFor(locale).library
  const id = `pick-${material.id}`
  return (
    <>
      <a href={`/api/materials/${material.id}/download`} download>
        {t.download}: <span lang={material.language}>{material.title}</span>
      </a>{' '}
      <span className="filters__check">
        <input type="checkbox" id={id} name="items" value={material.id} />
        <label htmlFor={id}>{t.addToKit(material.title)}</label>
      </span>
    </>
  )
}

function MessageEntry({ message, materials, locale }: { message: Pick<Message, 'id' | 'title'>; materials: Material[]; locale: SiteLocale }) {
  const pictures = thumbnailsOf(materials)
  const headingId = `message-${message.id}`
  return (
    <li className="service material material-group" aria-labelledby={headingId}>
      <h4 id={headingId} lang="en">
        {message.title}
      </h4>
      {pictures.length > 0 && (
        <div className="material-group__pictures">
          {pictures.map((picture) => (
            <img key={picture.id} src={picture.url} alt="" width={picture.width} height={picture.height} loading="lazy" />
          ))}
        </div>
      )}
      <ul className="material-group__items">
        {materials.map((material) => (
          <li key={material.id} lang={locale}>
            <span className="material__facts">{factsOf(material, locale)}</span>
            {material.filename && (
              <>
                <br />
                <DownloadAndPick material={material} locale={locale} />
              </>
            )}
          </li>
        ))}
      </ul>
    </li>
  )
}

function MaterialEntry({ material, versions, locale }: { material: Material; versions: Material[]; locale: SiteLocale }) {
  const words = wordsFor(locale)
  const t = words.library
  const preview = previewOf(material)
  return (
    <li className="service material" lang={material.language}>
      {preview && <img src={preview.url} alt="" width={preview.width} height={preview.height} loading="lazy" />}
      <h4>{material.title}</h4>
      {material.summary && <p>{material.summary}</p>}
      <p className="material__facts" lang={locale}>
        {factsOf(material, locale)}
      </p>
      {material.filename && (
        <p className="material__actions" lang={locale}>
          <DownloadAndPick material={material} locale={locale} />
        </p>
      )}
      {versions.length > 0 && (
        <p lang={locale}>
          {t.otherVersions}:{' '}
          {versions.map((version, index) => (
            <span key={version.id}>
              {index > 0 ? ', ' : ''}
              <a href={`/api/materials/${version.id}/download`} download lang={version.language}>
                {languageNames[version.language as SiteLocale] ?? version.language}
                {version.accessibleFormat !== 'standard' ? `, ${words.labels.format[version.accessibleFormat]}` : ''}
              </a>
            </span>
          ))}
        </p>
      )}
    </li>
  )
}
