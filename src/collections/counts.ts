import type { Payload, Where } from 'payload'

// Counts, never people: one row per thing counted and per month (and per kind of organisation, district or
// venue), whose number goes up. Updates in this process run one at a time, so two at once both count.

let queue: Promise<unknown> = Promise.resolve()

type CountCollection = 'download-counts' | 'qr-visits'

export function addOne(payload: Payload, collection: CountCollection, match: Record<string, string | number | undefined>, field: 'downloads' | 'visits'): Promise<void> {
  const next = queue.then(() => increment(payload, collection, match, field))
  queue = next.catch(() => undefined)
  return next
}

async function increment(payload: Payload, collection: CountCollection, match: Record<string, string | number | undefined>, field: 'downloads' | 'visits') {
  const where: Where = {
    and: Object.entries(match).map(([key, value]) => (value === undefined ? { [key]: { exists: false } } : { [key]: { equals: value } })),
  }
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0 })
  const row = docs[0] as unknown as (Record<string, unknown> & { id: number | string }) | undefined
  if (row) {
    await payload.update({ collection, id: row.id, data: { [field]: Number(row[field] ?? 0) + 1 } })
    return
  }
  const data = Object.fromEntries(Object.entries(match).filter(([, value]) => value !== undefined))
  await payload.create({ collection, data: { ...data, [field]: 1 } as never })
}

export const monthOf = (now: Date) => now.toISOString().slice(0, 7)
