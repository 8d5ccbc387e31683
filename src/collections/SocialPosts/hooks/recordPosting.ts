import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Marking a post as posted records who did it (the person signed in, or the publishing adapter) from the
 * server's own view, whatever the request says; when and the link to the live post are asked for.
 */
export const recordPosting: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const becomesPosted = data.status === 'posted' && originalDoc?.status !== 'posted'
  if (!becomesPosted) return data
  return {
    ...data,
    posted: {
      ...originalDoc?.posted,
      ...data.posted,
      at: data.posted?.at ?? new Date().toISOString(),
      by: req.context.adapter ? null : (req.user?.id ?? null),
      via: (req.context.adapter as string | undefined) ?? 'a person',
    },
  }
}
