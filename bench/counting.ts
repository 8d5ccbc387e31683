// Counting visits must not slow the pages: the home page's requests/s with counting on, as a ratio of the
// same page with counting off (COUNT_VISITS=off), in the same run. Two servers run side by side (each on a
// data folder of its own) and are loaded in turns, in short slices, alternating which goes first: a shared
// machine getting busier or quieter then affects both alike. Afterwards the stored count is read back:
// every home page answered while counting should be in it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import autocannon from 'autocannon'

import { type RunningServer, startServer } from '../tests/helpers/server'

export type CountingBench = { on: number; off: number; ratio: number; slices: number; answeredWhileCounting: number; stored: number }

const SLICES = 8

export async function benchCounting({ seconds, connections }: { seconds: number; connections: number }): Promise<CountingBench> {
  const folders = { off: fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-off-')), on: fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-on-')) }
  const servers: Partial<Record<'on' | 'off', RunningServer>> = {}
  try {
    // One after the other: two first starts at once would both build.
    servers.off = await startServer({ dataDir: folders.off, env: { COUNT_VISITS: 'off' } })
    servers.on = await startServer({ dataDir: folders.on, env: { COUNT_VISITS: 'on' } })
    // The first visit makes the page; the load is of the cached page visitors get.
    for (const server of [servers.off, servers.on]) await (await fetch(server.url + '/')).text()
    const requests = { on: 0, off: 0 }
    let answeredWhileCounting = 1
    const slice = Math.max(1, Math.round((2 * seconds) / SLICES))
    for (let round = 0; round < SLICES; round++) {
      for (const counting of round % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
        const result = await autocannon({ url: servers[counting]!.url + '/', connections, duration: slice })
        requests[counting] += result.requests.total
        if (counting === 'on') answeredWhileCounting += result['2xx']
      }
    }
    await servers.on.stop()
    const db = createClient({ url: `file:${path.join(folders.on, 'campaign.db')}` })
    const stored = Number((await db.execute("SELECT SUM(visits) AS n FROM page_visits WHERE page = '/'")).rows[0].n ?? 0)
    db.close()
    const perSecond = (total: number) => Math.round(total / (SLICES * slice))
    return { on: perSecond(requests.on), off: perSecond(requests.off), ratio: requests.on / requests.off, slices: SLICES, answeredWhileCounting, stored }
  } finally {
    await Promise.all([servers.off?.stop(), servers.on?.stop()])
    for (const folder of Object.values(folders)) fs.rmSync(folder, { recursive: true, force: true })
  }
}

export function printCounting(bench: CountingBench): void {
  console.log(`\n| home page, counting visits (${bench.slices} slices each, in turns) | requests/s | ratio of counting off |`)
  console.log('|---|---|---|')
  console.log(`| counting off | ${bench.off} | 1.00 |`)
  console.log(`| counting on | ${bench.on} | ${bench.ratio.toFixed(2)} |`)
  console.log(`\nHome pages answered while counting: ${bench.answeredWhileCounting} (plus those in flight when each slice ended); visits stored for the home page: ${bench.stored}.`)
}

// `npx tsx bench/counting.ts` measures this alone (npm run bench runs it among the rest).
if (import.meta.url === `file://${process.argv[1]}`) {
  printCounting(await benchCounting({ seconds: Number(process.env.BENCH_SECONDS || 10), connections: 20 }))
}
