// The services directory's filters: read from the address bar, then applied to the registry in memory, so a
// filtered page is served from the cached list without asking the database. Plain data, no framework.

import { firstParam, oneOf, type SearchParams } from './addressBar'
import { costs, deliveryModes, kentDistricts, needLevels, supportKinds } from './vocabulary'

export type ServiceFilters = {
  area?: string
  supports?: string
  who?: string
  need?: string
  cost?: string
  delivery?: string
  evenings?: string
  language?: string
  q?: string
}


/** Reads the directory's filters from the address bar, ignoring anything it does not recognise. */
export function readFilters(params: SearchParams): ServiceFilters {
  const get = (key: string) => firstParam(params, key)
  return {
    area: oneOf(get('area'), kentDistricts),
    supports: oneOf(get('supports'), supportKinds),
    who: oneOf(get('who'), ['dads-and-co-parents']),
    need: oneOf(get('need'), needLevels),
    cost: oneOf(get('cost'), costs),
    delivery: oneOf(get('delivery'), deliveryModes),
    evenings: oneOf(get('evenings'), ['yes']),
    language: get('language')?.slice(0, 40),
    q: get('q')?.slice(0, 100),
  }
}

/** The parts of a service the filters look at. */
export type FilterableService = {
  name: string
  summary: string
  whoCanUse?: string | null
  supports?: string[] | null
  needLevels?: string[] | null
  acceptsDadsAndCoParents?: boolean | null
  districts?: string[] | null
  cost?: string | null
  delivery?: string[] | null
  eveningsOrWeekends?: boolean | null
  languages?: string[] | null
  contact?: { howToContact?: string | null } | null
}

/** Does a service match every chosen filter? Words match anywhere in its name, summary or how to use it. */
export function matchesFilters(service: FilterableService, filters: ServiceFilters): boolean {
  const has = (list: string[] | null | undefined, value: string) => (list ?? []).includes(value)
  if (filters.area && !has(service.districts, filters.area)) return false
  if (filters.supports && !has(service.supports, filters.supports)) return false
  if (filters.who && !service.acceptsDadsAndCoParents) return false
  if (filters.need && !has(service.needLevels, filters.need)) return false
  if (filters.cost && service.cost !== filters.cost) return false
  if (filters.delivery && !has(service.delivery, filters.delivery)) return false
  if (filters.evenings && !service.eveningsOrWeekends) return false
  if (filters.language && !(service.languages ?? []).some((language) => containsWords(language, filters.language!))) return false
  if (filters.q) {
    const text = [service.name, service.summary, service.whoCanUse, service.contact?.howToContact].filter(Boolean).join(' ')
    const words = filters.q.toLocaleLowerCase().split(/\s+/).filter(Boolean)
    if (!words.every((word) => text.toLocaleLowerCase().includes(word))) return false
  }
  return true
}

/** Filters as they go back into an address: only the chosen ones, in a stable order. */
export function filterQuery(filters: ServiceFilters): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value)
  return params.toString()
}

export const hasFilters = (filters: ServiceFilters) => Object.values(filters).some(Boolean)

const containsWords = (text: string, words: string) => text.toLocaleLowerCase().includes(words.trim().toLocaleLowerCase())
