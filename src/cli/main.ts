// The `campaign` command: one entry point for operators and scripts, thin over the same modules the server uses.
import nextEnv from '@next/env'

import { ConfigError, RefusedToStart } from '../config/errors'
import { EXIT } from '../config/exitCodes'
import { build } from './build'
import { cards } from './cards'
import { migrate } from './migrate'
import { poster } from './poster'
import { seedCommand } from './seed'
import { start } from './start'
import { testMongo } from './testMongo'
import { type CommandShape, parseArgs, usage, UsageError } from './usage'
import { worker } from './worker'

const commands: Record<string, CommandShape> = {
  help: {},
  start: {},
  worker: {},
  build: { flags: ['--force'] },
  migrate: {},
  seed: { flags: ['--force'] },
  check: { flags: ['--json', '--each-line'], options: ['--channel', '--audience', '--locale'], positional: 1 },
  cards: { options: ['--message', '--out', '--locale'] },
  poster: { options: ['--message', '--venue', '--size', '--out', '--locale'] },
  'test-mongo': {},
}

async function main(argv: string[]): Promise<number> {
  // The command line works on the real database: always production mode, so migrations apply and the schema
  // is never pushed (a push can ask to drop data and then quietly exit). Development uses `npm run dev`.
  Object.assign(process.env, { NODE_ENV: 'production' })
  nextEnv.loadEnvConfig(process.cwd())
  const { command, flags, options, positional } = parseArgs(argv, commands)
  switch (command) {
    case 'help':
      console.log(usage)
      return 0
    case 'start':
      return start()
    case 'worker':
      return worker()
    case 'build':
      await build({ force: flags.has('--force') })
      return 0
    case 'migrate':
      await migrate()
      return 0
    case 'seed':
      return seedCommand({ force: flags.has('--force') })
    case 'check': {
      // Loaded only when needed: the checker's word lists take a second to load, which other commands need not pay.
      const { check } = await import('./check')
      return check({
        channel: options.get('--channel'),
        audience: options.get('--audience'),
        locale: options.get('--locale'),
        json: flags.has('--json'),
        eachLine: flags.has('--each-line'),
        file: positional[0],
      })
    }
    case 'cards':
      return cards({ message: options.get('--message'), out: options.get('--out'), locale: options.get('--locale') })
    case 'poster':
      return poster({
        message: options.get('--message'),
        venue: options.get('--venue'),
        size: options.get('--size'),
        out: options.get('--out'),
        locale: options.get('--locale'),
      })
    case 'test-mongo':
      return testMongo()
  }
  return EXIT.usage
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`campaign: ${error.message}\n\n${usage}`)
      process.exit(EXIT.usage)
    }
    if (error instanceof RefusedToStart) {
      console.error(`campaign: ${error.message}`)
      process.exit(EXIT.refused)
    }
    if (error instanceof ConfigError) {
      console.error(`campaign: ${error.message}`)
      process.exit(EXIT.failed)
    }
    console.error(error)
    process.exit(EXIT.failed)
  },
)
