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
    migrationDir: 'src/migrations',
    prodMigrations: migrations,
  })
}
