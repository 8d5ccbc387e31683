// The benchmark's ceiling: Debian's nginx serving the very HTML our server rendered, saved to disk. Whatever our
// server does per request (routing, rendering, compression, headers), nginx serving a static file is about as fast
// as answering that URL can be on this machine, so it bounds what any optimisation of ours could reach.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type MirrorPage = { path: string; html: string }
export type NginxMirror = { url: string; stop(): Promise<void> }

// Resolved from this file so the bench works from any working directory.
const ENSURE_NGINX = fileURLToPath(new URL('../scripts/ensure-nginx.sh', import.meta.url))
const READY_TIMEOUT_MS = 10_000
const STOP_TIMEOUT_MS = 5_000

/** A port nobody is using now; nginx needs a number in its config, it cannot report an ephemeral one back. */
async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

/** Debian puts nginx in /usr/sbin, which is not on a non-root user's PATH. (The process tests use it too.) */
export function findNginx(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).concat('/usr/sbin')) {
    if (!dir) continue
    const candidate = path.join(dir, 'nginx')
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      return candidate
    } catch {
      // not here; keep looking
    }
  }
  throw new Error('nginx was not found on PATH or at /usr/sbin/nginx; run scripts/ensure-nginx.sh')
}

/** `/` -> index.html, `/services` -> services/index.html, so `try_files $uri/index.html` finds every page. */
function fileForPage(root: string, urlPath: string): string {
  const segments = urlPath.split('?')[0].split('/').filter(Boolean)
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    throw new Error(`Refusing to mirror a page outside the mirror's folder: ${urlPath}`)
  }
  return path.join(root, ...segments, 'index.html')
}

function writePages(root: string, pages: MirrorPage[]): void {
  for (const page of pages) {
    const file = fileForPage(root, page.path)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, page.html)
  }
}

/** A config that needs no root-owned paths: pid, logs and every temp folder live in the mirror's own folder. */
function nginxConfig(root: string, port: number): string {
  const inRoot = (name: string) => path.join(root, name)
  return `daemon off;
master_process on;
worker_processes auto;
pid ${inRoot('nginx.pid')};
error_log ${inRoot('error.log')} warn;

events {
  worker_connections 1024;
}

http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  types { text/html html; }
  # No gzip on purpose: autocannon sends no Accept-Encoding, so our server answers with identity bytes too and
  # both sides move the same bytes. Compressed sizes are reported separately (bench/pageWeight.ts).
  client_body_temp_path ${inRoot('client_body_temp')};
  proxy_temp_path ${inRoot('proxy_temp')};
  fastcgi_temp_path ${inRoot('fastcgi_temp')};
  uwsgi_temp_path ${inRoot('uwsgi_temp')};
  scgi_temp_path ${inRoot('scgi_temp')};

  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / {
      try_files $uri $uri/index.html =404;
    }
  }
}
`
}

function readErrorLog(root: string): string {
  try {
    return fs.readFileSync(path.join(root, 'error.log'), 'utf8').trim()
  } catch {
    return '(no error.log was written)'
  }
}

/** Resolves once `/` answers 200; rejects if nginx exits first or the deadline passes. */
async function waitUntilServing(url: string, exited: Promise<number | null>): Promise<void> {
  let exitCode: number | null | undefined
  void exited.then((code) => (exitCode = code ?? -1))
  const deadline = Date.now() + READY_TIMEOUT_MS
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`nginx exited with code ${exitCode} before serving`)
    try {
      const response = await fetch(url + '/', { signal: AbortSignal.timeout(1_000) })
      await response.arrayBuffer()
      if (response.status === 200) return
      lastProblem = `GET / answered ${response.status}`
    } catch (error) {
      lastProblem = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`nginx did not serve / within ${READY_TIMEOUT_MS / 1000} s (${lastProblem})`)
}

/** SIGTERM is nginx's fast shutdown; fall back to SIGKILL so a stuck nginx cannot hang the bench. */
async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  // No pid means the spawn itself failed, and no exit event will ever come.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}

async function stopMirror(child: ChildProcess, exited: Promise<number | null>, root: string): Promise<void> {
  await stopProcess(child, exited)
  fs.rmSync(root, { recursive: true, force: true })
}

/** Starts nginx on a free loopback port serving `pages` from a fresh temp folder; stop() removes it all again. */
export async function startNginxMirror(pages: MirrorPage[]): Promise<NginxMirror> {
  execFileSync('bash', [ENSURE_NGINX], { stdio: 'inherit' })
  const binary = findNginx()
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-nginx-'))
  let child: ChildProcess | undefined
  let exited: Promise<number | null> = Promise.resolve(null)
  try {
    // mkdtemp makes the folder 0700; when the bench runs as root, nginx's workers run as nobody and must read it.
    fs.chmodSync(root, 0o755)
    writePages(root, pages)
    const port = await freePort()
    const configFile = path.join(root, 'nginx.conf')
    fs.writeFileSync(configFile, nginxConfig(root, port))

    // -e (nginx >= 1.19.5) keeps nginx away from /var/log/nginx/error.log before it has read our config.
    child = spawn(binary, ['-c', configFile, '-p', root + path.sep, '-e', path.join(root, 'error.log')], {
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    const running = child
    exited = new Promise((resolve) => running.once('exit', (code) => resolve(code)))
    const spawnFailed = new Promise<number | null>((resolve) => running.once('error', () => resolve(-1)))
    const url = `http://127.0.0.1:${port}`
    await waitUntilServing(url, Promise.race([exited, spawnFailed]))
    return { url, stop: () => stopMirror(running, exited, root) }
  } catch (error) {
    if (!child) {
      fs.rmSync(root, { recursive: true, force: true })
      throw error
    }
    await stopProcess(child, exited).catch(() => undefined)
    const log = readErrorLog(root)
    fs.rmSync(root, { recursive: true, force: true })
    throw new Error(`${(error as Error).message}\nnginx error.log:\n${log}`)
  }
}
