import type { Access, Endpoint, SanitizedConfig } from 'payload'

import { isTeamMember } from '@/domain/roles'

import { nobody } from './nobody'

// Payload adds collections of its own while it builds the config (after plugins run), with defaults that
// open some of them to any signed-in account: a self-registered partner could list, make and delete
// document locks (blocking the team's saves and seeing who edits what) and keep admin preferences. Here
// each gets the team's rule, once the config is built. A collection Payload adds in a later version stops
// the start until someone decides who may use it.

const team: Access = ({ req: { user } }) => isTeamMember(user)

/** Inside the team only, and then only what Payload's own rule allows (a preference is one's own). */
const teamAnd =
  (inner: Access | undefined): Access =>
  async (args) =>
    isTeamMember(args.req.user) ? (inner ? inner(args) : true) : false

type Rules = { read: Access; create: Access; update: Access; delete: Access; readVersions?: Access }

const closed: Rules = { read: nobody, create: nobody, update: nobody, delete: nobody, readVersions: nobody }

/** Payload's own globals: the job scheduler's record of when scheduled work last ran, which it reads and writes directly. */
export const payloadOwnGlobals: Record<string, { read: Access; update: Access; readVersions?: Access }> = {
  'payload-jobs-stats': { read: nobody, update: nobody, readVersions: nobody },
}
/** Payload's own globals are not in the GraphQL schema at all: nobody asks for them, there or anywhere. */
const outOfGraphql = new Set(['payload-jobs-stats'])

/** Who may use each of Payload's own collections. Kept in step with `accessMatrix` (src/access/matrix.ts). */
export const payloadOwnCollections: Record<string, (current: Partial<Rules>) => Rules> = {
  // The admin marks a document being edited and lets a colleague take it over: the team, all of it.
  'payload-locked-documents': () => ({ read: team, create: team, update: team, delete: team }),
  // Column choices, open groups and the like: the team, each person only their own.
  'payload-preferences': (current) => ({
    read: teamAnd(current.read),
    create: team,
    update: teamAnd(current.update),
    delete: teamAnd(current.delete),
  }),
  // The server's own bookkeeping: only the server, through its own code, ever reads or writes these.
  'payload-jobs': () => closed,
  'payload-kv': () => closed,
  'payload-migrations': () => closed,
}

/**
 * Gives each of Payload's own collections the team's rules, and its extra addresses the same guard; and hides
 * the sessions Payload keeps on each account from every API answer.
 */
export function closePayloadsOwnCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    // Payload keeps the fields twice (as given, and flattened for reading): both get the rule.
    if (collection.auth) for (const fields of [collection.fields, collection.flattenedFields]) hideSessions(fields as Parameters<typeof hideSessions>[0])
    if (!collection.slug.startsWith('payload-')) continue
    const rules = payloadOwnCollections[collection.slug]
    if (!rules) {
      throw new Error(
        `Payload added a collection of its own, "${collection.slug}", that nobody has decided access for. ` +
          'Add it to payloadOwnCollections in src/access/payloadCollections.ts and to src/access/matrix.ts.',
      )
    }
    collection.access = { ...collection.access, ...rules(collection.access as Partial<Rules>) }
    if (Array.isArray(collection.endpoints)) collection.endpoints = collection.endpoints.map((endpoint) => forTheTeam(endpoint, collection.slug))
  }
  for (const global of config.globals) {
    if (!global.slug.startsWith('payload-')) continue
    const rules = payloadOwnGlobals[global.slug]
    if (!rules) {
      throw new Error(
        `Payload added a global of its own, "${global.slug}", that nobody has decided access for. ` +
          'Add it to payloadOwnGlobals in src/access/payloadCollections.ts and to src/access/matrix.ts.',
      )
    }
    global.access = { ...global.access, ...rules }
    if (outOfGraphql.has(global.slug)) global.graphQL = false
  }
  return config
}

/**
 * Payload gives every collection and global the addresses for versions, and every account collection one to
 * verify an email, whether or not they have them; asked, those addresses fail with a server error. They go
 * where there is nothing behind them, so the answer is a plain "not here".
 */
export function dropAddressesWithNothingBehind(config: SanitizedConfig): SanitizedConfig {
  const keep = (hasVersions: boolean, verifies: boolean) => (endpoint: Endpoint) =>
    (hasVersions || !endpoint.path.startsWith('/versions')) && (verifies || !endpoint.path.startsWith('/verify/'))
  for (const collection of config.collections) {
    if (!Array.isArray(collection.endpoints)) continue
    collection.endpoints = collection.endpoints.filter(keep(Boolean(collection.versions), Boolean(collection.auth && collection.auth.verify)))
  }
  for (const global of config.globals) {
    if (Array.isArray(global.endpoints)) global.endpoints = global.endpoints.filter(keep(Boolean(global.versions), false))
  }
  return config
}

/**
 * Payload's rule for an account's `sessions` compares the reader with the document being read, and inside a
 * populated relationship (a message's authors) that is the outer document: whoever's id matches the message's
 * saw other people's sessions. Nobody needs them over the API; Payload's own sign-in checks read them directly
 * from the database.
 */
function hideSessions(fields: SanitizedConfig['collections'][number]['fields']): void {
  const sessions = fields.find((field) => 'name' in field && field.name === 'sessions') as { access?: Record<string, unknown> } | undefined
  if (!sessions) throw new Error('Payload keeps sessions somewhere new; check hideSessions in src/access/payloadCollections.ts.')
  sessions.access = { ...sessions.access, read: () => false }
}

/**
 * Payload's preference addresses (/api/payload-preferences/:key) read and write without asking the
 * collection's rules; the same guard goes in front of them. Payload's default endpoints ask the rules already.
 */
function forTheTeam(endpoint: Endpoint, slug: string): Endpoint {
  if (slug !== 'payload-preferences' || !endpoint.path.includes(':key')) return endpoint
  return {
    ...endpoint,
    handler: (req) => {
      if (!isTeamMember(req.user)) {
        return Response.json({ errors: [{ message: 'Admin preferences are for the campaign team.' }] }, { status: 403 })
      }
      return endpoint.handler(req)
    },
  }
}
