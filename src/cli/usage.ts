/** A mistake in how the command was called: print the reason and the usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const usage = `Usage: campaign <command> [options]

Commands:
  start            Build if needed, migrate, add demo content to an empty database, and serve the site
  build            Build the site and admin (skipped when the build is up to date; --force to rebuild)
  migrate          Bring the database schema up to date
  seed [--force]   Add the starter content from the strategy; refuses a database that has content
                   unless --force, which adds only what is missing
  test-mongo       Run the integration tests against MongoDB at MONGODB_URI
  help             Show this help

Settings come from the environment (see .env.example): PORT, HOST, PUBLIC_URL, DATABASE_URI,
PAYLOAD_SECRET, SMTP_URL, SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD.`

type Parsed = { command: string; flags: Set<string>; positional: string[] }

export function parseArgs(argv: string[], known: Record<string, string[]>): Parsed {
  const [command = 'help', ...rest] = argv
  if (command === '--help' || command === '-h') return { command: 'help', flags: new Set(), positional: [] }
  const allowed = known[command]
  if (!allowed) throw new UsageError(`Unknown command "${command}".`)
  const flags = new Set<string>()
  const positional: string[] = []
  for (const arg of rest) {
    if (arg === '--help' || arg === '-h') return { command: 'help', flags, positional }
    if (arg.startsWith('--')) {
      if (!allowed.includes(arg)) throw new UsageError(`"${command}" does not take ${arg}.`)
      flags.add(arg)
    } else positional.push(arg)
  }
  return { command, flags, positional }
}
