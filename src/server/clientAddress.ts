import type { RequestHandler } from 'express'

/**
 * The header that names the connection a request came from, for the per-connection limits Payload applies
 * (sign-in tries, password reset emails). The shell sets it on every request from Express's view of the
 * client (which honours "trust proxy"), replacing whatever the client sent, so nobody picks their own.
 */
export const CLIENT_HEADER = 'x-campaign-client'

export const nameTheClient: RequestHandler = (req, _res, next) => {
  req.headers[CLIENT_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  next()
}
