import type { CollectionConfig } from 'payload'

import { isContentTeam } from '@/access/isContentTeam'
import { nobody } from '@/access/nobody'
import { stateLabels, workflowStates } from '@/workflow/states'

const stateOptions = workflowStates.map((state) => ({ label: stateLabels[state], value: state }))

/** Who moved what, when and why. Written only by the server; nobody edits or deletes history. */
export const AuditTrail: CollectionConfig<'audit-trail'> = {
  slug: 'audit-trail',
  labels: { singular: 'Audit trail entry', plural: 'Audit trail' },
  access: { read: isContentTeam, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['at', 'event', 'message', 'by', 'note'],
    group: 'Workflow',
  },
  defaultSort: '-at',
  fields: [
    { name: 'event', type: 'text', required: true },
    { name: 'message', type: 'relationship', relationTo: 'messages', index: true },
    { name: 'from', type: 'select', options: stateOptions },
    { name: 'to', type: 'select', options: stateOptions },
    { name: 'by', type: 'relationship', relationTo: 'users' },
    { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', type: 'textarea' },
    { name: 'version', type: 'text', admin: { description: 'The approved wording this entry refers to.' } },
  ],
}
