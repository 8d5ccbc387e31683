import type { Server } from 'node:http'

import type { Logger } from 'pino'

import { EXIT } from '../config/exitCodes'

type Step = { name: string; run: () => Promise<void> | void }

/**
 * Stop accepting, let in-flight requests finish, then run the closing steps (jobs, database) in order.
 * If anything hangs past the limit, exit anyway: an orchestrator waiting on us must not wait forever.
 */
export function gracefulShutdown(server: Server, logger: Logger, steps: Step[], timeoutMs: number) {
  let shuttingDown = false
  return async function shutdown(signal: string) {
    if (shuttingDown) return
    shuttingDown = true
    logger.info({ signal, timeoutMs }, 'shutting down: no new connections, finishing requests in flight')
    const forced = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown took too long; exiting')
      process.exit(EXIT.shutdownTooSlow)
    }, timeoutMs)
    forced.unref()
    try {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      for (const step of steps) {
        await step.run()
        logger.info({ step: step.name }, 'closed')
      }
      logger.info('shutdown complete')
      process.exit(EXIT.ok)
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed')
      process.exit(EXIT.failed)
    }
  }
}
