import type { TextFieldSingleValidation } from 'payload'

const FILE_NAME = /\.(png|jpe?g|webp|gif|svg)$/i

export const requireAltUnlessDecorative: TextFieldSingleValidation = (value, { siblingData }) => {
  const decorative = (siblingData as { decorative?: boolean } | undefined)?.decorative
  if (decorative) return true
  const alt = value?.trim() ?? ''
  if (!alt) return 'Describe the image in alt text, or tick "decorative" if it adds no information.'
  if (FILE_NAME.test(alt)) return 'Alt text looks like a file name; describe what the image shows instead.'
  return true
}
