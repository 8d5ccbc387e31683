import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { Settings } from './settings'

/**
 * Email goes through the SMTP server in SMTP_URL (smtp://user:pass@host:587, or smtps:// for TLS). Without
 * one, Payload writes each email to the log, which is enough for a demo on one machine.
 */
export function emailAdapter({ smtpUrl, mailFrom, publicUrl }: Pick<Settings, 'smtpUrl' | 'mailFrom' | 'publicUrl'>): EmailAdapter | Promise<EmailAdapter> | undefined {
  if (!smtpUrl) return undefined
  return nodemailerAdapter({
    defaultFromAddress: mailFrom || `campaign@${new URL(publicUrl).hostname}`,
    defaultFromName: 'Nurturing Little Hearts and Minds',
    // Given a transport, the adapter never tries the network at start (it would without one).
    transport: nodemailer.createTransport(smtpUrl),
    skipVerify: true,
  })
}
