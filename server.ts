// The Express shell around Next.js (which carries Payload): headers, compression, health, logs, shutdown.
// It stays thin on purpose and never loads Payload itself; the Next bundle has its own copy.
import './src/server/sourceMaps'

import http from 'node:http'

import nextEnv from '@next/env'
import compression from 'compression'
import express from 'express'
import next from 'next'

import { ConfigError } from './src/config/errors'
import { EXIT } from './src/config/exitCodes'
import { loadSettings } from './src/config/settings'
import { createLogger } from './src/logger'
import { pageMethods } from './src/server/pageMethods'
import { limitBodies } from './src/server/bodyLimit'
import { nameTheClient } from './src/server/clientAddress'
import { limitsFromEnv, publicFormLimits, signInLimits, signInLimitsFromEnv } from './src/server/rateLimits'
import { connectionLimitsFromEnv, limitConnections, serverOptions } from './src/server/connectionLimits'
import { readinessProbe } from './src/server/readiness'
import { requestWriteProbe } from './src/storage/writeProbe'
import { requestLog } from './src/server/requestLog'
import { refuseCrossSiteChanges } from './src/server/sameSite'
import { refuseOddAddresses, refuseUnreadableBodies } from './src/server/wellFormedRequests'
import { securityHeaders } from './src/server/securityHeaders'
import { gracefulShutdown } from './src/server/shutdown'
import { runShutdownHook } from './src/server/shutdownHook'
import { followSite } from './src/site/followSite'
import { pageCache } from './src/site/pageCache'
import { visitStore } from './src/insight/bridge'
import { flushVisits, visitCountingFromEnv } from './src/insight/flushing'
import { visitTally } from './src/insight/tally'
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
  const nextApp = next({ dev: !settings.production, dir: process.cwd(), hostname: settings.host, port: settings.port })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const readiness = readinessProbe(settings.database, { writeThroughPayload: requestWriteProbe })
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

  // Visits are counted here, where every page goes out (from memory or from Next), and written in batches.
  const counting = visitCountingFromEnv()
  const visits = visitTally()
  const pages = pageCache({ onVisit: counting.on ? (req) => visits.note(req.url ?? '') : undefined })
  const visitFlusher = flushVisits({
    tally: visits,
    writer: () => visitStore()?.addVisits,
    everyMs: counting.everyMs,
    warn: (error, message) => logger.warn(error ? { err: error } : {}, message),
  })
  // Every change saved through any process refreshes the pages it touched here.
  const site = followSite({ pages, logger })
  const cacheReport = setInterval(() => {
    const [served, made] = [pages.takeHitCount(), pages.takeRenderCount()]
    if (served + made > 0) logger.info({ served, made }, 'pages served from the front cache, and made for it, in the last minute')
  }, 60_000)
  cacheReport.unref()

  app.use(requestLog(logger))
  app.use(limitBodies())
  app.use(nameTheClient)
  app.use(securityHeaders({ https: settings.publicUrl.startsWith('https:'), development: !settings.production }))
  app.use(compression())
  app.use(refuseCrossSiteChanges(settings))
  app.use(refuseOddAddresses, refuseUnreadableBodies, pageMethods)
  for (const { path, handler } of [...publicFormLimits(limitsFromEnv()), ...signInLimits(signInLimitsFromEnv())]) app.use(path, handler)
  app.use(pages.capture)
  // No body parser here: Payload reads request bodies itself.
  app.use((req, res) => handle(req, res))

  // A page already in memory is answered before Express; everything else goes through the chain above.
  const limits = connectionLimitsFromEnv()
  const server = http.createServer(serverOptions(limits), (req, res) => pages.serve(req, res, () => app(req, res)))
  limitConnections(server, limits)
  server.listen(settings.port, settings.host, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : settings.port
    logger.info({ url: `http://${settings.host}:${port}`, publicUrl: settings.publicUrl }, 'campaign server listening')
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
      // Before the database closes: it reads the content version from it.
      { name: 'site follower', run: () => site.stop() },
      // The last visits counted, while the database is still open.
      { name: 'visit counts', run: () => visitFlusher.stop() },
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

main().catch((error: unknown) => {
  if (error instanceof ConfigError) logger.fatal(error.message)
  else logger.fatal({ err: error }, 'the server could not start')
  process.exit(EXIT.failed)
})
