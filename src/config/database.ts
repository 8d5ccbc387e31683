import path from 'node:path'

import { ConfigError } from './errors'

/** The embedded database a new user gets without setting anything: campaign.db in the data folder. */
export const DEFAULT_DATABASE_FILE = 'campaign.db'

export type DatabaseChoice =
  | { kind: 'sqlite'; uri: string; file: string; embeddedDefault: boolean }
  | { kind: 'mongodb'; uri: string }

/**
 * Picks the storage from DATABASE_URI: unset or `file:` is embedded SQLite (no server to install),
 * `mongodb://` or `mongodb+srv://` is MongoDB for deployments that outgrow one machine.
 */
export function chooseDatabase(
  uri: string | undefined,
  cwd = process.cwd(),
  dataDir = path.resolve(cwd, 'data'),
): DatabaseChoice {
  if (!uri?.trim()) {
    const file = path.join(dataDir, DEFAULT_DATABASE_FILE)
    return { kind: 'sqlite', uri: `file:${file}`, file, embeddedDefault: true }
  }
  const value = uri.trim()
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file || file === ':memory:') {
      throw new ConfigError(
        `DATABASE_URI "${value}" names no file. Use a path such as file:./data/campaign.db`,
      )
    }
    return { kind: 'sqlite', uri: value, file: path.resolve(cwd, file), embeddedDefault: false }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', uri: value }
  }
  const scheme = value.includes(':') ? value.slice(0, value.indexOf(':') + 1) : value
  throw new ConfigError(
    `DATABASE_URI starts with "${scheme}", which this product does not support. ` +
      'Use file:./path/to.db for the embedded SQLite database, or mongodb:// / mongodb+srv:// for MongoDB.',
  )
}

/** Safe to print: hides the password in a MongoDB connection string. */
export function describeDatabase(choice: DatabaseChoice): string {
  if (choice.kind === 'sqlite') return `SQLite file ${choice.file}`
  return `MongoDB ${choice.uri.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:****@')}`
}
