import { EXIT } from '../config/exitCodes'
import { assertDatabaseUsable } from '../config/preflight'
import { loadSettings } from '../config/settings'
import { onStopRequest } from '../server/stopRequests'

/**
 * `campaign worker`: the jobs queues (publishing, materials, email, webhooks) with no web server, for
 * deployments that run web processes with JOBS=off. It shares the database by nature, so it never refuses a
 * database another process holds. Stops cleanly on SIGTERM or SIGINT: jobs in hand finish first.
 */
export async function worker(): Promise<number> {
  const settings = loadSettings()
  assertDatabaseUsable(settings.database)
  process.env.PAYLOAD_SECRET = settings.secret
  // Loaded here, not at the top: every other command (help, check) starts without Payload, the jobs or the logger.
  const [{ getPayload }, { default: config }, { startJobRunner }, { registerProcess }, { createLogger }] = await Promise.all([
    import('payload'),
    import('../../payload.config'),
    import('../jobs/runner'),
    import('../leases/processes'),
    import('../logger'),
  ])
  const logger = createLogger('worker')
  const payload = await getPayload({ config, cron: false })
  const holder = await registerProcess(payload, { role: 'worker', shared: true })
  const runner = startJobRunner(payload)
  logger.info({ database: settings.database.kind }, 'campaign worker running the jobs queues; stop with Ctrl+C')

  const reason = await new Promise<string>((resolve) => onStopRequest(resolve))
  const timeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS || 10_000)
  logger.info({ signal: reason, timeoutMs }, 'shutting down: finishing the jobs in hand')
  const forced = setTimeout(() => {
    logger.error({ timeoutMs }, 'shutdown took too long; exiting')
    process.exit(EXIT.shutdownTooSlow)
  }, timeoutMs)
  forced.unref()
  // Half the bound for the jobs in hand, as the server gives them (src/lifecycle.ts).
  await runner.stop(Math.max(1000, timeoutMs / 2))
  await holder.stop()
  await payload.destroy()
  logger.info('shutdown complete')
  return EXIT.ok
}
