#!/usr/bin/env node
// `npx campaign ...`: runs the TypeScript command line (src/cli/main.ts) through tsx.
// --conditions=production: Lexical's default Node entry points use top-level await, which Node 20
// sometimes leaves unsettled (the process then exits silently); its production entry points do not.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsx = fileURLToPath(import.meta.resolve('tsx'))

const child = spawn(
  process.execPath,
  ['--conditions=production', '--no-deprecation', '--import', tsx, path.join(root, 'src/cli/main.ts'), ...process.argv.slice(2)],
  { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
