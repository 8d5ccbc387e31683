import http from 'node:http'
import net from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { connectionLimitsFromEnv, type ConnectionLimits, defaultLimits, limitConnections, serverOptions } from '@/server/connectionLimits'

// Real sockets against a real Node HTTP server set up as server.ts sets up the campaign server.

const servers: http.Server[] = []
const sockets: net.Socket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

async function serve(limits: Partial<ConnectionLimits>): Promise<number> {
  const all = { ...defaultLimits, ...limits }
  const server = http.createServer(serverOptions(all), (_req, res) => res.end('ok'))
  limitConnections(server, all)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as net.AddressInfo).port
}

type Slow = { socket: net.Socket; closed: Promise<void>; isClosed: () => boolean }

/** A slowloris client: starts a request and never finishes its headers. From 127.0.0.2, another address than the visitor's. */
function slowClient(port: number): Promise<Slow> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' })
    sockets.push(socket)
    let closed = false
    const done = new Promise<void>((end) => socket.on('close', () => ((closed = true), end())))
    socket.on('error', () => undefined)
    socket.on('connect', () => {
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n')
      resolve({ socket, closed: done, isClosed: () => closed })
    })
  })
}

const until = async (ready: () => boolean, seconds: number, what: string) => {
  const stop = Date.now() + seconds * 1000
  while (!ready()) {
    if (Date.now() > stop) throw new Error(`${what} within ${seconds} s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

// Real sockets on a busy machine: generous deadlines, never a timed assertion.
const SLOW_TEST = 60_000

describe('slow clients', () => {
  it('closes at once the connections one address opens beyond its share, and still serves everyone else', async () => {
    const port = await serve({ maxWaitingPerClient: 5 })
    const flood = await Promise.all(Array.from({ length: 40 }, () => slowClient(port)))
    await until(() => flood.filter((client) => client.isClosed()).length >= 35, 30, 'the connections beyond the share were not closed')
    expect(flood.filter((client) => !client.isClosed())).toHaveLength(5)
    // A visitor from another address is served while the flood holds its five.
    const response = await fetch(`http://127.0.0.1:${port}/`)
    expect(await response.text()).toBe('ok')
  }, SLOW_TEST)

  it('closes a connection that has not sent its headers in time', async () => {
    const port = await serve({ headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 })
    const slow = await slowClient(port)
    // Dripping a byte now and then does not keep it open: the time counts from the start of the request.
    const drip = setInterval(() => slow.socket.write('X'), 200)
    try {
      await until(slow.isClosed, 30, 'the slow connection was not closed')
    } finally {
      clearInterval(drip)
    }
  }, SLOW_TEST)

  it('never holds back a reverse proxy: many whole requests at once from one address are all served', async () => {
    const port = await serve({ maxWaitingPerClient: 5 })
    const agent = new http.Agent({ keepAlive: true, maxSockets: 50 })
    try {
      const answers = await Promise.all(
        Array.from(
          { length: 50 },
          () =>
            new Promise<number>((resolve, reject) => {
              http.get({ port, host: '127.0.0.1', agent, path: '/' }, (res) => res.resume().on('end', () => resolve(res.statusCode!))).on('error', reject)
            }),
        ),
      )
      expect(answers).toEqual(answers.map(() => 200))
    } finally {
      agent.destroy()
    }
  }, SLOW_TEST)

  it('holds no more connections than the cap', async () => {
    const port = await serve({ maxConnections: 3, maxWaitingPerClient: 100 })
    const clients = await Promise.all(Array.from({ length: 10 }, () => slowClient(port)))
    await until(() => clients.filter((client) => client.isClosed()).length >= 7, 30, 'connections over the cap were not closed')
    expect(clients.filter((client) => !client.isClosed())).toHaveLength(3)
  }, SLOW_TEST)
})

describe('settings', () => {
  it('reads limits from the environment and refuses nonsense with the variable named', () => {
    expect(connectionLimitsFromEnv({})).toEqual(defaultLimits)
    expect(connectionLimitsFromEnv({ MAX_CONNECTIONS: '200', HTTP_HEADERS_TIMEOUT_MS: '5000' })).toMatchObject({ maxConnections: 200, headersTimeoutMs: 5000 })
    expect(() => connectionLimitsFromEnv({ MAX_CONNECTIONS: 'lots' })).toThrow(/MAX_CONNECTIONS/)
    expect(() => connectionLimitsFromEnv({ HTTP_REQUEST_TIMEOUT_MS: '-1' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS/)
  })
})
