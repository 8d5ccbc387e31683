import type { Validate } from 'payload'

/** A translation or an accessible format must say which standard version it comes from, so they show side by side. */
export const requireStandardVersion: Validate = (value, { siblingData }) => {
  const data = siblingData as { language?: string; accessibleFormat?: string }
  const isVariant = (data.language && data.language !== 'en') || (data.accessibleFormat && data.accessibleFormat !== 'standard')
  if (isVariant && !value) return 'Choose the standard version this translation or accessible format comes from.'
  return true
}
