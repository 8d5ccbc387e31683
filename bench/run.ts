// npm run bench: starts the production server as a user would and measures it under load with autocannon.
// Prints figures and the machine they ran on; copy them into docs/benchmarks.md. Nothing here asserts a time.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { startServer } from '../tests/helpers/server'
import { benchCards } from './cards'
import { benchCounting, printCounting } from './counting'
import { benchEmail } from './email'
import { benchKitZip } from './kitZip'
import { benchMemory, printMemory } from './memory'
import { startNginxMirror } from './nginx'
import { formatKB, pageWeight } from './pageWeight'
import { benchSiteRefresh, printSiteRefresh } from './siteRefresh'
import { generatedMaterialsSettled } from './settled'

const CONNECTIONS = 20
/** The parent pages compared with nginx: the home page, a message and the services directory. */
const PAGES = ['/', '/messages/intrusive-thoughts-are-common', '/services']
const SECONDS = Number(process.env.BENCH_SECONDS || 10)

type Row = { name: string; requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number }

async function load(name: string, url: string): Promise<Row> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS })
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

async function timeToServe(dataDir: string): Promise<{ startMs: number; server: Awaited<ReturnType<typeof startServer>> }> {
  const started = Date.now()
  const server = await startServer({ dataDir })
  return { startMs: Date.now() - started, server }
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-'))
  // First start seeds; the second start is what a restart of a built, seeded product costs.
  const first = await timeToServe(dataDir)
  await first.server.stop()
  const { startMs, server } = await timeToServe(dataDir)
  try {
    await generatedMaterialsSettled(server.url)
    // Visit each page once so the figures are of the cached pages visitors get, not of the first render.
    const saved = []
    for (const page of PAGES) saved.push({ path: page, html: await (await fetch(server.url + page)).text() })
    await fetch(server.url + '/api/messages?limit=10')

    const rows: Row[] = []
    const mirror = await startNginxMirror(saved)
    try {
      for (const page of PAGES) {
        const ours = await load(`GET ${page} (our server)`, server.url + page)
        const ceiling = await load(`GET ${page} (nginx, same HTML from disk)`, mirror.url + page)
        rows.push(ours, ceiling)
        console.log(`${page}: ${ours.requestsPerSecond} req/s against nginx's ${ceiling.requestsPerSecond} (${Math.round((100 * ours.requestsPerSecond) / ceiling.requestsPerSecond)}%)`)
      }
    } finally {
      await mirror.stop()
    }
    rows.push(await load('GET /api/messages?limit=10 (REST list)', server.url + '/api/messages?limit=10'))

    const weights = []
    for (const page of PAGES) weights.push({ page, ...(await pageWeight(server.url, page)) })

    const cpus = os.cpus()
    console.log(`\n### ${new Date().toISOString().slice(0, 10)}: ${CONNECTIONS} connections, ${SECONDS} s each\n`)
    console.log(
      `Machine: ${cpus.length} x ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
        `Node ${process.version}, ${os.type()} ${os.release()}\n`,
    )
    console.log(`Restart of a built, seeded product until it serves: ${(startMs / 1000).toFixed(1)} s ` +
      `(first start, which also seeds: ${(first.startMs / 1000).toFixed(1)} s)\n`)
    console.log('| route | requests/s | p50 ms | p99 ms | errors | non-2xx |')
    console.log('|---|---|---|---|---|---|')
    for (const row of rows) {
      console.log(`| ${row.name} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} |`)
    }
    console.log('\n| page | scripts | JavaScript (gzip) | HTML (gzip) | whole page (gzip) | whole page (brotli) |')
    console.log('|---|---|---|---|---|---|')
    for (const weight of weights) {
      console.log(
        `| ${weight.page} | ${weight.scripts} | ${formatKB(weight.jsGzip)} | ${formatKB(weight.htmlGzip)} | ` +
          `${formatKB(weight.totalGzip)} | ${formatKB(weight.totalBrotli)} |`,
      )
    }
  } finally {
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }

  // Counting visits on and off, on a server of its own (bench/counting.ts).
  printCounting(await benchCounting({ seconds: SECONDS, connections: CONNECTIONS }))
  // The site while content changes, on two server processes of its own.
  printSiteRefresh(await benchSiteRefresh())
  // Memory: a fresh server of its own, under each kind of work and then all of them (bench/memory.ts).
  printMemory(await benchMemory())

  // Materials: after the server has stopped, so the figures are the renderer's alone.
  const cards = await benchCards(Number(process.env.BENCH_CARD_MESSAGES || 100))
  console.log(`\n| share cards (${cards.cards}: messages x 5 sizes) | cards/s | bare sharp cards/s | ratio | peak memory |`)
  console.log('|---|---|---|---|---|')
  console.log(`| one at a time | ${cards.oursPerSecond.toFixed(1)} | ${cards.barePerSecond.toFixed(1)} | ${cards.ratio.toFixed(2)} | ${cards.peakRssMB} MB |`)
  const zip = await benchKitZip()
  console.log(`\n| kit zip (${zip.megabytes} MB of posters) | MB/s | reading the same files, MB/s | ratio | peak memory |`)
  console.log('|---|---|---|---|---|')
  console.log(`| streamed | ${Math.round(zip.zipMBps)} | ${Math.round(zip.diskMBps)} | ${zip.ratio.toFixed(2)} | ${zip.peakRssMB} MB |`)

  // Email: the sender in a fresh process of its own, delivering to an SMTP sink in another.
  const email = await benchEmail()
  console.log(`\n| campaign send (${email.emails} personalised emails) | emails/s | seconds | arrived at the sink | sender peak memory | Payload loaded, before sending | added by sending |`)
  console.log('|---|---|---|---|---|---|---|')
  console.log(`| message of the week, 1 in 10 in Polish | ${email.perSecond} | ${email.seconds} | ${email.received} | ${email.peakRssMB} MB | ${email.baseRssMB} MB | ${email.sendAddedMB} MB |`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
