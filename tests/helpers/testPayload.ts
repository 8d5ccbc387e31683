import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export type TestPayload = { payload: Payload; dir: string; close: () => Promise<void> }

/**
 * `env` adds to (or overrides) the environment the config reads; `prepare` lays out the temporary folder
 * before Payload starts (an old data folder, say).
 */
export type StartOptions = { env?: Record<string, string>; prepare?: (dir: string) => void }

/**
 * A real Payload on a fresh temporary SQLite file (or a fresh MongoDB database when TEST_DATABASE=mongodb),
 * one per test file. Environment is set before the config is imported, because the config reads it.
 */
export async function startTestPayload(options: StartOptions = {}): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-int-'))
  options.prepare?.(dir)
  const mongo = process.env.TEST_DATABASE === 'mongodb'
  const databaseUri = mongo
    ? mongoTestUri(process.env.MONGODB_URI ?? '', `campaign_test_${path.basename(dir).replace(/\W/g, '_')}`)
    : `file:${path.join(dir, 'test.db')}`
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: 'test-secret-that-is-long-enough-for-production-use',
    DATA_DIR: path.join(dir, 'data'),
    MEDIA_DIR: path.join(dir, 'media'),
    DISABLE_LOGGING: 'true',
    ...options.env,
  })
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config, cron: false })
  return {
    payload,
    dir,
    close: async () => {
      if (mongo) await (payload.db as unknown as { connection?: { dropDatabase(): Promise<void> } }).connection?.dropDatabase()
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

function mongoTestUri(base: string, database: string): string {
  const url = new URL(base)
  url.pathname = `/${database}`
  return url.toString()
}
