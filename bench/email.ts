// Email send figures: 10,000 personalised emails rendered and delivered to a local SMTP sink. The sender
// and the sink each run in their own process; the figures are the sender's. Prints figures; asserts nothing.
import { type ChildProcess, fork, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

export type EmailFigures = { emails: number; received: number; perSecond: number; seconds: number; peakRssMB: number; baseRssMB: number; sendAddedMB: number }

const tsx = ['--conditions=production', '--no-deprecation', '--import', 'tsx']

/** The first JSON line a child prints (Payload's schema push writes progress lines before it). */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! })
    lines.on('line', (line) => line.startsWith('{') && resolve(line))
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing`)))
  })
}

export async function benchEmail(emails = Number(process.env.BENCH_EMAILS || 10_000)): Promise<EmailFigures> {
  const sink = fork('bench/smtpSink.ts', [], { execArgv: tsx, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })
  try {
    const { port } = JSON.parse(await firstLine(sink)) as { port: number }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-email-'))
    const run = async (mode: string) => {
      const child = spawn(process.execPath, [...tsx, 'bench/emailSend.ts', mode, dir], {
        env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${port}`, BENCH_EMAILS: String(emails) },
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      const exited = new Promise((resolve) => child.once('exit', resolve))
      const line = await firstLine(child)
      await exited
      return line
    }
    await run('prepare')
    const result = JSON.parse(await run('send')) as { seconds: number; perSecond: number; peakRssMB: number; baseRssMB: number; sent: number }
    fs.rmSync(dir, { recursive: true, force: true })
    const received = await new Promise<number>((resolve) => {
      sink.once('message', (message) => resolve((message as { received: number }).received))
      sink.send('count')
    })
    return { emails, received, perSecond: Math.round(result.perSecond), seconds: Math.round(result.seconds * 10) / 10, peakRssMB: Math.round(result.peakRssMB), baseRssMB: Math.round(result.baseRssMB), sendAddedMB: Math.round(result.peakRssMB - result.baseRssMB) }
  } finally {
    sink.kill()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchEmail()
  console.log(JSON.stringify(figures))
}
