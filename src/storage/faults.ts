// Storage faults in words a person can act on. A full disk, a read-only disk or a database that does not
// answer is not "an unknown error": the editor needs to know nothing was saved and that trying again later
// (or asking whoever runs the server) is the way out; the operator needs the reason in the log.

export type StorageFaultKind = 'full' | 'read-only' | 'io' | 'busy' | 'unavailable'

const REASONS: Record<StorageFaultKind, string> = {
  full: "The server's disk is full, so nothing was saved. Ask whoever runs the server to free some space, then try again.",
  'read-only': 'The server cannot write to its database (its disk is read-only), so nothing was saved. Ask whoever runs the server to fix it.',
  io: "The server could not write to its disk, so nothing was saved. Ask whoever runs the server to check the disk, then try again.",
  busy: 'The database is busy with other saves, so nothing was saved. Try again in a moment.',
  unavailable: 'The database is not answering, so nothing was saved. Try again in a moment.',
}

/** A write the storage refused, with the status to answer: 507 for a full disk, 503 for the rest. */
export class StorageFault extends Error {
  readonly status: number
  constructor(
    readonly kind: StorageFaultKind,
    detail?: string,
  ) {
    super(REASONS[kind])
    this.name = 'StorageFault'
    this.status = kind === 'full' ? 507 : 503
    if (detail) this.detail = detail
  }
  readonly detail?: string
}

// SQLite's result codes (the libsql driver's `code`, extended codes start with the primary one), the system's
// errno names, and MongoDB's error names. Messages are checked too: drivers and Payload wrap errors, and the
// wrapping sometimes keeps only the text.
const CODES: [RegExp, StorageFaultKind][] = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT|EFBIG)/, 'full'],
  [/^(SQLITE_READONLY|EROFS)/, 'read-only'],
  [/^(SQLITE_IOERR|SQLITE_CANTOPEN|EIO)/, 'io'],
  [/^(SQLITE_BUSY|SQLITE_LOCKED)/, 'busy'],
]
const MESSAGES: [RegExp, StorageFaultKind][] = [
  [/database or disk is full|no space left on device|disk quota exceeded/i, 'full'],
  [/attempt to write a readonly database|read-only file system/i, 'read-only'],
  [/disk I\/O error/i, 'io'],
  [/database is locked|database table is locked/i, 'busy'],
]
const MONGO_UNAVAILABLE = /^Mongo(ServerSelection|Network|NetworkTimeout|NotConnected|TopologyClosed)Error$/

/** What kind of storage fault an error is, looking through the causes drivers and Payload wrap it in; or undefined. */
export function storageFaultOf(error: unknown): StorageFault | undefined {
  const seen = new Set<unknown>()
  for (let current = error; current && typeof current === 'object' && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current)
    if (isStorageFault(current)) return current
    const { code, name, message } = current as { code?: unknown; name?: unknown; message?: unknown }
    const kind =
      (typeof code === 'string' && CODES.find(([pattern]) => pattern.test(code))?.[1]) ||
      (typeof name === 'string' && MONGO_UNAVAILABLE.test(name) ? 'unavailable' : undefined) ||
      (typeof message === 'string' && MESSAGES.find(([pattern]) => pattern.test(message))?.[1]) ||
      undefined
    if (kind) return new StorageFault(kind, typeof message === 'string' ? message : undefined)
  }
  return undefined
}

/** By shape, not class: the production bundle carries its own copy of this module. */
function isStorageFault(error: object): error is StorageFault {
  const { name, kind, status } = error as Partial<StorageFault>
  return name === 'StorageFault' && typeof kind === 'string' && kind in REASONS && typeof status === 'number'
}
