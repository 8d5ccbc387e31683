// The Express shell around Next.js (which carries Payload): headers, compression, health, logs, shutdown.
// It stays thin on purpose and never loads Payload itself; the Next bundle has its own copy.
import { randomBytes } from 'node:crypto'
import http from 'node:http'

import nextEnv from '@next/env'
import compression from 'compression'
import express from 'express'
import next from 'next'

import { ConfigError } from './src/config/errors'
import { EXIT } from './src/config/exitCodes'
import { loadSettings } from './src/config/settings'
import { createLogger } from './src/logger'
import { pageCache } from './src/server/pageCache'
import { limitsFromEnv, publicFormLimits } from './src/server/rateLimits'
import { readinessProbe } from './src/server/readiness'
import { requestLog } from './src/server/requestLog'
import { securityHeaders } from './src/server/securityHeaders'
import { gracefulShutdown } from './src/server/shutdown'
import { runShutdownHook } from './src/server/shutdownHook'
import { coalesce, REFRESH_ENDPOINT, REFRESH_TOKEN_ENV, REFRESH_TOKEN_HEADER, registerSiteRefresh } from './src/server/siteRefresh'
import { onStopRequest, type StopReason } from './src/server/stopRequests'

const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS || 10_000)

const logger = createLogger('http')
const isProduction = () => process.env.NODE_ENV === 'production'

async function main() {
  keepRunningWithoutAnAudience()
  // A stop asked for while the server is still starting is carried out as soon as it can shut down cleanly.
  let stop: ((reason: StopReason) => void) | undefined
  let stopAsked: StopReason | undefined
  onStopRequest((reason) => (stop ? stop(reason) : (stopAsked ??= reason)))
  // .env files are read the way Next reads them, before our settings, so both agree.
  nextEnv.loadEnvConfig(process.cwd(), !isProduction())
  const settings = loadSettings()
  process.env.PAYLOAD_SECRET = settings.secret
  // A secret for this process only: it lets the shell, and nobody else, ask Payload to refresh Next's cache.
  process.env[REFRESH_TOKEN_ENV] = randomBytes(32).toString('hex')
  const nextApp = next({ dev: !settings.production, dir: process.cwd(), hostname: settings.host, port: settings.port })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const readiness = readinessProbe(settings.database)
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')

  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    const { ready, detail } = await readiness.check()
    res.status(ready ? 200 : 503).set('Cache-Control', 'no-store').json({ status: ready ? 'ready' : 'not ready', detail })
  })

  const pages = pageCache()
  const counting = setInterval(() => {
    const served = pages.takeHitCount()
    if (served > 0) logger.info({ served }, 'pages served from the front cache in the last minute')
  }, 60_000)
  counting.unref()

  app.use(requestLog(logger))
  app.use(securityHeaders({ https: settings.publicUrl.startsWith('https:'), development: !settings.production }))
  app.use(compression())
  for (const { path, handler } of publicFormLimits(limitsFromEnv())) app.use(path, handler)
  app.use(pages.capture)
  // No body parser here: Payload reads request bodies itself.
  app.use((req, res) => handle(req, res))

  // A page already in memory is answered before Express; everything else goes through the chain above.
  const server = http.createServer((req, res) => {
    if (!pages.tryServe(req, res)) app(req, res)
  })
  server.listen(settings.port, settings.host, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : settings.port
    logger.info({ url: `http://${settings.host}:${port}`, publicUrl: settings.publicUrl }, 'campaign server listening')
    registerSiteRefresh(coalesce(() => refreshSite(`http://${loopback(settings.host)}:${port}`, pages.clear)))
  })
  server.on('error', async (error: NodeJS.ErrnoException) => {
    const taken = error.code === 'EADDRINUSE'
    logger.fatal(taken ? `Port ${settings.port} is already in use. Stop the other server or set PORT to a free port.` : error.message)
    // Payload and its jobs started before the port was tried: let them go before leaving.
    await runShutdownHook().catch(() => undefined)
    process.exit(taken ? EXIT.refused : EXIT.failed)
  })

  const shutdown = gracefulShutdown(
    server,
    logger,
    [
      {
        name: 'payload (jobs and database)',
        run: runShutdownHook,
      },
      { name: 'next', run: () => nextApp.close?.() },
      { name: 'readiness probe', run: () => readiness.close() },
    ],
    SHUTDOWN_TIMEOUT_MS,
  )
  stop = (reason) => void shutdown(reason)
  if (stopAsked) stop(stopAsked)
}

/**
 * A content change was saved: Next marks its cached pages out of date (inside one of its own requests), and
 * only then does the front cache let go, so the next visitor gets a freshly made page.
 */
async function refreshSite(origin: string, clearFrontCache: () => void): Promise<void> {
  const response = await fetch(`${origin}/api${REFRESH_ENDPOINT}`, {
    method: 'POST',
    headers: { [REFRESH_TOKEN_HEADER]: process.env[REFRESH_TOKEN_ENV]! },
  })
  clearFrontCache()
  if (!response.ok) throw new Error(`refreshing the public site failed: HTTP ${response.status}`)
  logger.info('public site refreshed after a content change')
}

/**
 * Our log goes to the start command through a pipe. If that command is killed, the pipe closes; the server then
 * notices its parent gone and shuts down cleanly, and a write to the closed pipe must not end it first.
 */
function keepRunningWithoutAnAudience() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
  }
}

/** The address to reach this server from inside itself. */
const loopback = (host: string) => (host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host)

main().catch((error: unknown) => {
  if (error instanceof ConfigError) logger.fatal(error.message)
  else logger.fatal({ err: error }, 'the server could not start')
  process.exit(EXIT.failed)
})
