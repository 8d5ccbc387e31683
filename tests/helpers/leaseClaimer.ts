// Another process on the test's database file, claiming the same keys as the test at the same moment: the
// claims race through the database, as two servers' would. Prints one JSON line: the keys it won.
import config from '@payload-config'
import { getPayload } from 'payload'

import { claimLease } from '@/leases/lease'

const payload = await getPayload({ config, cron: false })
const keys = JSON.parse(process.env.LEASE_KEYS ?? '[]') as string[]
// Start together: once every process is ready, the test writes the moment to go on standard input.
process.stdout.write('ready\n')
const goAt = await new Promise<number>((resolve) => process.stdin.once('data', (chunk) => resolve(Number(String(chunk).trim()))))
await new Promise((resolve) => setTimeout(resolve, Math.max(0, goAt - Date.now())))
const won: string[] = []
await Promise.all(
  keys.map(async (key) => {
    if (await claimLease(payload, key, { ms: 60_000 })) won.push(key)
  }),
)
process.stdout.write(`${JSON.stringify({ won })}\n`)
await payload.destroy()
process.exit(0)
