// Work that must only happen once a save is really stored: an email about it, a refresh of the public site.
// Payload runs afterChange hooks inside the save's transaction, before it commits, and offers no hook after;
// the database adapter (src/storage/transactions.ts) calls back here when the transaction commits or rolls back.
import type { PayloadRequest } from 'payload'

type Work = () => unknown
type Waiting = Map<string | number, Work[]>

const WAITING = Symbol.for('campaign.after-commit')
/** Shared by every copy of this module in the process (the Next bundle carries its own copy). */
const waiting = (): Waiting => ((globalThis as Record<symbol, unknown>)[WAITING] ??= new Map()) as Waiting

/**
 * Runs `work` once the request's transaction has committed; never if it rolls back. Without a transaction
 * (a read, MongoDB without a replica set) the save is already stored, so it runs at once (on the next turn).
 */
export function afterCommit(req: Pick<PayloadRequest, 'transactionID' | 'payload'>, work: Work): void {
  const guarded = () => {
    Promise.resolve()
      .then(work)
      .catch((error: unknown) => req.payload.logger.error({ err: error }, 'work after a save failed'))
  }
  const { transactionID } = req
  if (!transactionID) return void setImmediate(guarded)
  if (!(transactionID instanceof Promise)) return wait(transactionID, guarded)
  // Payload keeps a promise there while the transaction is being opened; it resolves to the id (or to nothing
  // when the adapter has no transactions). The save cannot commit before this resolves.
  void transactionID.then((id) => (id ? wait(id, guarded) : void setImmediate(guarded)))
}

function wait(id: string | number, work: Work): void {
  const list = waiting().get(id) ?? []
  list.push(work)
  waiting().set(id, list)
}

/** Called by the adapter once the transaction is stored. */
export function committed(id: string | number): void {
  const list = waiting().get(id)
  waiting().delete(id)
  for (const work of list ?? []) setImmediate(work)
}

/** Called by the adapter when the transaction is abandoned: nothing was stored, so nothing follows. */
export function abandoned(id: string | number): void {
  waiting().delete(id)
}
