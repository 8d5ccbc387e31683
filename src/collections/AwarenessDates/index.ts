import { type CollectionConfig, ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isWriter } from '@/access/isWriter'
import { describeDateRule, parseDateRule } from '@/domain/dateRules'

/** A moment needs either a fixed date or a rule such as "first Monday of May", and the rule must make sense. */
const checkWhen: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.date && !merged.rule?.trim()) {
    throw new ValidationError({
      collection: 'awareness-dates',
      errors: [{ path: 'date', message: 'Give a date, or a rule such as "first Monday of May".' }],
    })
  }
  if (merged.rule?.trim() && !parseDateRule(merged.rule)) {
    throw new ValidationError({
      collection: 'awareness-dates',
      errors: [{ path: 'rule', message: `"${merged.rule}" is not a rule this calendar understands. ${describeDateRule()}` }],
    })
  }
  return data
}

/** Moments in the campaign calendar, such as Maternal Mental Health Awareness Week. */
export const AwarenessDates: CollectionConfig<'awareness-dates'> = {
  slug: 'awareness-dates',
  access: { read: anyone, create: isWriter, update: isWriter, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'date', 'rule', 'durationDays'] },
  hooks: { beforeValidate: [checkWhen] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'date', type: 'date', admin: { description: 'A fixed date, for a one-off moment.' } },
    {
      name: 'rule',
      type: 'text',
      admin: { description: 'Or a yearly rule: "10 October", "first Monday of May", "third Sunday of June".' },
    },
    { name: 'durationDays', type: 'number', min: 1, max: 31, defaultValue: 1 },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
    { name: 'notes', type: 'textarea', localized: true },
  ],
}
