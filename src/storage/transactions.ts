// Real transactions for Payload on SQLite, so a save writes everything (main row, locale rows, relationship
// rows, its version) or nothing. The adapter's own transactions (`transactionOptions`) are not usable here:
// each one takes the libsql client's connection and opens a new one that is never closed (about 170 kB and two
// file handles per save until the garbage collector finds it), its new connection has no busy timeout, and a
// failed COMMIT is swallowed, so a save the disk refused would be answered as stored. This keeps one writer
// connection of our own, gives it one transaction at a time (src/storage/writeGate.ts), and reports a failed
// COMMIT as the failure it is.
import { randomUUID } from 'node:crypto'

import { type Client, createClient, type InStatement } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload } from 'payload'

import { abandoned, committed } from './afterCommit'
import { storageFaultOf } from './faults'
import { type Release, type WriteGate, writeGateFor } from './writeGate'

/** The parts of @payloadcms/db-sqlite's adapter this reaches into (its documented fields). */
type SqliteAdapter = Omit<BaseDatabaseAdapter, 'sessions' | 'updateJobs'> & {
  client?: Client
  clientConfig: { url: string }
  drizzle?: unknown
  schema: Record<string, unknown>
  sessions: Record<string, { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }>
  busyTimeout: number
  wal: false | { synchronous: string; journalSizeLimit: number }
  logger?: unknown
  initializing: Promise<void>
  updateJobs: (args: { req?: { transactionID?: unknown } }) => Promise<unknown>
}

type Writer = { client: Client; db: unknown; schema: Record<string, unknown> }
type Open = { writer: Writer; release: Release; watchdog: NodeJS.Timeout }

/** A save holding the writer this long is logged; one holding it five minutes is rolled back (a leak, not work). */
const SLOW_SAVE_MS = 30_000
const ABANDON_AFTER_MS = 5 * 60_000

export function withSqliteTransactions(base: DatabaseAdapterObj, file: string): DatabaseAdapterObj {
  return {
    ...base,
    init(args: { payload: Payload }) {
      const adapter = base.init(args) as unknown as SqliteAdapter
      installTransactions(adapter, writeGateFor(file))
      return adapter as unknown as BaseDatabaseAdapter
    },
  }
}

function installTransactions(adapter: SqliteAdapter, gate: WriteGate): void {
  const open = new Map<string, Open>()
  let writer: Writer | undefined

  /** The writer connection, opened on first use and again after a failure that may have broken it. */
  async function writerFor(): Promise<Writer> {
    if (writer && writer.schema === adapter.schema) return writer
    writer?.client.close()
    const client = createClient({ url: adapter.clientConfig.url })
    // Another process on the file (the command line beside the server) is waited for, not failed on.
    if (adapter.busyTimeout > 0) await client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout}`)
    // Per-connection settings, as the adapter gives its own connection: this one commits, so it also checkpoints.
    if (adapter.wal) {
      await client.execute(`PRAGMA synchronous = ${adapter.wal.synchronous}`)
      await client.execute(`PRAGMA journal_size_limit = ${adapter.wal.journalSizeLimit}`)
    }
    writer = { client, db: drizzle(client, { schema: adapter.schema, logger: (adapter.logger as false) || false }), schema: adapter.schema }
    return writer
  }

  function discardWriter(broken: Writer): void {
    if (writer !== broken) return
    writer = undefined
    try {
      broken.client.close()
    } catch {
      // Already unusable; a fresh connection is opened for the next save.
    }
  }

  async function end(id: string): Promise<Open | undefined> {
    const entry = open.get(id)
    if (!entry) return undefined
    open.delete(id)
    delete adapter.sessions[id]
    clearTimeout(entry.watchdog)
    return entry
  }

  async function rollbackOn(entry: Open): Promise<void> {
    try {
      await entry.writer.client.execute('ROLLBACK')
    } catch (error) {
      // SQLite rolls back by itself after some failures (a full disk among them); anything else means the
      // connection is in an unknown state, so it is replaced.
      if (!/no transaction is active/i.test(String((error as Error).message))) discardWriter(entry.writer)
    }
  }

  adapter.beginTransaction = async function beginTransaction() {
    await adapter.initializing
    const release = await gate.acquire()
    try {
      const current = await writerFor()
      await current.client.execute('BEGIN IMMEDIATE')
      const id = randomUUID()
      adapter.sessions[id] = { db: current.db, resolve: () => adapter.commitTransaction(id), reject: () => adapter.rollbackTransaction(id) }
      open.set(id, { writer: current, release, watchdog: watch(id) })
      return id
    } catch (error) {
      release()
      throw storageFaultOf(error) ?? error
    }
  }

  adapter.commitTransaction = async function commitTransaction(incoming) {
    const id = String(await incoming)
    const entry = await end(id)
    if (!entry) return
    try {
      await entry.writer.client.execute('COMMIT')
    } catch (error) {
      await rollbackOn(entry)
      abandoned(id)
      throw storageFaultOf(error) ?? error
    } finally {
      entry.release()
    }
    committed(id)
  }

  adapter.rollbackTransaction = async function rollbackTransaction(incoming) {
    const id = String(await incoming)
    const entry = await end(id)
    if (!entry) return
    try {
      await rollbackOn(entry)
    } finally {
      entry.release()
      abandoned(id)
    }
  }

  // Payload's job runner opens a transaction for a job's status and commits it, but on an error it neither
  // commits nor rolls back, which would hold the writer forever. Roll back on its behalf.
  const updateJobs = adapter.updateJobs
  adapter.updateJobs = async function (args) {
    try {
      return await updateJobs.call(adapter, args)
    } catch (error) {
      const id = args.req?.transactionID
      if (typeof id === 'string' || typeof id === 'number') await adapter.rollbackTransaction(id)
      throw storageFaultOf(error) ?? error
    }
  }

  // Writes outside a transaction go through the main connection: they take their turn at the same gate, so
  // they never wait on a lock inside the driver (which would freeze the process) while a save holds it.
  const connect = adapter.connect
  adapter.connect = async function (options) {
    await connect?.call(adapter, options)
    if (adapter.client) gateWrites(adapter.client, gate)
  }

  const destroy = adapter.destroy
  adapter.destroy = async function () {
    for (const id of [...open.keys()]) await adapter.rollbackTransaction(id)
    if (writer) discardWriter(writer)
    await destroy?.call(adapter)
  }

  function watch(id: string): NodeJS.Timeout {
    const slow = setTimeout(() => {
      adapter.payload.logger.warn({ transaction: id }, `a save has held the database for ${SLOW_SAVE_MS / 1000} s; other saves wait for it`)
      const abandon = setTimeout(() => {
        adapter.payload.logger.error({ transaction: id }, `a save held the database for ${ABANDON_AFTER_MS / 60_000} minutes and was rolled back`)
        void adapter.rollbackTransaction(id)
      }, ABANDON_AFTER_MS - SLOW_SAVE_MS)
      abandon.unref()
      const entry = open.get(id)
      if (entry) entry.watchdog = abandon
    }, SLOW_SAVE_MS)
    slow.unref()
    return slow
  }
}

const GATED = Symbol.for('campaign.gated-writes')

/** Statements that only read run at once; everything else waits for the gate. */
function gateWrites(client: Client, gate: WriteGate): void {
  const marked = client as Client & { [GATED]?: true }
  if (marked[GATED]) return
  marked[GATED] = true
  const execute = client.execute.bind(client) as (statement: InStatement, args?: unknown) => ReturnType<Client['execute']>
  const batch = client.batch.bind(client)
  client.execute = ((statement: InStatement, args?: unknown) =>
    isRead(statement) ? execute(statement, args) : gate.run(() => execute(statement, args))) as Client['execute']
  client.batch = ((statements, mode) => gate.run(() => batch(statements, mode))) as Client['batch']
}

const READ = /^\s*(select|pragma)\b/i
function isRead(statement: InStatement): boolean {
  return READ.test(typeof statement === 'string' ? statement : statement.sql)
}

/**
 * MongoDB has transactions only on a replica set (a single-node one is enough); on a standalone server the
 * adapter quietly does without. Says so at start, and tells afterCommit when a save is stored.
 */
export function withMongoTransactions(base: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...base,
    init(args: { payload: Payload }) {
      const adapter = base.init(args) as BaseDatabaseAdapter & { transactionOptions?: unknown }
      const { commitTransaction, rollbackTransaction, connect } = adapter
      adapter.commitTransaction = async function (incoming) {
        const id = await incoming
        await commitTransaction.call(adapter, id)
        if (id) committed(id)
      }
      adapter.rollbackTransaction = async function (incoming) {
        const id = await incoming
        await rollbackTransaction.call(adapter, id)
        if (id) abandoned(id)
      }
      adapter.connect = async function (options) {
        await connect?.call(adapter, options)
        if (adapter.transactionOptions === false) {
          adapter.payload.logger.warn(
            'MongoDB is not running as a replica set, so saves are not atomic: a failure half-way through a save can leave part of it stored. ' +
              'Run MongoDB as a replica set (a single node is enough) and put replicaSet=<name> in DATABASE_URI.',
          )
        }
      }
      return adapter
    },
  }
}
