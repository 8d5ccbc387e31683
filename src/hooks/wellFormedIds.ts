import { type CollectionBeforeOperationHook, NotFound, type SanitizedConfig } from 'payload'

// A document's address carries its id. An id that cannot be one (a word where SQLite numbers its rows, or
// anything but 24 hexadecimal digits on MongoDB) reached the database as NaN and came back as a server error,
// sometimes with the query's text in it. Such an address has no document: 404, before any query.

const shapes: Record<string, RegExp> = { number: /^\d{1,15}$/, text: /^[0-9a-f]{24}$/i }

export const onlyWellFormedIds: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  const shape = shapes[String(req.payload.db.defaultIDType)]
  if (id !== undefined && id !== null && shape && !shape.test(String(id))) throw new NotFound(req.t)
  return args
}

/** Every collection, Payload's own included, checks the id first. */
export function checkIdsFirst(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks = { ...collection.hooks, beforeOperation: [onlyWellFormedIds, ...(collection.hooks?.beforeOperation ?? [])] }
  }
  return config
}
