import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseChoice } from './database'

// The data folder holds what must stay private on a shared machine: the secret that signs logins, the
// database (accounts, subscribers), the outbox (emails with signed links in them) and partner materials.
// Folders we make are readable by this user only (0700), files 0600, whatever the process's umask.

const OWNER_ONLY_FOLDER = 0o700
const OWNER_ONLY_FILE = 0o600

/** Makes the folder if it is missing, and keeps it to this user. */
export function ownerOnlyFolder(folder: string): void {
  fs.mkdirSync(/*turbopackIgnore: true*/ folder, { recursive: true, mode: OWNER_ONLY_FOLDER })
  fs.chmodSync(/*turbopackIgnore: true*/ folder, OWNER_ONLY_FOLDER)
}

/**
 * Before the database adapter opens the embedded database: the data folder kept to this user, and the
 * database file made (empty, which SQLite takes as a new database) or kept owner-only, with its journal
 * files. SQLite gives the files it adds later the database file's own permissions. A file we cannot change
 * is left to the adapter, which says clearly what is wrong with it.
 */
export function keepDataPrivate({ dataDir, database }: { dataDir: string; database: DatabaseChoice }): void {
  try {
    ownerOnlyFolder(dataDir)
    if (database.kind !== 'sqlite') return
    const folder = path.dirname(database.file)
    // A folder of ours is restricted; someone else's choice of folder (the working directory, say) is not.
    // The paths come from settings at run time: nothing for the build's file tracing to follow.
    if (!fs.existsSync(/*turbopackIgnore: true*/ folder) || isInside(folder, dataDir)) ownerOnlyFolder(folder)
    fs.closeSync(fs.openSync(/*turbopackIgnore: true*/ database.file, 'a', OWNER_ONLY_FILE))
    for (const file of [database.file, `${database.file}-wal`, `${database.file}-shm`, `${database.file}-journal`]) {
      if (fs.existsSync(/*turbopackIgnore: true*/ file)) fs.chmodSync(/*turbopackIgnore: true*/ file, OWNER_ONLY_FILE)
    }
  } catch {
    // Left to the database adapter and the start-up checks (src/config/preflight.ts), which explain the problem.
  }
}

const isInside = (folder: string, parent: string) => {
  const relative = path.relative(parent, folder)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

export { OWNER_ONLY_FILE, OWNER_ONLY_FOLDER }
