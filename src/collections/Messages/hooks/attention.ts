import type { FieldHook } from 'payload'

/** One line for the list view: what a person needs to do about this message now. */
export const attention: FieldHook = ({ siblingData, data }) => {
  const doc = (data ?? siblingData) as {
    reviewBy?: string | null
    renditions?: { stale?: string[] | null } | null
    workflow?: { state?: string | null } | null
  }
  const notes: string[] = []
  if (doc.reviewBy && new Date(doc.reviewBy).getTime() < Date.now()) notes.push('Review overdue')
  const stale = doc.renditions?.stale ?? []
  if (stale.length > 0) notes.push(`Stale: ${stale.join(', ')}`)
  if (doc.workflow?.state === 'in_review') notes.push('Waiting for review')
  return notes.join(' · ')
}

/** "Polski: complete · Română: stale", from the stored translation status. */
export const languagesSummary: FieldHook = ({ data }) => {
  const status = (data as { translationStatus?: Record<string, string> | null } | undefined)?.translationStatus
  if (!status) return ''
  return Object.entries(status)
    .map(([locale, state]) => `${locale}: ${state}`)
    .join(' · ')
}
