// Counting visits must not slow the pages: the home page's requests/s with counting on, as a ratio of the
// same page with counting off (COUNT_VISITS=off), in the same run on the same data folder. Measured twice in
// the order off, on, on, off, so a machine getting busier or quieter affects both alike. Afterwards the
// stored count is read back: every page answered while counting was on should be in it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import autocannon from 'autocannon'

import { startServer } from '../tests/helpers/server'

export type CountingBench = { on: number[]; off: number[]; ratio: number; answeredWhileCounting: number; stored: number }

export async function benchCounting({ seconds, connections }: { seconds: number; connections: number }): Promise<CountingBench> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-counting-'))
  const figures: { on: number[]; off: number[] } = { on: [], off: [] }
  let answeredWhileCounting = 0
  try {
    for (const counting of ['off', 'on', 'on', 'off'] as const) {
      const server = await startServer({ dataDir, env: { COUNT_VISITS: counting } })
      try {
        // The first visit makes the page; the load is of the cached page visitors get.
        await (await fetch(server.url + '/')).text()
        const result = await autocannon({ url: server.url + '/', connections, duration: seconds })
        figures[counting].push(Math.round(result.requests.average))
        if (counting === 'on') answeredWhileCounting += 1 + result['2xx']
      } finally {
        await server.stop()
      }
    }
    const db = createClient({ url: `file:${path.join(dataDir, 'campaign.db')}` })
    const stored = Number((await db.execute("SELECT SUM(visits) AS n FROM page_visits WHERE page = '/'")).rows[0].n ?? 0)
    db.close()
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
    return { ...figures, ratio: mean(figures.on) / mean(figures.off), answeredWhileCounting, stored }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

export function printCounting(bench: CountingBench): void {
  console.log('\n| home page, counting visits | requests/s (each run) | ratio of counting off |')
  console.log('|---|---|---|')
  console.log(`| counting off | ${bench.off.join(', ')} | 1.00 |`)
  console.log(`| counting on | ${bench.on.join(', ')} | ${bench.ratio.toFixed(2)} |`)
  console.log(`\nHome pages answered while counting: ${bench.answeredWhileCounting}; visits stored for the home page: ${bench.stored}.`)
}

// `npx tsx bench/counting.ts` measures this alone (npm run bench runs it among the rest).
if (import.meta.url === `file://${process.argv[1]}`) {
  printCounting(await benchCounting({ seconds: Number(process.env.BENCH_SECONDS || 10), connections: 20 }))
}
