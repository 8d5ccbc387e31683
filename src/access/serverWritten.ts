import type { FieldAccess } from 'payload'

/**
 * For the record the server keeps (who wrote, who approved, which words, progress counts): no request writes
 * it, admins' included. Payload drops what a client sends for these fields; the collection's hooks fill them
 * in from the server's own view. The server's own saves (jobs, the seed) are not requests and are not limited.
 */
export const serverWritten: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
