import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import { assertDatabaseUsable } from '../config/preflight'
import { loadSettings } from '../config/settings'
import { isDatabaseEmpty, seed } from '../seed'
import { serverMemoryEnv } from '../server/processMemory'
import { build } from './build'
import { withPayload } from './openPayload'
import { seedOptions } from './seed'

/** `npm start`: everything a new user needs, in order, then the server in the foreground. */
export async function start(): Promise<number> {
  Object.assign(process.env, { NODE_ENV: 'production' })
  const settings = loadSettings()
  assertDatabaseUsable(settings.database)
  await build()
  const seeded = await withPayload(async (payload) => {
    if (!(await isDatabaseEmpty(payload))) {
      console.log('campaign: the database has content; keeping it as it is.')
      return false
    }
    const report = await seed(payload, seedOptions())
    console.log(`campaign: added the starter content (${report.messages} messages, ${report.services} services).`)
    return true
  })
  return serve(seeded)
}

function serve(seededNow: boolean): Promise<number> {
  const tsx = fileURLToPath(import.meta.resolve('tsx'))
  const child = spawn(process.execPath, ['--conditions=production', '--no-deprecation', '--import', tsx, 'server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...serverMemoryEnv(process.env), NODE_ENV: 'production', LOG_FORMAT: process.env.LOG_FORMAT || (process.stdout.isTTY ? 'pretty' : 'json') },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  let announced = false
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line)
    const url = !announced && listeningUrl(line)
    if (url) {
      announced = true
      console.log(banner(url, seededNow))
    }
  })
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1))))
}

function listeningUrl(line: string): string | undefined {
  if (!line.includes('campaign server listening')) return undefined
  try {
    return (JSON.parse(line) as { url?: string }).url
  } catch {
    return line.match(/https?:\/\/\S+/)?.[0]
  }
}

function banner(url: string, seededNow: boolean): string {
  const { dataDir } = loadSettings()
  const credentials = path.join(dataDir, 'demo-credentials.json')
  const adminEmail = process.env.SEED_ADMIN_EMAIL?.trim() || 'admin@example.org'
  const login = fs.existsSync(credentials)
    ? `log in as ${adminEmail}; demo passwords for every role are in ${path.relative(process.cwd(), credentials)}`
    : `log in with your admin account`
  return [
    '',
    'Nurturing Little Hearts and Minds is running.',
    `  Campaign site  ${url}/`,
    `  Admin          ${url}/admin   (${login})`,
    `  REST API       ${url}/api/messages`,
    `  GraphQL        ${url}/api/graphql`,
    `  Health         ${url}/healthz and ${url}/readyz`,
    seededNow ? '  Starter content from the strategy was added to the new database.' : '',
    'Stop with Ctrl+C.',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
}
