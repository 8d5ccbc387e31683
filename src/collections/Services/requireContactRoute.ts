import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

/** A service a family cannot reach is no use to them: it needs at least one way in. */
export const requireContactRoute: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const contact = { ...(originalDoc?.contact ?? {}), ...(data?.contact ?? {}) }
  const routes = [contact.howToContact, contact.phone, contact.website, contact.email]
  if (!routes.some((route) => typeof route === 'string' && route.trim())) {
    throw new ValidationError({
      collection: 'services',
      errors: [
        {
          path: 'contact.howToContact',
          message: 'Give at least one way to reach this service: how to contact, phone, website or email.',
        },
      ],
    })
  }
  return data
}
