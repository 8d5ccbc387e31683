import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { withMongoTransactions, withSqliteTransactions } from '../storage/transactions'
import type { DatabaseChoice } from './database'

/**
 * Turns the chosen storage into Payload's adapter, with real transactions: a save is stored whole or not at
 * all (src/storage/transactions.ts). SQLite runs its migrations at start in production.
 */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return withMongoTransactions(mongooseAdapter({ url: choice.uri }))
  }
  const adapter = sqliteAdapter({
    client: { url: `file:${choice.file}` },
    // Write-ahead logging: readers never wait for a writer, and each small write (a delivery record, a
    // count) costs one append instead of rewriting the journal. NORMAL survives a crashed process intact.
    wal: { synchronous: 'NORMAL' },
    // A second process on the same file (the command line beside the server) waits its turn instead of failing.
    busyTimeout: 5000,
    migrationDir: 'src/migrations',
    prodMigrations: migrations,
    // No `transactionOptions`: our own transactions replace the adapter's (see src/storage/transactions.ts).
  })
  return withSqliteTransactions(adapter, choice.file)
}
