// A local SMTP sink for the email benchmark: accepts every message, reads it to the end, keeps only a count.
// Runs in its own process, so the sender's memory and CPU figures are the sender's alone.
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

let received = 0
let bytes = 0
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, done) {
    stream.on('data', (chunk: Buffer) => (bytes += chunk.length))
    stream.on('end', () => {
      received++
      done()
    })
  },
})
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.server.address() as AddressInfo).port })}\n`)
})
process.on('message', (message) => {
  if (message === 'count') process.send?.({ received, bytes })
})
