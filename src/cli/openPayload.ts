import type { Payload } from 'payload'

import { assertDatabaseUsable } from '../config/preflight'
import { loadSettings } from '../config/settings'

/**
 * Starts Payload for one command and always closes it. In production Payload runs pending migrations
 * as it starts (the SQLite adapter's prodMigrations), so every command sees an up-to-date schema.
 */
export async function withPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  const settings = loadSettings()
  assertDatabaseUsable(settings.database)
  process.env.PAYLOAD_SECRET = settings.secret
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
  const payload = await getPayload({ config, cron: false })
  try {
    return await work(payload)
  } finally {
    await payload.destroy()
  }
}
