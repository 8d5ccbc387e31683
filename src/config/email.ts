import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { OWNER_ONLY_FILE, OWNER_ONLY_FOLDER } from './privateFiles'
import type { Settings } from './settings'

export const campaignSenderName = 'Nurturing Little Hearts and Minds'

/**
 * Email goes through the SMTP server in SMTP_URL (smtp://user:pass@host:587, or smtps:// for TLS), over a
 * small pool of connections so campaign sends are quick. Without one, every email is written as an .eml file
 * to data/outbox/: nothing is lost on a demo machine, and any mail program opens them.
 */
export function emailAdapter(settings: Pick<Settings, 'smtpUrl' | 'mailFrom' | 'publicUrl' | 'dataDir'>): Promise<EmailAdapter> {
  return nodemailerAdapter({
    defaultFromAddress: fromAddress(settings),
    defaultFromName: campaignSenderName,
    // Given a transport, the adapter never tries the network at start (it would without one).
    transport: mailTransport(settings),
    skipVerify: true,
  })
}

export const fromAddress = ({ mailFrom, publicUrl }: Pick<Settings, 'mailFrom' | 'publicUrl'>) => mailFrom || `campaign@${new URL(publicUrl).hostname}`

export function mailTransport({ smtpUrl, dataDir }: Pick<Settings, 'smtpUrl' | 'dataDir'>): Transporter {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(pooled(smtpUrl))
    // Nodemailer's documented hook for providing the socket: ours turns off Nagle's algorithm. Without it the
    // end of each message waits for the server's delayed ACK, about 40 ms, capping a connection at ~25 emails/s.
    ;(transport as unknown as { getSocket: typeof unbufferedSocket }).getSocket = unbufferedSocket
    return transport
  }
  return nodemailer.createTransport(outboxTransport(path.join(dataDir, 'outbox')))
}

/**
 * Nodemailer reads options from a connection URL's query and ignores any given beside it, so the pool is asked
 * for in the URL itself (unless the operator's SMTP_URL already says otherwise).
 */
function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl)
  for (const [key, value] of [['pool', 'true'], ['maxConnections', '4'], ['maxMessages', '100000']]) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value)
  }
  return url.toString()
}

function unbufferedSocket(options: { host?: string; port?: number }, callback: (error: Error | null, socket?: { connection: net.Socket }) => void) {
  const socket = net.connect({ host: options.host, port: options.port ?? 587 })
  socket.setNoDelay(true)
  socket.once('connect', () => {
    socket.removeListener('error', callback)
    callback(null, { connection: socket })
  })
  socket.once('error', callback)
}

/** A nodemailer transport that writes each finished message, exactly as it would go over SMTP, to a file. */
export function outboxTransport(dir: string) {
  return {
    name: 'outbox',
    version: '1',
    send(mail: { message: { build(done: (error: Error | null, raw: Buffer) => void): void; messageId(): string } }, done: (error: Error | null, info?: unknown) => void) {
      mail.message.build((error, raw) => {
        if (error) return done(error)
        const messageId = mail.message.messageId()
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^\w.-]/g, '')}.eml`
        // Each email carries signed links (confirm, preferences): the outbox is for this user's eyes only.
        fs.promises
          .mkdir(dir, { recursive: true, mode: OWNER_ONLY_FOLDER })
          .then(() => fs.promises.chmod(dir, OWNER_ONLY_FOLDER))
          .then(() => fs.promises.writeFile(path.join(dir, name), withCrlf(raw), { mode: OWNER_ONLY_FILE, flag: 'wx' }))
          .then(() => done(null, { messageId, envelope: {}, accepted: [], rejected: [], response: `written to ${name}` }))
          .catch(done)
      })
    },
  }
}

/**
 * RFC 5322 lines end in CRLF. Nodemailer writes its own headers that way but leaves a body's bare LFs as they
 * were (SMTP transports fix them on the wire; a file gets them as they are), and some mail programs then show
 * a message split wrongly. Bytes, not text: the message may carry 8-bit parts.
 */
export function withCrlf(raw: Buffer): Buffer {
  // Latin-1 maps each byte to one character and back, so 8-bit bytes pass through untouched.
  const text = raw.toString('latin1').replace(/\r\n|\r|\n/g, '\r\n')
  return Buffer.from(text.endsWith('\r\n') ? text : `${text}\r\n`, 'latin1')
}
