// Memory of the production server under load: its resident memory (RSS) at rest, then its peak under each
// kind of work alone (parent pages, API reads, saves that refresh the site, image uploads) and under all of
// them at once. The peak is the kernel's own high-water mark for the server process (VmHWM), reset between
// phases where this user may (root); otherwise sampled every 100 ms. Prints figures; asserts nothing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { commandOf, descendantsOf } from '../tests/helpers/processes'
import { generatedMaterialsSettled } from './settled'
import { type RunningServer, startServer } from '../tests/helpers/server'
import { demoLogin } from '../tests/helpers/site'

const SECONDS = Number(process.env.BENCH_MEMORY_SECONDS || 30)
const CLIENTS = 20

export type MemoryRow = { phase: string; requests: number; errors: number; peakMB: number; endMB: number }
export type MemoryFigures = { serverStartMB: number; restMB: number; rows: MemoryRow[]; peakMethod: string }

type Action = () => Promise<number>

function memoryOf(pid: number): { rssMB: number; hwmMB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
  return { rssMB: Math.round(kb('VmRSS') / 1024), hwmMB: Math.round(kb('VmHWM') / 1024) }
}

/** "5" resets a process's peak RSS to its current RSS (Linux 4.0+); only for processes we may write to. */
function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5')
    return true
  } catch {
    return false
  }
}

function serverPid(server: RunningServer): number {
  const pid = descendantsOf(server.child.pid!).find((candidate) => commandOf(candidate).includes('server.ts'))
  if (!pid) throw new Error('could not find the server process under npm start')
  return pid
}

async function login(server: RunningServer, role: string): Promise<Record<string, string>> {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoLogin(server.dataDir, role)),
  })
  return { authorization: `JWT ${(await response.json()).token}` }
}

const status = async (response: Promise<Response>): Promise<number> => {
  const answer = await response
  await answer.arrayBuffer()
  return answer.status
}

async function actions(server: RunningServer) {
  const url = server.url
  const editor = await login(server, 'editor')
  const admin = await login(server, 'admin')
  const messages = (await (await fetch(`${url}/api/messages?limit=50&depth=0`)).json()).docs as { id: number; slug: string }[]
  const themes = (await (await fetch(`${url}/api/themes?limit=50&depth=0`)).json()).docs as { id: number; slug: string }[]
  const pages = ['', '/pl', '/ro'].flatMap((locale) => [
    `${locale}/`,
    `${locale}/services`,
    `${locale}/dads`,
    `${locale}/get-help`,
    ...messages.map((message) => `${locale}/messages/${message.slug}`),
    ...themes.map((theme) => `${locale}/themes/${theme.slug}`),
  ])
  pages.push('/materials', '/feeds/rss.xml', '/services/search?district=thanet')
  const draft = await (
    await fetch(`${url}/api/messages?draft=true`, {
      method: 'POST',
      headers: { ...editor, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'A message edited again and again',
        keyMessage: 'Feelings after a baby are common, and help is there.',
        body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text: 'Many parents have feelings they did not expect.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] } },
        audiences: ['all-parents'],
      }),
    })
  ).json()
  const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 200, g: 150, b: 120 } } })
    .composite([{ input: Buffer.from('<svg width="2400" height="1600"><circle cx="1200" cy="800" r="600" fill="#3a6"/></svg>'), top: 0, left: 0 }])
    .jpeg({ quality: 85 })
    .toBuffer()
  let n = 0
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]
  const page: Action = () => status(fetch(url + pick(pages)))
  const read: Action = () =>
    status(fetch(url + pick(['/api/messages?limit=10', '/api/services?limit=20&depth=1', `/api/messages/${pick(messages).id}?depth=2`, '/api/themes?limit=20'])))
  const save: Action = () =>
    (n += 1) % 2
      ? status(fetch(`${url}/api/themes/${pick(themes).id}`, { method: 'PATCH', headers: { ...editor, 'content-type': 'application/json' }, body: JSON.stringify({ summary: `Feelings are common. Edit ${n}.` }) }))
      : status(fetch(`${url}/api/messages/${draft.doc.id}?draft=true`, { method: 'PATCH', headers: { ...editor, 'content-type': 'application/json' }, body: JSON.stringify({ keyMessage: `Feelings after a baby are common, and help is there (${n}).` }) }))
  const upload: Action = () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `photo-${(n += 1)}.jpg`)
    form.append('_payload', JSON.stringify({ alt: 'A circle on a warm background, for the memory figures' }))
    return status(fetch(`${url}/api/media`, { method: 'POST', headers: admin, body: form }))
  }
  return { page, read, save, upload }
}

/** CLIENTS loops for SECONDS, each choosing its next request by weight. */
async function load(mix: [Action, number][]): Promise<{ requests: number; errors: number }> {
  const total = mix.reduce((sum, [, weight]) => sum + weight, 0)
  const choose = () => {
    let roll = Math.random() * total
    for (const [action, weight] of mix) if ((roll -= weight) < 0) return action
    return mix[0][0]
  }
  const stop = Date.now() + SECONDS * 1000
  let requests = 0
  let errors = 0
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < stop) {
        const code = await choose()().catch(() => 0)
        requests += 1
        if (code < 200 || code >= 400) errors += 1
      }
    }),
  )
  return { requests, errors }
}

export async function benchMemory(): Promise<MemoryFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-memory-'))
  const first = await startServer({ dataDir })
  await first.stop()
  const server = await startServer({ dataDir })
  try {
    const pid = serverPid(server)
    const serverStartMB = memoryOf(pid).rssMB
    const work = await actions(server)
    // The first start makes every approved message's cards and posters, each refreshing the site: let it finish.
    await generatedMaterialsSettled(server.url)
    const restMB = memoryOf(pid).rssMB
    const exact = resetPeak(pid)
    const rows: MemoryRow[] = []
    const phases: [string, [Action, number][]][] = [
      ['parent pages (cached)', [[work.page, 1]]],
      ['API reads', [[work.read, 1]]],
      ['saves (each theme save refreshes the site)', [[work.save, 1]]],
      ['image uploads (2400 x 1600 JPEG, three sizes made)', [[work.upload, 1]]],
      ['mixed: 70% pages, 20% API reads, 8% saves, 2% uploads', [[work.page, 70], [work.read, 20], [work.save, 8], [work.upload, 2]]],
    ]
    for (const [phase, mix] of phases) {
      let sampled = memoryOf(pid).rssMB
      if (exact) resetPeak(pid)
      const sampler = setInterval(() => (sampled = Math.max(sampled, memoryOf(pid).rssMB)), 100)
      const { requests, errors } = await load(mix)
      clearInterval(sampler)
      const now = memoryOf(pid)
      rows.push({ phase, requests, errors, peakMB: exact ? now.hwmMB : sampled, endMB: now.rssMB })
      console.error(`memory: ${phase}: peak ${rows.at(-1)!.peakMB} MB`)
    }
    return { serverStartMB, restMB, rows, peakMethod: exact ? 'the kernel\'s peak RSS (VmHWM), reset before each phase' : 'RSS sampled every 100 ms' }
  } finally {
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

export function printMemory(figures: MemoryFigures): void {
  console.log(`\n| server memory, ${CLIENTS} clients, ${SECONDS} s each | requests | errors | peak RSS | RSS after |`)
  console.log('|---|---|---|---|---|')
  console.log(`| just started | | | | ${figures.serverStartMB} MB |`)
  console.log(`| at rest, after the first materials | | | | ${figures.restMB} MB |`)
  for (const row of figures.rows) console.log(`| ${row.phase} | ${row.requests} | ${row.errors} | ${row.peakMB} MB | ${row.endMB} MB |`)
  console.log(`\nPeak: ${figures.peakMethod}.`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printMemory(await benchMemory())
}
