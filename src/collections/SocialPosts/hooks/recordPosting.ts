import type { CollectionBeforeChangeHook } from 'payload'

/** Marking a post as posted records who and when; the link to the live post is asked for. */
export const recordPosting: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const becomesPosted = data.status === 'posted' && originalDoc?.status !== 'posted'
  if (!becomesPosted) return data
  return {
    ...data,
    posted: {
      ...originalDoc?.posted,
      ...data.posted,
      at: data.posted?.at ?? new Date().toISOString(),
      by: data.posted?.by ?? (req.context.adapter ? null : (req.user?.id ?? null)),
      via: data.posted?.via ?? (req.context.adapter as string | undefined) ?? 'a person',
    },
  }
}
