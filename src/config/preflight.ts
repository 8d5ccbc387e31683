import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseChoice } from './database'
import { ConfigError } from './errors'

const SQLITE_HEADER = 'SQLite format 3\u0000'

/**
 * Checks the embedded database can be opened and written before anything starts, so an operator sees
 * one clear sentence instead of a driver's stack trace. MongoDB is checked by connecting.
 */
export function assertDatabaseUsable(database: DatabaseChoice): void {
  if (database.kind !== 'sqlite') return
  const folder = path.dirname(database.file)
  try {
    fs.mkdirSync(folder, { recursive: true })
    fs.accessSync(folder, fs.constants.W_OK)
  } catch (error) {
    throw new ConfigError(
      `The database folder ${folder} cannot be created or written (${(error as NodeJS.ErrnoException).code}). ` +
        'Set DATABASE_URI to a file in a folder this user can write, e.g. file:./data/campaign.db',
    )
  }
  if (!fs.existsSync(database.file)) return
  let header = ''
  try {
    fs.accessSync(database.file, fs.constants.R_OK | fs.constants.W_OK)
    const handle = fs.openSync(database.file, 'r')
    const buffer = Buffer.alloc(16)
    const read = fs.readSync(handle, buffer, 0, 16, 0)
    fs.closeSync(handle)
    header = buffer.subarray(0, read).toString('latin1')
  } catch (error) {
    throw new ConfigError(
      `The database file ${database.file} cannot be read and written (${(error as NodeJS.ErrnoException).code}).`,
    )
  }
  if (header.length > 0 && header !== SQLITE_HEADER) {
    throw new ConfigError(`${database.file} is not an SQLite database. Point DATABASE_URI at the right file.`)
  }
}
