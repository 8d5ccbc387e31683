import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Mail = {
  to: string
  from: string
  subject: string
  html: string
  text: string
  /** Every header as it arrived, keyed by lower-case name. */
  headers: Map<string, string>
  /** The whole message as sent over SMTP. */
  raw: string
}

/** A way to make the server misbehave, as real ones do: a reply code and text for a recipient, or nothing. */
export type Refusal = (to: string) => { code: number; message: string } | undefined

export type Mailbox = {
  url: string
  mails: Mail[]
  waitFor(to: string, timeoutMs?: number): Promise<Mail>
  waitForCount(count: number, timeoutMs?: number): Promise<void>
  /** Refuse messages (at DATA) while this returns a reply; undefined accepts again. */
  refuse(refusal: Refusal | undefined): void
  /** Never answer messages to matching recipients (a mail server that hangs); undefined answers again. */
  hold(matches: ((to: string) => boolean) | undefined): void
  /** Messages held so far, by recipient. */
  held: string[]
  /** Called for each accepted message, after it is stored. */
  onMail(listener: ((mail: Mail) => void) | undefined): void
  /** How long the server takes to accept each message from now on (a slow server keeps a send going). */
  setDelay(ms: number): void
  close(): Promise<void>
}

/**
 * A real SMTP server in the test process: the product sends through nodemailer as it would in production,
 * and the test reads what arrived. It can be told to refuse for a while, like a busy or broken server.
 */
export async function startMailbox(options: { delayMs?: number } = {}): Promise<Mailbox> {
  const mails: Mail[] = []
  let delayMs = options.delayMs ?? 0
  let refusal: Refusal | undefined
  let holding: ((to: string) => boolean) | undefined
  const held: string[] = []
  let listener: ((mail: Mail) => void) | undefined
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', ')
        if (holding?.(to)) return void held.push(to)
        const refused = refusal?.(to)
        if (refused) {
          const error = new Error(refused.message) as Error & { responseCode: number }
          error.responseCode = refused.code
          return done(error)
        }
        const raw = Buffer.concat(chunks)
        simpleParser(raw)
          .then(async (parsed) => {
            const mail: Mail = {
              to: Array.isArray(parsed.to) ? parsed.to.map((item) => item.text).join(', ') : (parsed.to?.text ?? ''),
              from: parsed.from?.text ?? '',
              subject: parsed.subject ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              text: parsed.text ?? '',
              headers: new Map(parsed.headerLines.map((line) => [line.key.toLowerCase(), line.line.slice(line.line.indexOf(':') + 1).trim()])),
              raw: raw.toString('utf8'),
            }
            if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
            mails.push(mail)
            listener?.(mail)
            done()
          })
          .catch(done)
      })
    },
  })
  // A client that dies mid-conversation (the crash test kills the sender) resets its connection: expected, not a failure.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const until = async (ready: () => boolean, timeoutMs: number, what: string) => {
    const started = Date.now()
    while (!ready()) {
      if (Date.now() - started > timeoutMs) throw new Error(`${what} within ${timeoutMs} ms (${mails.length} emails arrived)`)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(to, timeoutMs = 10_000) {
      await until(() => mails.some((item) => item.to.includes(to)), timeoutMs, `No email to ${to} arrived`)
      return mails.find((item) => item.to.includes(to))!
    },
    waitForCount: (count, timeoutMs = 10_000) => until(() => mails.length >= count, timeoutMs, `Fewer than ${count} emails arrived`),
    refuse: (next) => {
      refusal = next
    },
    hold: (next) => {
      holding = next
    },
    held,
    onMail: (next) => {
      listener = next
    },
    setDelay: (ms) => {
      delayMs = ms
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
