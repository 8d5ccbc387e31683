import path from 'node:path'

import { chooseDatabase, type DatabaseChoice } from './database'
import { ConfigError } from './errors'
import { resolveSecret } from './secret'

export type Environment = Record<string, string | undefined>

export type Settings = {
  production: boolean
  port: number
  host: string
  /** Where people reach the site; links in emails, feeds and QR codes start with it. */
  publicUrl: string
  database: DatabaseChoice
  secret: string
  smtpUrl: string | undefined
  /** The sender of campaign emails; defaults to campaign@ the public host. */
  mailFrom: string | undefined
  dataDir: string
  /** Public images (the media collection). */
  mediaDir: string
  /** Partner materials, some for partners only: a folder of its own, never inside the media folder. */
  materialsDir: string
  /** The first wait before trying an email again after a temporary SMTP failure; it doubles each time. */
  emailRetryBaseMs: number
} & WebhookSettings &
  ProcessSettings

export type ProcessSettings = {
  /** Does this process run the jobs queues? JOBS=off for web processes beside a `campaign worker`. */
  jobs: boolean
  /**
   * Several processes share the database on purpose (SHARED_DATABASE=1): a start does not refuse because a
   * live server holds it. A worker, and a web process with JOBS=off, share it by nature.
   */
  sharedDatabase: boolean
  /** How long claimed work stays claimed by a process that stops renewing it (LEASE_MS). */
  leaseMs: number
}

export type WebhookSettings = {
  /** Where due social posts are POSTed, signed; unset: no webhook, due posts wait for a person. */
  webhookUrl: string | undefined
  /** The shared secret the webhook body is signed with (HMAC-SHA256); set whenever webhookUrl is. */
  webhookSecret: string | undefined
  /** The first wait before trying a webhook delivery again; it doubles each time. */
  webhookRetryBaseMs: number
}

/** Everything the product reads from the environment, in one place. See .env.example. */
export function loadSettings(env: Environment = process.env, cwd = process.cwd()): Settings {
  const production = env.NODE_ENV === 'production'
  const port = parsePort(env.PORT)
  const host = env.HOST?.trim() || '127.0.0.1'
  const dataDir = path.resolve(cwd, env.DATA_DIR?.trim() || 'data')
  const database = chooseDatabase(env.DATABASE_URI, cwd, dataDir)
  const mediaDir = path.resolve(cwd, env.MEDIA_DIR?.trim() || 'media')
  const materialsDir = path.resolve(cwd, env.MATERIALS_DIR?.trim() || path.join(dataDir, 'materials'))
  assertSeparateFolders({ MEDIA_DIR: mediaDir, MATERIALS_DIR: materialsDir })
  return {
    production,
    port,
    host,
    publicUrl: parsePublicUrl(env.PUBLIC_URL, host, port),
    database,
    secret: resolveSecret({
      given: env.PAYLOAD_SECRET?.trim() || undefined,
      production,
      embeddedDefault: database.kind === 'sqlite' && database.embeddedDefault,
      dataDir,
    }),
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.MAIL_FROM?.trim() || undefined,
    dataDir,
    mediaDir,
    materialsDir,
    emailRetryBaseMs: parsePositive(env.EMAIL_RETRY_BASE_MS, 60_000, 'EMAIL_RETRY_BASE_MS'),
    ...loadWebhookSettings(env),
    ...loadProcessSettings(env),
  }
}

/** How this process takes part when several share the database (docs/operations.md). */
export function loadProcessSettings(env: Environment = process.env): ProcessSettings {
  const jobs = onOrOff(env.JOBS, true, 'JOBS')
  return {
    jobs,
    sharedDatabase: !jobs || onOrOff(env.SHARED_DATABASE, false, 'SHARED_DATABASE'),
    leaseMs: readLeaseMs(env),
  }
}

export function readLeaseMs(env: Environment = process.env): number {
  const ms = parsePositive(env.LEASE_MS, 30_000, 'LEASE_MS')
  if (ms < 1000) throw new ConfigError(`LEASE_MS "${env.LEASE_MS}" is too short; use at least 1000 (one second).`)
  return ms
}

function onOrOff(value: string | undefined, fallback: boolean, name: string): boolean {
  const word = value?.trim().toLowerCase()
  if (!word) return fallback
  if (['1', 'on', 'true', 'yes'].includes(word)) return true
  if (['0', 'off', 'false', 'no'].includes(word)) return false
  throw new ConfigError(`${name} "${value}" must be on or off (1 or 0).`)
}

export const MIN_WEBHOOK_SECRET_LENGTH = 32

/**
 * The webhook's settings alone: the delivery job reads them on every run without resolving the Payload
 * secret again. Messages never repeat the URL or the secret: a webhook URL often carries a token itself.
 */
export function loadWebhookSettings(env: Environment = process.env): WebhookSettings {
  const webhookRetryBaseMs = parsePositive(env.WEBHOOK_RETRY_BASE_MS, 30_000, 'WEBHOOK_RETRY_BASE_MS')
  const raw = env.WEBHOOK_URL?.trim()
  if (!raw) return { webhookUrl: undefined, webhookSecret: undefined, webhookRetryBaseMs }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError('WEBHOOK_URL is not a URL; use something like https://automation.example.org/hooks/campaign')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('WEBHOOK_URL must start with https://')
  // The body and its signature cross the network; in production only over TLS.
  if (url.protocol !== 'https:' && env.NODE_ENV === 'production') throw new ConfigError('WEBHOOK_URL must start with https:// in production.')
  const secret = env.WEBHOOK_SECRET?.trim() ?? ''
  if (secret.length < MIN_WEBHOOK_SECRET_LENGTH) {
    throw new ConfigError(
      `WEBHOOK_SECRET must be set, at least ${MIN_WEBHOOK_SECRET_LENGTH} random characters, whenever WEBHOOK_URL is (it signs every delivery): openssl rand -hex 32`,
    )
  }
  return { webhookUrl: url.toString(), webhookSecret: secret, webhookRetryBaseMs }
}

/**
 * Payload serves an upload collection's files from its folder, and an encoded slash in a file's address
 * reaches sub-folders: one collection's folder inside another's would let the outer collection's rule serve
 * the inner one's files. So upload folders must be apart.
 */
function assertSeparateFolders(folders: Record<string, string>): void {
  const entries = Object.entries(folders)
  for (const [name, folder] of entries) {
    for (const [otherName, other] of entries) {
      if (name !== otherName && (other === folder || other.startsWith(folder + path.sep))) {
        throw new ConfigError(`${otherName} (${other}) must not be inside ${name} (${folder}): give each its own folder.`)
      }
    }
  }
}

function parsePositive(value: string | undefined, fallback: number, name: string): number {
  if (!value?.trim()) return fallback
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new ConfigError(`${name} "${value}" must be a positive number of milliseconds.`)
  return number
}

function parsePort(value: string | undefined): number {
  if (!value?.trim()) return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT "${value}" is not a port number (0 to 65535).`)
  }
  return port
}

function parsePublicUrl(value: string | undefined, host: string, port: number): string {
  const fallback = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  const raw = value?.trim() || fallback
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`PUBLIC_URL "${raw}" is not a URL; use something like https://campaign.example.org`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`PUBLIC_URL "${raw}" must start with http:// or https://`)
  }
  return url.origin
}
