import { render } from '@react-email/render'
import type React from 'react'

/** An email as HTML and as plain text: some people read mail as text only, and some filters want both. */
export async function renderEmail(email: React.ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })])
  return { html, text }
}
