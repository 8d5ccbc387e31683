import { type ChildProcess, spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import readline from 'node:readline'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_BODY_LIMIT, UPLOAD_BODY_LIMIT } from '@/server/bodyLimit'

// The Express shell's body limit, in a real server process, sent real bodies: with a Content-Length and
// chunked (no length), small, oversized and enormous. The claim is about memory, so the server is a process
// of its own whose resident memory the test reads before and after.

let child: ChildProcess
let port: number

beforeAll(async () => {
  child = spawn(process.execPath, ['--conditions=production', '--expose-gc', '--import', 'tsx', path.resolve('tests/helpers/bodyLimitServer.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  port = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', (line) => resolve(Number(line)))
    child.once('exit', (code) => reject(new Error(`the test server exited with ${code}`)))
  })
})
afterAll(() => {
  child?.kill()
})

const memory = async () => (await (await fetch(`http://127.0.0.1:${port}/memory`)).json()) as { rss: number; handedOver: number }

type Sent = { status: number; body: string; bytesWritten: number }

/**
 * Streams `total` bytes in 64 KB chunks, with a Content-Length or chunked, and stops writing as soon as the
 * server answers or drops the connection. Returns the answer and how many bytes the server took in.
 */
function send(pathname: string, total: number, { chunked }: { chunked: boolean }): Promise<Sent> {
  return new Promise((resolve, reject) => {
    let bytesWritten = 0
    let answered: Sent | undefined
    let stop = false
    const request = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: pathname,
      headers: { 'content-type': 'application/octet-stream', ...(chunked ? {} : { 'content-length': String(total) }) },
    })
    request.on('response', (response) => {
      stop = true
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => {
        answered = { status: response.statusCode!, body, bytesWritten }
        resolve(answered)
      })
    })
    request.on('error', (error) => {
      stop = true
      // A connection closed mid-upload after the answer (or instead of it) is the limit doing its job.
      if (!answered) setTimeout(() => (answered ? resolve(answered) : reject(error)), 1000)
    })
    const chunk = Buffer.alloc(64 * 1024, 120)
    const writeMore = () => {
      while (!stop && bytesWritten < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - bytesWritten))
        bytesWritten += piece.length
        if (!request.write(piece)) return void request.once('drain', writeMore)
      }
      if (!stop) request.end()
    }
    writeMore()
  })
}

describe('request bodies in the Express shell', () => {
  it('lets a small body through, chunked or not', async () => {
    for (const chunked of [false, true]) {
      const sent = await send('/api/subscribe', 1000, { chunked })
      expect(sent.status).toBe(200)
      expect(JSON.parse(sent.body)).toEqual({ received: 1000 })
    }
  })

  it('refuses a body that says it is too large before reading any of it, with the reason', async () => {
    const before = (await memory()).handedOver
    const sent = await send('/api/subscribe', DEFAULT_BODY_LIMIT + 1, { chunked: false })
    expect(sent.status).toBe(413)
    expect(JSON.parse(sent.body).errors[0].message).toBe('This request is too large: at most 64 KB may be sent here.')
    expect((await memory()).handedOver).toBe(before)
  })

  it('stops reading a chunked body the moment it passes the limit, and memory does not grow with the body', async () => {
    const before = await memory()
    const total = 150 * 1024 * 1024
    const sent = await send('/api/subscribe', total, { chunked: true })
    const after = await memory()
    expect(sent.status).toBe(413)
    // What reached the handler never passed the limit...
    expect(after.handedOver - before.handedOver).toBeLessThanOrEqual(DEFAULT_BODY_LIMIT)
    // ...the server stopped reading long before the client had sent it all (what is in flight sits in socket buffers)...
    expect(sent.bytesWritten).toBeLessThan(16 * 1024 * 1024)
    // ...and the process holds no copy of it: 150 MB sent, a few MB of growth at most.
    expect(after.rss - before.rss).toBeLessThan(32 * 1024 * 1024)
  })

  it('gives the upload addresses room for a 10 MB file, chunked, and no more', async () => {
    const file = 10 * 1024 * 1024
    const ok = await send('/api/media', file, { chunked: true })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toEqual({ received: file })
    const tooBig = await send('/api/materials/12', UPLOAD_BODY_LIMIT + 64 * 1024, { chunked: true })
    expect(tooBig.status).toBe(413)
    expect(JSON.parse(tooBig.body).errors[0].message).toMatch(/at most 10\.5 MB/)
  })

  it('gives an upload address spelled differently only the ordinary limit', async () => {
    for (const odd of ['/api//media', '/api/%6Dedia', '/API/media', '/api/media/1/2']) {
      const sent = await send(odd, 200 * 1024, { chunked: true })
      expect(sent.status, odd).toBe(413)
    }
  })
})
