import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
/** Everything the Next build reads. A change to any of these makes the build stale. */
const buildInputs = ['src', 'payload.config.ts', 'next.config.ts', 'tsconfig.json', 'package-lock.json']
/** The command line itself runs outside the build, so editing it needs no rebuild. */
const notBuildInputs = [path.join('src', 'cli')]
const fingerprintFile = path.join(root, '.next', 'campaign-build-fingerprint')

export function sourceFingerprint(dir = root): string {
  const hash = createHash('sha256')
  const files = buildInputs
    .flatMap((input) => listFiles(path.join(dir, input)))
    .filter((file) => !notBuildInputs.some((skip) => path.relative(dir, file).startsWith(skip + path.sep)))
  for (const file of files.sort()) {
    hash.update(path.relative(dir, file)).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

function listFiles(target: string): string[] {
  if (!fs.existsSync(target)) return []
  if (fs.statSync(target).isFile()) return [target]
  return fs.readdirSync(target, { withFileTypes: true }).flatMap((entry) => listFiles(path.join(target, entry.name)))
}

export function buildIsCurrent(): boolean {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return false
  try {
    return fs.readFileSync(fingerprintFile, 'utf8').trim() === sourceFingerprint()
  } catch {
    return false
  }
}

type BuildOptions = {
  force?: boolean
  /** Lets the caller stop a build in progress (the start command on SIGTERM). */
  stopWhen?: (listener: (reason: string) => void) => void
}

export async function build({ force = false, stopWhen }: BuildOptions = {}): Promise<void> {
  if (!force && buildIsCurrent()) {
    console.log('campaign: the build is up to date.')
    return
  }
  console.log('campaign: building the site and admin (about a minute and a half)...')
  const fingerprint = sourceFingerprint()
  let stopped = false
  await run(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'build'],
    { NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation --conditions=production --max-old-space-size=4096', NEXT_TELEMETRY_DISABLED: '1' },
    (child) =>
      stopWhen?.(() => {
        stopped = true
        child.kill('SIGTERM')
      }),
  ).catch((error: unknown) => {
    // Stopped on purpose: the build is simply not finished, and the next start builds again.
    if (!stopped) throw error
  })
  if (!stopped) fs.writeFileSync(fingerprintFile, fingerprint + '\n')
}

function run(command: string, args: string[], env: Record<string, string>, started: (child: ChildProcess) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    started(child)
    child.on('error', reject)
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code ?? signal})`))))
  })
}
