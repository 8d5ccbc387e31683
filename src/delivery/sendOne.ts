import type { Payload } from 'payload'

import { type EmailTemplateKey, renderTemplate, type TemplateProps } from '@/emails/templates'

/** One email to one person, now: confirmations, welcomes and the team's own notices. */
export async function sendOne<K extends EmailTemplateKey>(
  payload: Payload,
  to: string,
  key: K,
  props: TemplateProps[K],
  headers: Record<string, string> = {},
): Promise<void> {
  const email = await renderTemplate(key, props)
  await payload.sendEmail({ to, subject: email.subject, html: email.html, text: email.text, headers })
}
