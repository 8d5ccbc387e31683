// Another server process on the test's database file, counting visits and scans as a server does and
// writing them in batches at the same moment as the others: their writes race through the database.
// Prints one JSON line when done.
import config from '@payload-config'
import { getPayload } from 'payload'

import { addOne } from '@/collections/counts'
import { flushVisits } from '@/insight/flushing'
import { visitTally } from '@/insight/tally'
import { addVisits } from '@/insight/visitRows'

const payload = await getPayload({ config, cron: false })
const { pages, rounds, venue } = JSON.parse(process.env.VISIT_PLAN ?? '{}') as { pages: string[]; rounds: number; venue: number }
const tally = visitTally()
const flusher = flushVisits({ tally, writer: () => (batch) => addVisits(payload, batch), everyMs: 3_600_000, warn: (error, message) => console.error(message, error) })
process.stdout.write('ready\n')
const goAt = await new Promise<number>((resolve) => process.stdin.once('data', (chunk) => resolve(Number(String(chunk).trim()))))
await new Promise((resolve) => setTimeout(resolve, Math.max(0, goAt - Date.now())))
const day = new Date('2026-12-06T12:00:00Z')
for (let round = 0; round < rounds; round++) {
  for (const page of pages) tally.note(`${page}?ref=qr`, day)
  await Promise.all([flusher.flush(), addOne(payload, 'qr-visits', { venue, message: undefined, month: '2026-12' }, 'visits')])
}
await flusher.stop()
process.stdout.write(`${JSON.stringify({ done: true, left: tally.size })}\n`)
await payload.destroy()
process.exit(0)
