import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type RunningServer, startServer } from '../helpers/server'
import { demoLogin } from '../helpers/site'

// Two production servers on one data folder (one SQLite file), as a rolling deploy or a second web process
// runs them. A change saved through one is on the other's pages and feeds without the other doing anything;
// a burst of saves is a handful of refreshes; pages a change did not touch are never made again. And the
// front cache never keeps an answer that is not a whole page (issue 13: one HEAD blanked a page for everyone).

let a: RunningServer
let b: RunningServer

beforeAll(async () => {
  const shared = { SHARED_DATABASE: '1' }
  a = await startServer({ env: shared })
  b = await startServer({ dataDir: a.dataDir, env: shared })
}, 400_000)

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
})

type Line = { msg?: string; time?: string | number; path?: string; method?: string; changes?: number; touched?: string[] | 'everything'; pages?: number }

const lines = (server: RunningServer, from = 0): Line[] =>
  server.output.slice(from).flatMap((line) => {
    try {
      return [JSON.parse(line) as Line]
    } catch {
      return []
    }
  })

/** Requests that reached Next (a page in memory never reaches Express, so never logs a request). */
const rendersOf = (server: RunningServer, path: string, from = 0) => lines(server, from).filter((line) => line.msg === 'request' && line.method === 'GET' && line.path === path).length
const refreshesOf = (server: RunningServer, from = 0) => lines(server, from).filter((line) => line.msg === 'site refreshed')

/** Waits until neither server has refreshed for a few seconds. */
async function quiet(servers: RunningServer[], seconds = 4): Promise<void> {
  const deadline = Date.now() + 240_000
  let counts = servers.map((server) => refreshesOf(server).length)
  let still = 0
  while (still < seconds * 4 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    const now = servers.map((server) => refreshesOf(server).length)
    still = now.every((count, index) => count === counts[index]) ? still + 1 : 0
    counts = now
  }
}

async function page(server: RunningServer, path: string): Promise<{ status: number; html: string; cache: string | null }> {
  const response = await fetch(server.url + path)
  return { status: response.status, html: await response.text(), cache: response.headers.get('x-page-cache') }
}

/** Visits each page until it is served from memory. */
async function warm(server: RunningServer, paths: string[]): Promise<void> {
  for (const path of paths) {
    for (let attempt = 0; attempt < 50 && (await page(server, path)).cache !== 'HIT'; attempt++) await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function asRole(server: RunningServer, role: string): Promise<Record<string, string>> {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoLogin(server.dataDir, role)),
  })
  return { authorization: `JWT ${(await login.json()).token}`, 'content-type': 'application/json' }
}

async function find(server: RunningServer, collection: string, slug: string): Promise<{ id: number; title?: string }> {
  const response = await fetch(`${server.url}/api/${collection}?draft=true&depth=0&where[slug][equals]=${slug}`, { headers: await asRole(server, 'admin') })
  return (await response.json()).docs[0]
}

/** Polls until `check` holds, and says how long that took (a figure to print; speed is measured in `npm run bench`). */
async function secondsUntil(check: () => Promise<boolean>, limitSeconds = 30): Promise<number | undefined> {
  const started = Date.now()
  while (Date.now() - started < limitSeconds * 1000) {
    if (await check()) return (Date.now() - started) / 1000
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return undefined
}

describe('one content version that every server process follows', () => {
  it("puts a publication through one process on the other's pages and feeds, and leaves other pages alone", async () => {
    // The first start makes every approved message's cards and posters; each is a change to the library.
    await quiet([a, b])
    const slug = 'one-minute-interaction-with-dads'
    const message = await find(a, 'messages', slug)
    const touched = ['/', '/dads', '/themes/dads-and-co-parents', `/messages/${slug}`]
    const untouched = ['/services', '/accessibility', '/messages/baby-blues-or-something-more', '/themes/birth-trauma']
    await warm(b, [...touched.filter((path) => path !== `/messages/${slug}`), ...untouched])
    expect((await page(b, `/messages/${slug}`)).status).toBe(404)
    const before = b.output.length

    const published = await fetch(`${a.url}/api/messages/${message.id}`, {
      method: 'PATCH',
      headers: await asRole(a, 'publisher'),
      body: JSON.stringify({ workflow: { state: 'published' } }),
    })
    expect(published.status, await published.clone().text()).toBe(200)

    const onB = async () => {
      const [home, dads, theme, own, rss] = await Promise.all([
        page(b, '/'),
        page(b, '/dads'),
        page(b, '/themes/dads-and-co-parents'),
        page(b, `/messages/${slug}`),
        fetch(`${b.url}/feeds/rss.xml`).then((response) => response.text()),
      ])
      return [home, dads, theme].every(({ html }) => html.includes(message.title!)) && own.status === 200 && rss.includes(message.title!)
    }
    const seconds = await secondsUntil(onB)
    console.log(`published through A: on B's pages and feeds after ${seconds} s`)
    expect(seconds, 'the publication reached the other process').toBeDefined()
    for (const path of untouched) expect(rendersOf(b, path, before), `${path} made again`).toBe(0)
  })

  it('folds a burst of 50 saves into a handful of refreshes, and never makes an untouched page again', async () => {
    await quiet([a, b])
    const theme = await find(a, 'themes', 'bonding')
    const touched = ['/', '/themes/bonding', '/materials']
    const untouched = ['/services', '/accessibility', '/privacy', '/dads', '/get-help', '/messages/baby-blues-or-something-more', '/themes/birth-trauma']
    await warm(b, [...touched, ...untouched])
    const [fromA, fromB] = [a.output.length, b.output.length]

    const editor = await asRole(a, 'editor')
    // Visitors read every page on B throughout, so each touched page is asked for after every refresh.
    let saving = true
    const reading = (async () => {
      while (saving) await Promise.all([...touched, ...untouched].map((path) => page(b, path)))
    })()
    const started = Date.now()
    const save = (n: number) =>
      fetch(`${a.url}/api/themes/${theme.id}`, { method: 'PATCH', headers: editor, body: JSON.stringify({ summary: `Bonding can take time: save ${n} of 50.` }) }).then(
        (response) => expect(response.status).toBe(200),
      )
    // Five editors' worth of saves at once, fifty in all.
    for (let round = 0; round < 10; round++) await Promise.all(Array.from({ length: 5 }, (_, n) => save(round * 5 + n + 1)))
    const burstSeconds = (Date.now() - started) / 1000
    saving = false
    await reading
    const last = (await (await fetch(`${a.url}/api/themes/${theme.id}`, { headers: editor })).json()).summary as string
    expect(await secondsUntil(async () => (await page(b, '/themes/bonding')).html.includes(last))).toBeDefined()
    await quiet([a, b], 2)

    for (const [name, server, from] of [['A', a, fromA], ['B', b, fromB]] as const) {
      const refreshes = refreshesOf(server, from)
      console.log(`${name}: 50 saves in ${burstSeconds.toFixed(1)} s, ${refreshes.length} refreshes; home made ${rendersOf(server, '/', from)} times`)
      // At most one refresh a second, however fast the saves come (the machine's pace decides how many seconds
      // the burst lasts, so the gaps are what is checked), and never anything like one per save.
      const times = refreshes.map((line) => new Date(line.time!).getTime())
      for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1], `${name}: gap before refresh ${i + 1}`).toBeGreaterThanOrEqual(950)
      expect(refreshes.length, `${name} refreshes`).toBeLessThanOrEqual(10)
      expect(refreshes.reduce((sum, line) => sum + (line.changes ?? 0), 0), `${name} saw every save`).toBeGreaterThanOrEqual(50)
    }
    for (const path of untouched) expect(rendersOf(b, path, fromB), `${path} made again on B`).toBe(0)
    // A touched page is made once per refresh at most, however many visitors asked meanwhile.
    for (const path of touched) expect(rendersOf(b, path, fromB), `${path} on B`).toBeLessThanOrEqual(refreshesOf(b, fromB).length)
  })
})

describe('what the front cache of a real server never keeps', () => {
  it('keeps no empty answer to a HEAD: the page stays whole for the next visitor (issue 13, item 2)', async () => {
    const head = await fetch(`${a.url}/privacy`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    const after = await page(a, '/privacy')
    expect(after.status).toBe(200)
    expect(after.html).toContain('</html>')
    expect(after.html.length).toBeGreaterThan(1000)
    await warm(a, ['/privacy'])
    const again = await fetch(`${a.url}/privacy`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } })
    expect(again.headers.get('x-page-cache')).toBe('HIT')
    expect(Number(again.headers.get('content-length'))).toBe(Buffer.byteLength(after.html))
  })

  it('keeps no 304 or part of a page: conditional and Range requests on a page not yet kept', async () => {
    const plain = await fetch(`${b.url}/partners/check-your-email`)
    const etag = plain.headers.get('etag')
    expect(etag).toMatch(/^W\//)
    await plain.text()
    // B has just made it; ask A, which has not, with B's tag (the same bytes, the same tag) and with a range.
    const conditional = await fetch(`${a.url}/partners/check-your-email`, { headers: { 'if-none-match': etag! } })
    expect(conditional.status).toBe(200)
    expect(await conditional.text()).toContain('</html>')
    const ranged = await fetch(`${a.url}/email-updates/check-your-email`, { headers: { range: 'bytes=0-99' } })
    expect(ranged.status).toBe(200)
    await ranged.text()
    for (const path of ['/partners/check-your-email', '/email-updates/check-your-email']) {
      await warm(a, [path])
      const kept = await page(a, path)
      expect(kept.html, path).toContain('</html>')
    }
  })

  it('keeps no half page when the visitor leaves mid-render', async () => {
    // A raw request that hangs up while Next is still making a page not yet kept.
    await new Promise<void>((resolve) => {
      const request = http.get(`${a.url}/get-help`)
      request.on('error', () => resolve())
      setTimeout(() => {
        request.destroy()
        resolve()
      }, 20)
    })
    await warm(a, ['/get-help'])
    const kept = await page(a, '/get-help')
    expect(kept.cache).toBe('HIT')
    expect(kept.html).toContain('</html>')
  })
})
