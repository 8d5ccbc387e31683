// The library's filters: read from the address bar, applied to the cached list in memory (like the services
// directory), so a filtered list never waits for the database. Plain data, no framework.

import { firstParam, oneOf, type SearchParams } from './addressBar'
import { accessibleFormats, materialTypes } from './materials'
import { audiences } from './vocabulary'

export type MaterialFilters = { theme?: string; audience?: string; type?: string; language?: string; format?: string; q?: string }

export type FilterableMaterial = {
  title: string
  summary?: string | null
  type: string
  language: string
  accessibleFormat: string
  audiences?: string[] | null
  themes?: (number | string | { slug?: string | null })[] | null
}


export function readMaterialFilters(params: SearchParams, languages: readonly string[]): MaterialFilters {
  const get = (key: string) => firstParam(params, key)
  return {
    theme: get('theme')?.slice(0, 80),
    audience: oneOf(get('audience'), audiences),
    type: oneOf(get('type'), materialTypes),
    language: oneOf(get('language'), languages),
    format: oneOf(get('format'), accessibleFormats),
    q: get('q')?.slice(0, 100),
  }
}

export function matchesMaterialFilters(material: FilterableMaterial, filters: MaterialFilters): boolean {
  if (filters.type && material.type !== filters.type) return false
  if (filters.language && material.language !== filters.language) return false
  if (filters.format && material.accessibleFormat !== filters.format) return false
  if (filters.audience && !(material.audiences ?? []).includes(filters.audience)) return false
  if (filters.theme && !(material.themes ?? []).some((theme) => typeof theme === 'object' && theme.slug === filters.theme)) return false
  if (filters.q) {
    const text = `${material.title} ${material.summary ?? ''}`.toLocaleLowerCase()
    if (!filters.q.toLocaleLowerCase().split(/\s+/).filter(Boolean).every((word) => text.includes(word))) return false
  }
  return true
}
