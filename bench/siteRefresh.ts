// The public site while content changes: the home page under a burst of saves and materials generation against
// the same page at rest; how long a publication takes to be live on two server processes; and what reaches
// Next when fifty readers load pages while an editor saves every second and a message is published. Real
// production servers on one data folder, as `npm start` runs them. Prints figures; asserts nothing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { richTextFromParagraphs } from '../src/domain/richText'
import { type RunningServer, startServer } from '../tests/helpers/server'
import { demoLogin } from '../tests/helpers/site'

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const READERS_SECONDS = Number(process.env.BENCH_READERS_SECONDS || 30)
const PUBLISHES = Number(process.env.BENCH_PUBLISHES || 20)

/** The pages fifty readers load, in turn. */
const READ_PAGES = ['/', '/services', '/dads', '/get-help', '/themes/bonding', '/messages/intrusive-thoughts-are-common', '/pl', '/materials']

export type Load = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number }
/** The home page while something changes, and just before, at rest (the machine is shared: compare neighbours). */
type WhileChanging = Load & { what: string; atRest: Load; refreshes: number; homeRenders: number }
/** CPU the serving process spent, in thousandths of a core: idle, and following a burst saved through another. */
type FollowingCost = { idle: number; following: number; saves: number; refreshes: number; renders: number }
export type SiteRefreshFigures = {
  following: FollowingCost
  home: WhileChanging[]
  publishToLive: { runs: number; p50: number; p95: number; max: number }
  readers: { atRest: Load & { reachedNext: number }; withWrites: Load & { reachedNext: number; saves: number; refreshes: number } }
}

const shared = { SHARED_DATABASE: '1' }

export async function benchSiteRefresh(): Promise<SiteRefreshFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-site-'))
  const a = await startServer({ dataDir, env: shared })
  let b: RunningServer | undefined
  try {
    await quiet(a)
    const people = await signIn(a, ['editor', 'reviewer', 'publisher', 'admin'])
    await warm(a, READ_PAGES)

    // 1. The home page at rest, then while content changes: one process doing everything, as `npm start` runs.
    const home: WhileChanging[] = []
    const homeWhile = async (what: string, change: () => { stop(): Promise<unknown> }, seconds = SECONDS) => {
      await quiet(a)
      await warm(a, ['/'])
      const atRest = await load(a.url + '/', 20, seconds)
      const from = a.output.length
      const changing = change()
      const figures = await load(a.url + '/', 20, seconds)
      await changing.stop()
      home.push({ ...figures, what, atRest, refreshes: refreshes(a, from), homeRenders: requestsTo(a, ['/'], from) })
    }
    await homeWhile(`a theme saved 5 times a second (${5 * SECONDS} saves; each touches the home page)`, () => changeWhile(a, people, { savesPerSecond: 5 }))
    // Approved beforehand: the window holds the publications and the cards and posters they make.
    const ready = [await approvedMessage(a, people), await approvedMessage(a, people)]
    // Twice as long: the materials queue runs every ten seconds, and making them takes a few more.
    await homeWhile('two messages published, their share cards and posters made', () => publishing(a, people, ready), 2 * SECONDS)

    // 2. Fifty readers across the site for a while at rest, then as long again with an editor saving every second
    //    and a message being published. Requests that reach Next are those the front cache could not answer.
    await quiet(a)
    await warm(a, READ_PAGES)
    const restFrom = a.output.length
    const atRest = await loadPages(a.url, 50, READERS_SECONDS)
    const readersAtRest = { ...atRest, reachedNext: requestsTo(a, READ_PAGES, restFrom) }
    const message = await approvedMessage(a, people)
    const writesFrom = a.output.length
    const saving = changeWhile(a, people, { savesPerSecond: 1 })
    const published = publishing(a, people, [message])
    const withWrites = await loadPages(a.url, 50, READERS_SECONDS)
    const { saves } = await saving.stop()
    await published.stop()
    const readersWithWrites = { ...withWrites, reachedNext: requestsTo(a, READ_PAGES, writesFrom), saves, refreshes: refreshes(a, writesFrom) }

    // 3. A second process on the same database: saves through it, then publications through the first, each
    //    timed until both serve it.
    b = await startServer({ dataDir, env: shared })
    const second = b
    const following = await followingCost(a, b, people)
    await homeWhile(`a theme saved 5 times a second through a second process (${5 * SECONDS} saves)`, () => changeWhile(second, people, { savesPerSecond: 5 }))
    await warm(b, ['/'])
    const times: number[] = []
    for (let run = 0; run < PUBLISHES; run++) times.push(await publishAndWatch(a, [a, b], people, run))
    times.sort((x, y) => x - y)
    const at = (share: number) => times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)]
    return {
      following,
      home,
      publishToLive: { runs: times.length, p50: at(0.5), p95: at(0.95), max: times.at(-1)! },
      readers: { atRest: readersAtRest, withWrites: readersWithWrites },
    }
  } finally {
    await Promise.all([a.stop(), b?.stop()])
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

type People = Record<string, Record<string, string>>

export async function signIn(server: RunningServer, roles: string[]): Promise<People> {
  const people: People = {}
  for (const role of roles) {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(demoLogin(server.dataDir, role)),
    })
    people[role] = { authorization: `JWT ${(await response.json()).token}`, 'content-type': 'application/json' }
  }
  return people
}

export async function api(server: RunningServer, headers: Record<string, string>, method: string, route: string, body?: unknown): Promise<{ id: number }> {
  const response = await fetch(server.url + route, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`)
  return JSON.parse(text).doc
}

let unique = 0

/** A new message through the whole workflow up to approval; returns it ready to publish. */
export async function approvedMessage(server: RunningServer, people: People): Promise<{ id: number; title: string }> {
  const n = `${process.pid}-${Date.now()}-${++unique}`
  const title = `Feelings after a baby are common ${n}`
  const { id } = await api(server, people.editor, 'POST', '/api/messages?draft=true', {
    title,
    slug: `feelings-after-a-baby-${n}`,
    keyMessage: 'Feelings after a baby are common, and help is there.',
    body: richTextFromParagraphs(['Many parents have feelings they did not expect.', 'You can talk about them.']),
    audiences: ['all-parents'],
  })
  await api(server, people.editor, 'PATCH', `/api/messages/${id}?draft=true`, { workflow: { state: 'in_review' } })
  await api(server, people.reviewer, 'PATCH', `/api/messages/${id}?draft=true`, { workflow: { state: 'approved' } })
  return { id, title }
}

/** Publishes a message through `via` and returns the seconds until every server's home page shows it. */
async function publishAndWatch(via: RunningServer, servers: RunningServer[], people: People, run: number): Promise<number> {
  const message = await approvedMessage(via, people)
  await api(via, people.publisher, 'PATCH', `/api/messages/${message.id}`, { workflow: { state: 'published' } })
  // From the moment the publication is saved (the response) until it is live everywhere.
  const saved = Date.now()
  const live = new Set<RunningServer>()
  while (live.size < servers.length) {
    if (Date.now() - saved > 60_000) throw new Error(`publication ${run} not live everywhere after a minute`)
    for (const server of servers) {
      if (!live.has(server) && (await (await fetch(server.url + '/')).text()).includes(message.title)) live.add(server)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return (Date.now() - saved) / 1000
}

/** Saves a theme's summary steadily through `server` until stopped. */
export function changeWhile(server: RunningServer, people: People, { savesPerSecond }: { savesPerSecond: number }) {
  let going = true
  let saves = 0
  const saving = (async () => {
    const found = await (await fetch(`${server.url}/api/themes?depth=0&where[slug][equals]=bonding`, { headers: people.admin })).json()
    while (going) {
      const next = Date.now() + 1000 / savesPerSecond
      await api(server, people.editor, 'PATCH', `/api/themes/${found.docs[0].id}`, { summary: `Bonding can take time (${++saves}).` })
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())))
    }
  })()
  return {
    async stop() {
      going = false
      await saving
      return { saves }
    },
  }
}

/** Publishes approved messages now; stopping waits for the publications (their materials follow on the queue). */
function publishing(server: RunningServer, people: People, messages: { id: number }[]) {
  const done = Promise.all(messages.map((message) => api(server, people.publisher, 'PATCH', `/api/messages/${message.id}`, { workflow: { state: 'published' } })))
  return { stop: () => done }
}

/**
 * What following the content version costs the serving process itself, measured as CPU time (steady however
 * busy the shared machine is, unlike requests/s): A at idle, then while a theme is saved five times a second
 * through B and one reader asks A for the home page ten times a second, so A makes it again after each refresh.
 */
async function followingCost(a: RunningServer, b: RunningServer, people: People): Promise<FollowingCost> {
  await quiet(a)
  const idle = await cpuDuring(a, SECONDS, async () => undefined)
  const from = a.output.length
  let saves = 0
  const following = await cpuDuring(a, SECONDS, async (until) => {
    const saving = changeWhile(b, people, { savesPerSecond: 5 })
    while (Date.now() < until) {
      await (await fetch(a.url + '/')).text()
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    saves = (await saving.stop()).saves
  })
  return { idle, following, saves, refreshes: refreshes(a, from), renders: requestsTo(a, ['/'], from) }
}

/** Thousandths of a core the server's processes used while `work` ran for `seconds`. */
async function cpuDuring(server: RunningServer, seconds: number, work: (until: number) => Promise<void>): Promise<number> {
  const before = cpuTicks(server.child.pid!)
  const started = Date.now()
  await Promise.all([work(started + seconds * 1000), new Promise((resolve) => setTimeout(resolve, seconds * 1000))])
  const elapsed = (Date.now() - started) / 1000
  // Linux counts CPU time in clock ticks of 1/100 s.
  return Math.round(((cpuTicks(server.child.pid!) - before) * 10) / elapsed)
}

/** User and system CPU ticks of a process and all its descendants (campaign start, then the server itself). */
function cpuTicks(root: number): number {
  const stats = fs.readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return []
    try {
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
      return [{ pid: Number(entry), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }]
    } catch {
      return []
    }
  })
  const tree = new Set([root])
  for (let grew = true; grew; ) {
    grew = false
    for (const stat of stats) if (!tree.has(stat.pid) && tree.has(stat.ppid)) grew = tree.add(stat.pid) !== undefined
  }
  return stats.filter((stat) => tree.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0)
}

export async function load(url: string, connections: number, seconds: number): Promise<Load> {
  return figures(await autocannon({ url, connections, duration: seconds }))
}

async function loadPages(base: string, connections: number, seconds: number): Promise<Load> {
  return figures(await autocannon({ url: base, connections, duration: seconds, requests: READ_PAGES.map((page) => ({ method: 'GET', path: page })) }))
}

function figures(result: autocannon.Result): Load {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

type Line = { msg?: string; path?: string; method?: string }

function lines(server: RunningServer, from: number): Line[] {
  return server.output.slice(from).flatMap((line) => {
    try {
      return [JSON.parse(line) as Line]
    } catch {
      return []
    }
  })
}

/** Page requests that reached Express, so Next: a page answered from memory never does. */
export const requestsTo = (server: RunningServer, paths: string[], from: number) =>
  lines(server, from).filter((line) => line.msg === 'request' && line.method === 'GET' && paths.includes(line.path ?? '')).length

export const refreshes = (server: RunningServer, from: number) => lines(server, from).filter((line) => line.msg === 'site refreshed').length

/** Visits each page until it comes from memory. */
export async function warm(server: RunningServer, paths: string[]): Promise<void> {
  for (const page of paths) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const response = await fetch(server.url + page)
      await response.text()
      if (response.headers.get('x-page-cache') === 'HIT') break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

/** Waits until the server has not refreshed for five seconds (the first start makes every message's materials). */
export async function quiet(server: RunningServer): Promise<void> {
  let last = -1
  let still = 0
  for (let waited = 0; waited < 300 && still < 5; waited++) {
    const now = refreshes(server, 0)
    still = now === last ? still + 1 : 0
    last = now
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

const row = (name: string, figuresOf: Load, extra = '') =>
  `| ${name} | ${figuresOf.requestsPerSecond} | ${figuresOf.p50} | ${figuresOf.p99} | ${figuresOf.errors} | ${figuresOf.non2xx} |${extra}`

export function printSiteRefresh(site: SiteRefreshFigures): void {
  const { following, home, publishToLive, readers } = site
  console.log(
    `\nFollowing the content version costs the serving process ${following.idle / 10}% of a core at idle, and ` +
      `${following.following / 10}% while ${following.saves} saves go through another process ` +
      `(${following.refreshes} refreshes; the home page, asked for ten times a second, made ${following.renders} times).`,
  )
  console.log(`\n| home page, 20 connections | requests/s | p50 ms | p99 ms | errors | non-2xx | of at rest just before | refreshes | home page made |`)
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const during of home) {
    console.log(row('at rest', during.atRest, ' | | |'))
    console.log(row(`while ${during.what}`, during, ` ${(during.requestsPerSecond / during.atRest.requestsPerSecond).toFixed(2)} | ${during.refreshes} | ${during.homeRenders} |`))
  }
  console.log(`\n| ${READ_PAGES.length} pages, 50 readers, ${READERS_SECONDS} s | requests/s | p50 ms | p99 ms | errors | non-2xx | requests that reached Next |`)
  console.log('|---|---|---|---|---|---|---|')
  console.log(row('no writes', readers.atRest, ` ${readers.atRest.reachedNext} |`))
  console.log(row(`an editor saving every second (${readers.withWrites.saves} saves), a message published`, readers.withWrites, ` ${readers.withWrites.reachedNext} |`))
  console.log(`\nPublish to live on both processes (${publishToLive.runs} publications through one of two, from the saved publication until both home pages show it): p50 ${publishToLive.p50.toFixed(2)} s, p95 ${publishToLive.p95.toFixed(2)} s, slowest ${publishToLive.max.toFixed(2)} s`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printSiteRefresh(await benchSiteRefresh())
}
