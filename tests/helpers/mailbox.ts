import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Mail = { to: string; subject: string; html: string; text: string }

/**
 * A real SMTP server in the test process: the product sends through nodemailer as it would in production,
 * and the test reads what arrived.
 */
export async function startMailbox(): Promise<{ url: string; mails: Mail[]; waitFor(to: string, timeoutMs?: number): Promise<Mail>; close(): Promise<void> }> {
  const mails: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to.map((item) => item.text).join(', ') : (parsed.to?.text ?? '')
          mails.push({ to, subject: parsed.subject ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', text: parsed.text ?? '' })
          done()
        })
        .catch(done)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(to, timeoutMs = 10_000) {
      const started = Date.now()
      for (;;) {
        const mail = mails.find((item) => item.to.includes(to))
        if (mail) return mail
        if (Date.now() - started > timeoutMs) throw new Error(`No email to ${to} arrived within ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
