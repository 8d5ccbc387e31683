import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

/**
 * One structured line per request. Deliberately no query string, IP address, user agent or cookie:
 * a search a worried parent typed, or where they connect from, is not ours to keep.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0]
      const entry = {
        method: req.method,
        path,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
      }
      if (path.startsWith('/_next/static/')) logger.debug(entry, 'request')
      else if (res.statusCode >= 500) logger.error(entry, 'request')
      else logger.info(entry, 'request')
    })
    next()
  }
}
