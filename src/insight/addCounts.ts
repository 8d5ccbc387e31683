import type { CollectionSlug, Payload } from 'payload'

// Adding to a stored count, safely when several processes share one database: each count row has a unique
// `key` (what it counts, e.g. page, language, day and channel), and adding is one atomic
// `UPDATE … SET n = n + k WHERE key = …`. Only when no row exists yet is one created; if another process
// created it first, the unique key refuses ours and we add to theirs. Never read-then-write, which loses
// another process's counts made in between.

export type CountRow<F extends string> = {
  /** Unique per thing counted: the same facts always make the same key. */
  key: string
  /** The facts the row is about, stored beside the key so the admin can filter and group on them. */
  facts: Record<string, string | number | null | undefined>
  /** How much to add to each number field. */
  add: Partial<Record<F, number>>
}

/** A batch stopped part-way: the first `added` rows are stored, the rest are not. */
export class PartlyAdded extends Error {
  override name = 'PartlyAdded'
  constructor(
    readonly added: number,
    override readonly cause: unknown,
  ) {
    super(`Only ${added} counts were added before the database refused one: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}

/** Adds each row's numbers to its stored count, creating the row if it is the first. */
export async function addCounts<F extends string>(payload: Payload, collection: CollectionSlug, rows: CountRow<F>[]): Promise<void> {
  for (const [index, row] of rows.entries()) {
    try {
      await addToCount(payload, collection, row)
    } catch (error) {
      throw new PartlyAdded(index, error)
    }
  }
}

async function addToCount<F extends string>(payload: Payload, collection: CollectionSlug, row: CountRow<F>): Promise<void> {
  const amounts = Object.entries(row.add).filter(([, amount]) => Number.isSafeInteger(amount) && (amount as number) > 0) as [F, number][]
  if (amounts.length === 0) return
  // Two tries cover the one race: our create refused because another process created the row just before.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await incremented(payload, collection, row.key, amounts)) return
    try {
      const facts = Object.fromEntries(Object.entries(row.facts).filter(([, value]) => value !== undefined && value !== null))
      await payload.db.create({ collection, data: { ...facts, key: row.key, ...Object.fromEntries(amounts) } })
      return
    } catch (error) {
      if (attempt === 1) throw error
    }
  }
}

async function incremented(payload: Payload, collection: CollectionSlug, key: string, amounts: [string, number][]): Promise<boolean> {
  const updated = await payload.db.updateOne({
    collection,
    where: { key: { equals: key } },
    data: Object.fromEntries(amounts.map(([field, amount]) => [field, { $inc: amount }])),
    options: { atomic: true },
  } as never)
  return Boolean(updated)
}
