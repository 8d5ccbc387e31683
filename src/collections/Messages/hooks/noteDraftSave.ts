import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A draft save only writes a new version and leaves the live page alone; a full save replaces what the
 * site shows. The change hooks need to know which one this is, and only the operation's arguments say.
 */
export const noteDraftSave: CollectionBeforeOperationHook<'messages'> = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    const { draft, data } = args as { draft?: boolean; data?: { _status?: string } }
    req.context.draftSave = Boolean(draft) && data?._status !== 'published'
  }
  return args
}
