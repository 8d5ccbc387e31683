import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { readEmailAddress } from '@/mailing/address'
import { addressKey, suppressionReasons } from '@/mailing/suppression'

/** An admin types the address; only its keyed hash is kept. */
const keyTheAddress: CollectionBeforeValidateHook = ({ data, req }) => {
  if (!data || data.addressKey) return data
  const checked = readEmailAddress(data.address)
  if (!checked.ok) throw new ValidationError({ collection: 'suppressions', errors: [{ path: 'address', message: checked.reason }] })
  return { ...data, addressKey: addressKey(req.payload.secret, checked.address), address: undefined }
}

/**
 * Addresses no campaign send may reach: unsubscribed (from one list or all), bounced, complained or erased.
 * Every send checks it, whatever lists say.
 */
export const Suppressions: CollectionConfig<'suppressions'> = {
  slug: 'suppressions',
  access: { read: isAdmin, create: isAdmin, update: nobody, delete: isAdmin },
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['reason', 'list', 'at'],
    group: 'Email',
    description: 'Addresses that must not be emailed. Only a keyed hash of each address is kept, so an erased person stays unreachable without being stored.',
  },
  hooks: { beforeValidate: [keyTheAddress] },
  fields: [
    {
      name: 'address',
      type: 'email',
      virtual: true,
      admin: { description: 'The address to stop emailing. It is not stored.' },
    },
    { name: 'addressKey', type: 'text', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'list',
      type: 'relationship',
      relationTo: 'mailing-lists',
      admin: { description: 'Empty: every list.' },
    },
    { name: 'reason', type: 'select', required: true, options: suppressionReasons.map((value) => ({ label: value, value })) },
    { name: 'at', type: 'date', required: true, defaultValue: () => new Date().toISOString(), admin: { readOnly: true } },
  ],
}
