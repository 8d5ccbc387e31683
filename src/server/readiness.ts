import fs from 'node:fs/promises'

import type { DatabaseChoice } from '../config/database'

export type Readiness = { ready: boolean; detail: string }

export type ReadinessProbe = { check(): Promise<Readiness>; close(): Promise<void> }

/** Is the database there and answering? Checked afresh each time, so a lost disk or server shows at once. */
export function readinessProbe(database: DatabaseChoice): ReadinessProbe {
  return database.kind === 'sqlite' ? sqliteProbe(database.file) : mongoProbe(database.uri)
}

function sqliteProbe(file: string): ReadinessProbe {
  return {
    async check() {
      try {
        // Opening a missing file would quietly create an empty database, so look before opening.
        await fs.access(file, fs.constants.R_OK | fs.constants.W_OK)
      } catch {
        return { ready: false, detail: 'database file is missing or not writable' }
      }
      const { createClient } = await import('@libsql/client')
      const client = createClient({ url: `file:${file}` })
      try {
        const result = await client.execute("select count(*) as tables from sqlite_master where type = 'table'")
        const tables = Number(result.rows[0]?.tables ?? 0)
        return tables > 0
          ? { ready: true, detail: 'database answering' }
          : { ready: false, detail: 'database has no tables yet' }
      } catch {
        return { ready: false, detail: 'database did not answer' }
      } finally {
        client.close()
      }
    },
    async close() {},
  }
}

function mongoProbe(uri: string): ReadinessProbe {
  let client: import('mongodb').MongoClient | undefined
  return {
    async check() {
      try {
        const { MongoClient } = await import('mongodb')
        client ??= new MongoClient(uri, { serverSelectionTimeoutMS: 2000, connectTimeoutMS: 2000 })
        await client.db().command({ ping: 1 })
        return { ready: true, detail: 'database answering' }
      } catch {
        return { ready: false, detail: 'database did not answer' }
      }
    },
    async close() {
      await client?.close()
    },
  }
}
