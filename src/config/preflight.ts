import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import type { DatabaseChoice } from './database'
import { ConfigError, RefusedToStart } from './errors'

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

/**
 * Is the port free? Checked before anything starts: a second `npm start` on a taken port used to start Payload
 * and its jobs against the database first, and only then fail to listen. (Port 0 asks for any free port.)
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return
  const probe = net.createServer()
  try {
    await new Promise<void>((resolve, reject) => probe.once('error', reject).listen({ port, host, exclusive: true }, resolve))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new RefusedToStart(`Port ${port} on ${host} is already in use. Stop the other server or set PORT to a free port.`)
    if (code === 'EACCES') throw new ConfigError(`Port ${port} needs special rights on this machine; use a port above 1023 (behind a proxy).`)
    if (code === 'EADDRNOTAVAIL') throw new ConfigError(`HOST ${host} is not an address of this machine.`)
    throw error
  } finally {
    await new Promise<void>((resolve) => (probe.listening ? probe.close(() => resolve()) : resolve()))
  }
}
