import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

/**
 * A card or poster made from a message is offered when its message is live and withdrawn while it is not
 * (src/jobs/generateMaterials.ts). Who may download it follows the message, so a person cannot open it up
 * early: that would put words on the street before they are published.
 */
export const keepGeneratedAsMade: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const generated = Boolean(originalDoc?.generatedFrom?.message)
  const byPerson = Boolean(req.user) && req.context.system !== true
  if (!generated || !byPerson || data.accessLevel === undefined || data.accessLevel === originalDoc?.accessLevel) return data
  throw new ValidationError({
    collection: 'materials',
    errors: [{ path: 'accessLevel', message: 'This material is made from a message: it is offered to everyone once the message is live, and not before.' }],
  })
}
