import type { Server, ServerOptions } from 'node:http'
import type { Socket } from 'node:net'

import { ConfigError } from '../config/errors'

// How long the server waits for a client, and how many connections it holds. Node's defaults let a client
// take 60 s to send its headers and 300 s for a request, checked only every 30 s, with no cap on connections:
// a few hundred connections that send a byte now and then ("slowloris") hold sockets and memory for minutes.

export type ConnectionLimits = {
  /** Time to send the request line and headers (a browser sends them in one packet). */
  headersTimeoutMs: number
  /** Time to send the whole request, body included (an upload of 10 MB on a slow line). */
  requestTimeoutMs: number
  /** How long an idle kept-alive connection stays open for the next request. */
  keepAliveTimeoutMs: number
  /** A connection with nothing sent either way for this long is closed (a client that stopped reading). */
  idleTimeoutMs: number
  /** Connections held at once; more are closed as they arrive. Keep it under the open-file limit (ulimit -n). */
  maxConnections: number
  /** Connections one address may have open that have not yet sent a whole request: browsers need a few. */
  maxWaitingPerClient: number
}

export const defaultLimits: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  maxConnections: 1_000,
  maxWaitingPerClient: 20,
}

const ENV: Record<keyof ConnectionLimits, string> = {
  headersTimeoutMs: 'HTTP_HEADERS_TIMEOUT_MS',
  requestTimeoutMs: 'HTTP_REQUEST_TIMEOUT_MS',
  keepAliveTimeoutMs: 'HTTP_KEEP_ALIVE_TIMEOUT_MS',
  idleTimeoutMs: 'HTTP_IDLE_TIMEOUT_MS',
  maxConnections: 'MAX_CONNECTIONS',
  maxWaitingPerClient: 'MAX_WAITING_CONNECTIONS_PER_CLIENT',
}

export function connectionLimitsFromEnv(env: Record<string, string | undefined> = process.env): ConnectionLimits {
  const limits = { ...defaultLimits }
  for (const key of Object.keys(ENV) as (keyof ConnectionLimits)[]) {
    const raw = env[ENV[key]]?.trim()
    if (!raw) continue
    const value = Number(raw)
    if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${ENV[key]} must be a whole number above 0 (it is "${raw}").`)
    limits[key] = value
  }
  // Node needs the header limit below the request limit.
  limits.headersTimeoutMs = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs)
  return limits
}

/** Options for http.createServer: the timeouts are checked every second instead of Node's every 30 s. */
export function serverOptions(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: 1_000,
  }
}

/**
 * The cap on connections, and on connections per address still waiting for a whole request. Counting only
 * the waiting ones means a reverse proxy (every visitor from one address, each request sent at once) is never
 * held back, while one client opening many connections that send nothing cannot crowd out everyone else.
 */
export function limitConnections(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections
  server.setTimeout(limits.idleTimeoutMs)
  const waiting = new Map<string, number>()
  const settle = (socket: Socket & { waitingFrom?: string }) => {
    const from = socket.waitingFrom
    if (from === undefined) return
    socket.waitingFrom = undefined
    const left = (waiting.get(from) ?? 1) - 1
    if (left > 0) waiting.set(from, left)
    else waiting.delete(from)
  }
  server.on('connection', (socket: Socket & { waitingFrom?: string }) => {
    const from = socket.remoteAddress ?? 'unknown'
    const count = waiting.get(from) ?? 0
    if (count >= limits.maxWaitingPerClient) {
      socket.destroy()
      return
    }
    waiting.set(from, count + 1)
    socket.waitingFrom = from
    socket.once('close', () => settle(socket))
  })
  server.on('request', (req) => settle(req.socket))
}
