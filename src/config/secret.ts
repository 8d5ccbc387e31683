import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigError } from './errors'

export const MIN_SECRET_LENGTH = 32

type SecretInput = {
  given: string | undefined
  production: boolean
  /** True when the operator chose no database, so this is the self-contained demo. */
  embeddedDefault: boolean
  dataDir: string
}

/**
 * The secret signs logins. An operator who configures their own deployment must give one; the embedded
 * demo makes its own once and keeps it, so sessions survive a restart without anyone setting anything.
 */
export function resolveSecret({ given, production, embeddedDefault, dataDir }: SecretInput): string {
  if (given) {
    if (production && given.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        `PAYLOAD_SECRET is ${given.length} characters long; use at least ${MIN_SECRET_LENGTH} random characters ` +
          '(for example the output of: openssl rand -hex 32).',
      )
    }
    return given
  }
  if (production && !embeddedDefault) {
    throw new ConfigError(
      'PAYLOAD_SECRET is not set. A production deployment with its own DATABASE_URI needs a secret of at least ' +
        `${MIN_SECRET_LENGTH} random characters (for example the output of: openssl rand -hex 32).`,
    )
  }
  return readOrCreateSecretFile(path.join(dataDir, 'payload-secret'))
}

function readOrCreateSecretFile(file: string): string {
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= MIN_SECRET_LENGTH) return existing
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  // 'wx' fails if another process created it first; then theirs wins and we read it.
  try {
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
    return secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim()
    throw error
  }
}
