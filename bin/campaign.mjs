#!/usr/bin/env node
// `npx campaign ...`: runs the TypeScript command line (src/cli/main.ts) through tsx.
// --conditions=production: Lexical's default Node entry points use top-level await, which Node 20
// sometimes leaves unsettled (the process then exits silently); its production entry points do not.
import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsx = fileURLToPath(import.meta.resolve('tsx'))

const child = spawn(
  process.execPath,
  ['--conditions=production', '--no-deprecation', '--import', tsx, path.join(root, 'src/cli/main.ts'), ...process.argv.slice(2)],
  { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } },
)

// Asked to stop: pass it on and wait for the command to finish cleanly, within the shutdown bound and a margin.
let killer
function stop(signal) {
  child.kill(signal)
  killer ??= setTimeout(() => child.kill('SIGKILL'), Number(process.env.SHUTDOWN_TIMEOUT_MS || 10_000) + 10_000)
  killer.unref()
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal))
// npm does not pass SIGTERM on to its script (it exits and leaves the script under PID 1), and a parent killed
// with SIGKILL cannot: so when the process that started this one is gone, stop as if told to.
const parent = process.ppid
if (parent > 1) setInterval(() => process.ppid !== parent && stop('SIGTERM'), 500).unref()

// Killed by a signal is a failure, by shell convention 128 + its number (SIGKILL: 137), never a quiet 0.
child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)))
