import type { Where } from 'payload'

import {
  costs,
  deliveryModes,
  kentDistricts,
  needLevels,
  supportKinds,
} from '@/domain/vocabulary'

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

const oneOf = (value: string | undefined, allowed: readonly string[]) => (value && allowed.includes(value) ? value : undefined)

/** Reads the directory's filters from the address bar, ignoring anything it does not recognise. */
export function readFilters(params: Record<string, string | string[] | undefined>): ServiceFilters {
  const get = (key: string) => {
    const value = params[key]
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined
  }
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

/** The filters as a Payload query: every chosen filter must match. */
export function whereFor(filters: ServiceFilters): Where {
  const and: Where[] = []
  if (filters.area) and.push({ districts: { contains: filters.area } })
  if (filters.supports) and.push({ supports: { contains: filters.supports } })
  if (filters.who) and.push({ acceptsDadsAndCoParents: { equals: true } })
  if (filters.need) and.push({ needLevels: { contains: filters.need } })
  if (filters.cost) and.push({ cost: { equals: filters.cost } })
  if (filters.delivery) and.push({ delivery: { contains: filters.delivery } })
  if (filters.evenings) and.push({ eveningsOrWeekends: { equals: true } })
  if (filters.language) and.push({ languages: { contains: filters.language } })
  if (filters.q) and.push({ or: [{ name: { like: filters.q } }, { summary: { like: filters.q } }] })
  return and.length > 0 ? { and } : {}
}
