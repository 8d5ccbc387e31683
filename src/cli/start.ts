import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import { EXIT, exitCodeOf } from '../config/exitCodes'
import { assertDatabaseUsable, assertPortFree } from '../config/preflight'
import { loadSettings } from '../config/settings'
import { refuseIfHeld } from '../leases/holders'
import { isDatabaseEmpty, seed } from '../seed'
import { serverMemoryEnv } from '../server/processMemory'
import { onStopRequest, type StopReason } from '../server/stopRequests'
import { build } from './build'
import { withPayload } from './openPayload'
import { seedOptions } from './seed'

/** How long past the server's own shutdown bound the command waits before it ends the server itself. */
const STOP_MARGIN_MS = 5_000

/**
 * `npm start`: everything a new user needs, in order, then the server in the foreground. It refuses before
 * starting anything when the port is taken or a live server holds the database (unless SHARED_DATABASE=1).
 * A request to stop (SIGTERM, SIGINT, or this command's parent gone) stops whatever runs now: the build, or
 * the server, which shuts down cleanly; the command then exits with the server's code (docs/operations.md).
 */
export async function start(): Promise<number> {
  Object.assign(process.env, { NODE_ENV: 'production' })
  const stopping = stopWatch()
  const settings = loadSettings()
  assertDatabaseUsable(settings.database)
  await assertPortFree(settings.host, settings.port)
  await refuseIfHeld(settings.database, { shared: settings.sharedDatabase })
  if (stopping.reason) return EXIT.ok

  await build({ stopWhen: stopping.onStop })
  if (stopping.reason) return EXIT.ok
  const seeded = await withPayload(async (payload) => {
    if (!(await isDatabaseEmpty(payload))) {
      console.log('campaign: the database has content; keeping it as it is.')
      return false
    }
    const report = await seed(payload, seedOptions())
    console.log(`campaign: added the starter content (${report.messages} messages, ${report.services} services).`)
    return true
  })
  if (stopping.reason) return EXIT.ok
  return serve(seeded, stopping)
}

type StopWatch = { readonly reason: StopReason | undefined; onStop(listener: (reason: StopReason) => void): void }

/** Remembers a request to stop and tells whoever is listening now (the build, then the server). */
function stopWatch(): StopWatch {
  let reason: StopReason | undefined
  const listeners = new Set<(reason: StopReason) => void>()
  onStopRequest((asked) => {
    reason ??= asked
    for (const listener of listeners) listener(asked)
  })
  return {
    get reason() {
      return reason
    },
    onStop: (listener) => listeners.add(listener),
  }
}

function serve(seededNow: boolean, stopping: StopWatch): Promise<number> {
  const tsx = fileURLToPath(import.meta.resolve('tsx'))
  const child = spawn(process.execPath, ['--conditions=production', '--no-deprecation', '--import', tsx, 'server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...serverMemoryEnv(process.env), NODE_ENV: 'production', LOG_FORMAT: process.env.LOG_FORMAT || (process.stdout.isTTY ? 'pretty' : 'json') },
  })
  let killer: NodeJS.Timeout | undefined
  stopping.onStop((reason) => {
    // The server watches for its parent too; a signal reaches it sooner. SIGINT stays SIGINT, all else is SIGTERM.
    child.kill(reason === 'SIGINT' ? 'SIGINT' : 'SIGTERM')
    killer ??= setTimeout(() => child.kill('SIGKILL'), Number(process.env.SHUTDOWN_TIMEOUT_MS || 10_000) + STOP_MARGIN_MS)
    killer.unref()
  })
  let announced = false
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line)
    const url = !announced && listeningUrl(line)
    if (url) {
      announced = true
      console.log(banner(url, seededNow))
    }
  })
  // A server killed by a signal (SIGKILL from the out-of-memory killer, say) is a failure, never a clean stop.
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(exitCodeOf(code, signal))))
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
