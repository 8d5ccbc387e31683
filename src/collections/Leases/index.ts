import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

/**
 * Who is doing what right now, across every process on the database (src/leases/lease.ts). One row per piece
 * of work: its key is unique, so a second process cannot claim the same work while the first holds it; the
 * holder keeps pushing `expiresAt` forward while it works, and a row whose time has passed may be taken over.
 * Running processes keep a row too ("process:..."), which is how a start knows a live server holds the database.
 * Only the system writes here; admins may look.
 */
export const Leases: CollectionConfig<'leases'> = {
  slug: 'leases',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'owner', 'expiresAt', 'note'],
    group: 'System',
    description: 'Work claimed by a running process, and the running processes themselves. A claim lapses on its own when its process stops.',
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { name: 'owner', type: 'text', required: true, index: true, admin: { readOnly: true, description: 'The process holding it: host, process id and a random tag.' } },
    { name: 'expiresAt', type: 'date', required: true, index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'shared', type: 'checkbox', defaultValue: false, admin: { readOnly: true, description: 'A process started with SHARED_DATABASE=1 (or a worker, or a web process with JOBS=off).' } },
    { name: 'note', type: 'text', admin: { readOnly: true } },
  ],
}
