import { pino, type Logger } from 'pino'
import pretty from 'pino-pretty'

/**
 * One logging set-up for Payload and the Express server: JSON lines for log tools, readable lines when a
 * person watches a terminal (LOG_FORMAT=json|pretty overrides). No client IPs or cookies are logged: we keep
 * nothing that identifies a parent.
 */
export function createLogger(name: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const options = {
    name,
    level: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    enabled: env.DISABLE_LOGGING !== 'true',
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  }
  const format = env.LOG_FORMAT || (process.stdout.isTTY ? 'pretty' : 'json')
  if (format === 'pretty') {
    return pino(options, pretty({ sync: true, colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }))
  }
  return pino(options)
}
