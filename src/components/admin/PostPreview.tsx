'use client'
// Placeholder: the platform preview is being written.
export function PostPreview() {
  return null
}
