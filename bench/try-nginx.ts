// Scratch check for bench/nginx.ts and bench/pageWeight.ts: npx tsx bench/try-nginx.ts
import autocannon from 'autocannon'

import { startNginxMirror } from './nginx'
import { formatKB, pageWeight } from './pageWeight'

const home = `<!doctype html><html lang="en"><head><title>Home</title></head><body><h1>Home</h1>${'<p>Hello, parents.</p>'.repeat(200)}</body></html>`

// Attributes in mixed order and quoting; a duplicate preload, a JSON block and a nomodule script that must not count.
const inlineJs = `window.answer = ${JSON.stringify('x'.repeat(500))}; console.log(window.answer.length)`
const story = `<!doctype html><html><head>
<link href='/assets/site.css' rel="stylesheet">
<link as="script" rel='preload' href="/assets/app.js">
<link rel="modulepreload" href=/assets/app.js>
<script defer src='/assets/app.js'></script>
<script type="application/json" id="data">{"not":"javascript"}</script>
<script nomodule src="/assets/legacy.js"></script>
</head><body><h1>A story</h1><script>${inlineJs}</script></body></html>`

// The mirror serves any path, so the "assets" are pages too (served as text/html, which does not change their size).
const appJs = `export function greet(name) { return 'Hello ' + name }\n`.repeat(40)
const siteCss = `body { font-family: system-ui; margin: 0 auto; max-width: 40rem }\n`.repeat(20)

async function main() {
  const mirror = await startNginxMirror([
    { path: '/', html: home },
    { path: '/messages/a-story', html: story },
    { path: '/assets/app.js', html: appJs },
    { path: '/assets/site.css', html: siteCss },
  ])
  try {
    console.log(`nginx mirror at ${mirror.url}`)
    const result = await autocannon({ url: mirror.url + '/', connections: 20, duration: 3 })
    console.log(`GET / : ${Math.round(result.requests.average)} requests/s, p50 ${result.latency.p50} ms, ` +
      `p99 ${result.latency.p99} ms, errors ${result.errors + result.timeouts}, non-2xx ${result.non2xx}`)

    const weight = await pageWeight(mirror.url, '/messages/a-story')
    console.log(weight)
    console.log(`expected: scripts 2, jsBytes ${Buffer.byteLength(appJs) + Buffer.byteLength(inlineJs)}, ` +
      `htmlBytes ${Buffer.byteLength(story)}`)
    console.log(`total gzip ${formatKB(weight.totalGzip)}, brotli ${formatKB(weight.totalBrotli)}`)
  } finally {
    await mirror.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
