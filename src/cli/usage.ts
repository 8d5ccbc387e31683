/** A mistake in how the command was called: print the reason and the usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const usage = `Usage: campaign <command> [options]

Commands:
  start            Build if needed, migrate, add demo content to an empty database, and serve the site
                   (and run the jobs queues, unless JOBS=off). Refuses, exit 3, when the port is taken
                   or a live server holds the database, unless SHARED_DATABASE=1
  worker           Run the jobs queues (publishing, materials, email, webhooks) with no web server,
                   beside web processes started with JOBS=off
  build            Build the site and admin (skipped when the build is up to date; --force to rebuild)
  migrate          Bring the database schema up to date
  seed [--force]   Add the starter content from the strategy; refuses a database that has content
                   unless --force, which adds only what is missing
  check [--channel NAME] [--audience NAME] [--locale CODE] [--json] [--each-line] [FILE|-]
                   Check copy against the campaign's language, safety, plain-English and channel rules.
                   Reads FILE, or standard input when FILE is - or missing. Lines starting with "> " are
                   a lived-experience quote. --each-line checks every line as its own piece of copy
                   (with --json, one JSON object a line). Exit 1 when anything blocks, 0 otherwise.
  cards --message SLUG --out DIR [--locale CODE]
                   Make share cards from an approved message: SLUG-WIDTHxHEIGHT.png in five sizes
                   (1080x1080, 1080x1350, 1080x1920, 1200x630, 1600x900), and print each card's alt text
  poster --message SLUG --out FILE.pdf [--venue ID|SLUG] [--size A4|A3] [--locale CODE]
                   Make a printable poster from an approved message, with a QR code to its page on
                   PUBLIC_URL (with --venue, the venue's name and session times, and a QR code to
                   /q/<venue>/<message>, which counts scans per venue)
  test-mongo       Run the integration tests against MongoDB at MONGODB_URI
  help             Show this help

Settings come from the environment (see .env.example): PORT, HOST, PUBLIC_URL, DATABASE_URI,
PAYLOAD_SECRET, SMTP_URL, SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD, JOBS, SHARED_DATABASE.
Exit codes: 0 done or stopped cleanly, 1 failed, 2 wrong usage, 3 refused to start, 4 shutdown cut
short, 128+N killed by signal N (docs/operations.md).`

export type CommandShape = { flags?: string[]; options?: string[]; positional?: number }

type Parsed = { command: string; flags: Set<string>; options: Map<string, string>; positional: string[] }

export function parseArgs(argv: string[], known: Record<string, CommandShape>): Parsed {
  const [command = 'help', ...rest] = argv
  const help = { command: 'help', flags: new Set<string>(), options: new Map<string, string>(), positional: [] }
  if (command === '--help' || command === '-h') return help
  const shape = known[command]
  if (!shape) throw new UsageError(`Unknown command "${command}".`)
  const flags = new Set<string>()
  const options = new Map<string, string>()
  const positional: string[] = []
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]
    if (arg === '--help' || arg === '-h') return help
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split('=', 2) as [string, string | undefined]
      if (shape.options?.includes(name)) {
        const value = inline ?? rest[++index]
        if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`)
        options.set(name, value)
      } else if (shape.flags?.includes(name) && inline === undefined) flags.add(name)
      else throw new UsageError(`"${command}" does not take ${name}.`)
    } else positional.push(arg)
  }
  if (positional.length > (shape.positional ?? 0)) {
    throw new UsageError(`"${command}" takes ${shape.positional ? `at most ${shape.positional} file` : 'no file names'}; got ${positional.join(' ')}.`)
  }
  return { command, flags, options, positional }
}
