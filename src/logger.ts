import { pino, type Logger } from 'pino'
import pretty from 'pino-pretty'

/**
 * One logging set-up for Payload and the Express server: JSON lines for log tools, readable lines when a
 * person watches a terminal (LOG_FORMAT=json|pretty overrides; NO_COLOR turns colours off). No client IPs or
 * cookies are logged: we keep nothing that identifies a parent.
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
    return pino(
      options,
      pretty({
        sync: true,
        colorize: !env.NO_COLOR,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname',
        // One line per event, its facts after the message; an error shows its stack below (readableMessage).
        hideObject: true,
        messageFormat: (log, messageKey) => readableMessage(log, messageKey),
      }),
    )
  }
  return pino(options)
}

const NOT_FACTS = new Set(['level', 'time', 'name', 'pid', 'hostname', 'err', 'error'])

/**
 * "GET /services 200 4 ms" for a request; otherwise the message and its facts as key=value, and an error's
 * stack (with its causes) on the lines below.
 */
export function readableMessage(log: Record<string, unknown>, messageKey = 'msg'): string {
  const message = String(log[messageKey] ?? '')
  if (message === 'request' && typeof log.method === 'string' && typeof log.path === 'string') {
    return `${log.method} ${log.path} ${log.status} ${log.ms} ms`
  }
  const facts = Object.entries(log)
    .filter(([key, value]) => key !== messageKey && !NOT_FACTS.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' && /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value)}`)
  const line = facts.length > 0 ? `${message}  ${facts.join(' ')}` : message
  const error = (log.err ?? log.error) as { stack?: unknown; message?: unknown; cause?: unknown } | undefined
  return error && typeof error === 'object' ? `${line}\n${indent(stackOf(error))}` : line
}

function stackOf(error: { stack?: unknown; message?: unknown; cause?: unknown }, depth = 0): string {
  const own = typeof error.stack === 'string' ? error.stack : String(error.message ?? JSON.stringify(error))
  const cause = error.cause as typeof error | undefined
  return cause && typeof cause === 'object' && depth < 5 ? `${own}\ncaused by: ${stackOf(cause, depth + 1)}` : own
}

const indent = (text: string) => text.replace(/^/gm, '    ')
