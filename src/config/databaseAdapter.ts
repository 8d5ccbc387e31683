import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import type { DatabaseChoice } from './database'

/** Turns the chosen storage into Payload's adapter. SQLite runs its migrations at start in production. */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.uri })
  }
  return sqliteAdapter({
    client: { url: `file:${choice.file}` },
    // Write-ahead logging: readers never wait for a writer, and each small write (a delivery record, a
    // count) costs one append instead of rewriting the journal. NORMAL survives a crashed process intact.
    wal: { synchronous: 'NORMAL' },
    // A second process on the same file (the command line beside the server) waits its turn instead of failing.
    busyTimeout: 5000,
    migrationDir: 'src/migrations',
    prodMigrations: migrations,
  })
}
