import type { AfterErrorHook } from 'payload'

import { storageFaultOf } from '@/storage/faults'

/**
 * A save the storage refused says so: 507 with "the server's disk is full", or 503 for a read-only disk, a
 * disk error or a database that does not answer, instead of Payload's 500 "An unknown error occurred". The
 * admin shows the message as it is; the log keeps the driver's own words (Payload logs the error itself).
 */
export const explainStorageFaults: AfterErrorHook = ({ error }) => {
  const fault = storageFaultOf(error)
  if (!fault) return
  return { status: fault.status, response: { errors: [{ name: 'StorageFault', message: fault.message }] } }
}
