import type { Payload } from 'payload'

import type { EmailDelivery } from '@/payload-types'

type Row = { campaign: EmailDelivery['id']; subscriber: EmailDelivery['id']; status: 'queued' | 'suppressed'; attempts: number }

/**
 * Writes a batch of delivery rows in one statement and returns the row id of each reader it wrote. A reader
 * who already has a row for the campaign keeps it and is left out of the answer: the database holds one row
 * per campaign and reader (a unique index), which is what makes a second claim on a reader fail. Payload's database API
 * writes one row at a time (about a millisecond each on SQLite), which held a send under 400 emails a
 * second; the adapters' own bulk inserts (Drizzle on SQLite, Mongoose on MongoDB) write a hundred rows in
 * about the time of one. Any other adapter falls back to one at a time.
 */
export async function insertDeliveries(payload: Payload, rows: Row[]): Promise<Map<string, EmailDelivery['id']>> {
  const ids = new Map<string, EmailDelivery['id']>()
  if (rows.length === 0) return ids
  const now = new Date().toISOString()
  const db = payload.db as unknown as BulkCapable
  if (db.name === 'sqlite' && db.drizzle && db.tables?.email_deliveries) {
    const table = db.tables.email_deliveries
    const inserted = await db.drizzle
      .insert(table)
      .values(rows.map((row) => ({ ...row, createdAt: now, updatedAt: now })))
      .onConflictDoNothing()
      .returning({ id: table.id, subscriber: table.subscriber })
    for (const row of inserted) ids.set(String(row.subscriber), row.id)
    return ids
  }
  const model = db.collections?.['email-deliveries']
  if (db.name === 'mongoose' && model) {
    // Unordered: a duplicate (code 11000) stops only its own row; the error lists the rows that went in.
    const inserted = await model
      .insertMany(rows.map((row) => ({ ...row, createdAt: now, updatedAt: now })), { ordered: false })
      .catch((error: { code?: number; insertedDocs?: { _id: unknown; subscriber: unknown }[]; writeErrors?: WriteError[] }) => {
        const onlyDuplicates = (error.writeErrors ?? [error as WriteError]).every((writeError) => (writeError.code ?? writeError.err?.code) === 11000)
        if (!onlyDuplicates) throw error
        return error.insertedDocs ?? []
      })
    for (const row of inserted) ids.set(String(row.subscriber), String(row._id) as never)
    return ids
  }
  for (const row of rows) {
    try {
      const created = await payload.db.create({ collection: 'email-deliveries', data: row, select: { id: true } })
      ids.set(String(row.subscriber), created.id)
    } catch {
      // The reader already has a row for this campaign (the unique index): theirs stands.
    }
  }
  return ids
}

/** Mongoose copies each write error into a plain object, so its code may sit on `err`. */
type WriteError = { code?: number; err?: { code?: number } }

/** The parts of the two adapters this uses; both are documented as the way to reach the underlying driver. */
type BulkCapable = {
  name: string
  drizzle?: {
    insert(table: unknown): { values(rows: unknown[]): { onConflictDoNothing(): { returning(columns: unknown): Promise<{ id: EmailDelivery['id']; subscriber: unknown }[]> } } }
  }
  tables?: Record<string, Record<string, unknown> & { id: unknown; subscriber: unknown }>
  collections?: Record<string, { insertMany(rows: unknown[], options: { ordered: boolean }): Promise<{ _id: unknown; subscriber: unknown }[]> }>
}
