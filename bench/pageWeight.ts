// How many bytes a visitor downloads for one page: the HTML, its JavaScript and its CSS, raw and compressed.
// Sizes are compressed here with node:zlib at fixed settings (gzip level 6, brotli quality 11), so they describe the
// content and not whatever encoding a server happens to pick. The express `compression` middleware uses gzip level 6
// too but brotli quality 4, so our live brotli responses are somewhat larger than these figures.
import zlib from 'node:zlib'

export type PageWeight = {
  htmlBytes: number
  htmlGzip: number
  htmlBrotli: number
  /** External scripts plus inline scripts that a modern browser runs. */
  scripts: number
  jsBytes: number
  jsGzip: number
  jsBrotli: number
  cssGzip: number
  /** Document + external JS + CSS as sent over the wire; inline scripts are already inside the document. */
  totalGzip: number
  totalBrotli: number
}

type Tag = { attributes: Map<string, string>; body: string }

// One attribute: a name, optionally `=` and a double-quoted, single-quoted or bare value.
const ATTRIBUTE = /([^\s"'=<>\/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
// Quoted values may contain `>`, so the attribute run skips over quoted strings whole.
const ATTRIBUTE_RUN = `((?:[^>"']|"[^"]*"|'[^']*')*)`
const SCRIPT_TAG = new RegExp(`<script\\b${ATTRIBUTE_RUN}>([\\s\\S]*?)</script\\s*>`, 'gi')
const LINK_TAG = new RegExp(`<link\\b${ATTRIBUTE_RUN}>`, 'gi')
// Types the browser executes as script; JSON and other data blocks are just part of the document.
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript'])

function parseAttributes(run: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of run.matchAll(ATTRIBUTE)) {
    const value = match[2] ?? match[3] ?? match[4] ?? ''
    // &amp; is the only entity that turns up in our URLs (query strings).
    attributes.set(match[1].toLowerCase(), value.replace(/&amp;/g, '&'))
  }
  return attributes
}

function findTags(html: string, pattern: RegExp): Tag[] {
  return [...html.matchAll(pattern)].map((match) => ({ attributes: parseAttributes(match[1]), body: match[2] ?? '' }))
}

function isExecutableScript(tag: Tag): boolean {
  const type = (tag.attributes.get('type') ?? '').trim().toLowerCase()
  // Modern browsers skip nomodule scripts entirely, so they never download them.
  return JS_TYPES.has(type) && !tag.attributes.has('nomodule')
}

function relTokens(tag: Tag): string[] {
  return (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean)
}

type PageAssets = { scriptUrls: string[]; inlineScripts: string[]; styleUrls: string[] }

function findAssets(html: string, pageUrl: string): PageAssets {
  const scriptUrls = new Set<string>()
  const styleUrls = new Set<string>()
  const inlineScripts: string[] = []
  const resolve = (href: string) => new URL(href, pageUrl).href

  for (const tag of findTags(html, SCRIPT_TAG)) {
    if (!isExecutableScript(tag)) continue
    const src = tag.attributes.get('src')
    if (src) scriptUrls.add(resolve(src))
    else if (tag.body.trim()) inlineScripts.push(tag.body)
  }
  for (const tag of findTags(html, LINK_TAG)) {
    const href = tag.attributes.get('href')
    if (!href) continue
    const rel = relTokens(tag)
    const as = (tag.attributes.get('as') ?? '').toLowerCase()
    if (rel.includes('stylesheet')) styleUrls.add(resolve(href))
    else if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) scriptUrls.add(resolve(href))
  }
  return { scriptUrls: [...scriptUrls], inlineScripts, styleUrls: [...styleUrls] }
}

/** Raw bytes; identity encoding so the server spends nothing compressing what we measure ourselves. */
async function download(url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  const body = Buffer.from(await response.arrayBuffer())
  // A missing asset would silently shrink the figures, so it is an error.
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  return body
}

/** Other origins (none on our pages today) are not ours to weigh; say so rather than count them silently. */
function sameOrigin(urls: string[], origin: string): string[] {
  const ours = urls.filter((url) => new URL(url).origin === origin)
  for (const url of urls) if (!ours.includes(url)) console.warn(`pageWeight: not counting cross-origin ${url}`)
  return ours
}

type Sizes = { raw: number; gzip: number; brotli: number }

function measure(body: Buffer | string): Sizes {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 6 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  }
}

function sum(sizes: Sizes[]): Sizes {
  return sizes.reduce((total, size) => ({
    raw: total.raw + size.raw,
    gzip: total.gzip + size.gzip,
    brotli: total.brotli + size.brotli,
  }), { raw: 0, gzip: 0, brotli: 0 })
}

/** Weighs `path` on `baseUrl`: the HTML, every same-origin script and stylesheet it loads, and its inline scripts. */
export async function pageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const pageUrl = new URL(path, baseUrl).href
  const origin = new URL(pageUrl).origin
  const html = await download(pageUrl)
  const assets = findAssets(html.toString('utf8'), pageUrl)
  const scriptUrls = sameOrigin(assets.scriptUrls, origin)
  const styleUrls = sameOrigin(assets.styleUrls, origin)

  const document = measure(html)
  // Each file is compressed on its own, as a server sends it, not concatenated (which would compress better).
  const externalJs = sum(await Promise.all(scriptUrls.map(async (url) => measure(await download(url)))))
  const inlineJs = sum(assets.inlineScripts.map((body) => measure(body)))
  const css = sum(await Promise.all(styleUrls.map(async (url) => measure(await download(url)))))
  const js = sum([externalJs, inlineJs])

  return {
    htmlBytes: document.raw,
    htmlGzip: document.gzip,
    htmlBrotli: document.brotli,
    scripts: scriptUrls.length + assets.inlineScripts.length,
    jsBytes: js.raw,
    jsGzip: js.gzip,
    jsBrotli: js.brotli,
    cssGzip: css.gzip,
    totalGzip: document.gzip + externalJs.gzip + css.gzip,
    totalBrotli: document.brotli + externalJs.brotli + css.brotli,
  }
}

/** 12.3 KB, with 1 KB = 1024 bytes. */
export function formatKB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
