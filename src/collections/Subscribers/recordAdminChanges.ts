import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/domain/ids'

/**
 * The consent log is evidence of what each person agreed to, so the server alone writes it. When an admin
 * adds someone to a list or takes them off one in the admin, that is what the log says, with the admin's name:
 * never a website sign-up that did not happen.
 */
export const recordAdminChanges: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const admin = req.context.system ? undefined : req.user
  if (!admin || data.subscribedLists === undefined) return data
  const before = new Set<string>((originalDoc?.subscribedLists ?? []).map((list: unknown) => String(idOf(list))))
  const after = new Set<string>((data.subscribedLists ?? []).map((list: unknown) => String(idOf(list))))
  const at = new Date().toISOString()
  const wording = `Changed in the admin by ${String((admin as { name?: string }).name ?? admin.email ?? admin.id)}.`
  const entry = (list: string, event: 'confirmed' | 'unsubscribed') => ({ list: Number.isNaN(Number(list)) ? list : Number(list), event, method: 'admin', wording, at })
  const added = [...after].filter((list) => !before.has(list)).map((list) => entry(list, 'confirmed'))
  const removed = [...before].filter((list) => !after.has(list)).map((list) => entry(list, 'unsubscribed'))
  if (added.length + removed.length === 0) return data
  return {
    ...data,
    consentLog: [...(originalDoc?.consentLog ?? []), ...added, ...removed],
    confirmedAt: added.length > 0 ? at : (originalDoc?.confirmedAt ?? null),
  }
}
