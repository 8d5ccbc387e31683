// Before anything starts (no build, no migration, no job runner): is a live process holding this database?
// Read straight from the database, without Payload, because starting Payload already runs migrations.
import fs from 'node:fs'

import type { DatabaseChoice } from '../config/database'
import { conflictingHolders, DatabaseHeld, type LiveHolder, PROCESS_PREFIX, stillRunning } from './processes'

/** Every live process lease in the database; none when the database or its lease table does not exist yet. */
export async function liveHolders(database: DatabaseChoice, now = Date.now()): Promise<LiveHolder[]> {
  return database.kind === 'sqlite' ? sqliteHolders(database.file, now) : mongoHolders(database.uri, now)
}

/** Refuses (DatabaseHeld) when a live process holds the database and this one was not started to share it. */
export async function refuseIfHeld(database: DatabaseChoice, { shared }: { shared: boolean }): Promise<void> {
  const live = (await liveHolders(database)).filter((holder) => stillRunning(holder, database.kind === 'sqlite'))
  const others = conflictingHolders(live, { shared })
  if (others.length > 0) throw new DatabaseHeld(others)
}

async function sqliteHolders(file: string, now: number): Promise<LiveHolder[]> {
  // Opening a missing file would create it; a new database has no holders.
  if (!fs.existsSync(file)) return []
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute("select name from sqlite_master where type = 'table' and name = 'leases'")
    if (tables.rows.length === 0) return []
    const result = await client.execute({
      sql: 'select owner, note, shared from leases where key like ? and expires_at > ?',
      args: [`${PROCESS_PREFIX}%`, new Date(now).toISOString()],
    })
    return result.rows.map((row) => ({ owner: String(row.owner), note: row.note === null ? null : String(row.note), shared: Boolean(row.shared) }))
  } finally {
    client.close()
  }
}

async function mongoHolders(uri: string, now: number): Promise<LiveHolder[]> {
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 })
  try {
    const rows = await client
      .db()
      .collection('leases')
      .find({ key: { $regex: `^${PROCESS_PREFIX}` }, expiresAt: { $gt: new Date(now) } })
      .project<{ owner: string; note?: string; shared?: boolean }>({ owner: 1, note: 1, shared: 1 })
      .toArray()
    return rows.map((row) => ({ owner: row.owner, note: row.note ?? null, shared: Boolean(row.shared) }))
  } finally {
    await client.close()
  }
}
