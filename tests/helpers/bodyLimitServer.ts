// The shell's body limit in a process of its own, in front of a handler that reads the whole body into memory
// the way Payload does, so a test can see what reaches the handler and what the process's memory does.
import http from 'node:http'

import express from 'express'

import { limitBodies } from '@/server/bodyLimit'

let handedOver = 0
const app = express()
app.get('/memory', (_req, res) => {
  global.gc?.()
  res.json({ rss: process.memoryUsage().rss, handedOver })
})
app.use(limitBodies())
app.use(async (req, res) => {
  const chunks: Buffer[] = []
  try {
    for await (const chunk of req) {
      chunks.push(chunk as Buffer)
      handedOver += (chunk as Buffer).length
    }
  } catch {
    // The limit ended the body; the answer has already gone.
    return
  }
  if (!res.headersSent) res.json({ received: Buffer.concat(chunks).length })
})
const server = http.createServer(app)
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`)
})
