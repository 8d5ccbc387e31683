import type { Field, Payload } from 'payload'

import { languageNames, siteLocales } from '@/i18n/siteWords'
import { addCounts } from '@/insight/addCounts'

// Counts, never people: one row per thing counted and per month (and per kind of organisation, district or
// venue), whose number goes up. Each row has a unique key made of those facts, and adding is one atomic
// increment in the database (src/insight/addCounts.ts), so counts from several processes all land.

type CountCollection = 'download-counts' | 'qr-visits'
type Facts = Record<string, string | number | undefined>

export function addOne(payload: Payload, collection: CountCollection, facts: Facts, field: 'downloads' | 'visits'): Promise<void> {
  return addCounts(payload, collection, [{ key: countKey(facts), facts, add: { [field]: 1 } }])
}

/** The facts in a fixed order, a missing one as empty: the same facts always make the same key. */
export const countKey = (facts: Facts) =>
  Object.keys(facts)
    .sort()
    .map((name) => `${name}=${facts[name] ?? ''}`)
    .join('|')

export const monthOf = (now: Date) => now.toISOString().slice(0, 7)

/** The field each count collection keeps its key in: unique, so two processes cannot make the same row twice. */
export const countKeyField = { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } } as const

/** Where and when a page count belongs: the page's address, its language and the UK day. */
export const pageDayFields = [
  { name: 'page', type: 'text', required: true, index: true },
  { name: 'locale', type: 'select', required: true, options: siteLocales.map((value) => ({ value, label: languageNames[value] })) },
  { name: 'day', type: 'text', required: true, index: true, admin: { description: 'YYYY-MM-DD, UK time' } },
] satisfies Field[]
