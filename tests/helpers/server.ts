import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

export type RunningServer = {
  url: string
  dataDir: string
  output: string[]
  child: ChildProcess
  /** Sends the signal and resolves with the exit code once the process has gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

export type StartOptions = { dataDir?: string; env?: Record<string, string>; timeoutMs?: number }

/** A port nobody is using now. The server must know its real port: Payload only trusts login cookies from its own URL. */
async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

/** Runs `campaign start` exactly as a user does (npm start), on its own data folder and a free port. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-e2e-'))
  const child = spawn(process.execPath, ['bin/campaign.mjs', 'start'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      MEDIA_DIR: path.join(dataDir, 'media'),
      LOG_FORMAT: 'json',
      DATABASE_URI: '',
      PAYLOAD_SECRET: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const collect = (stream: NodeJS.ReadableStream) => readline.createInterface({ input: stream }).on('line', (line) => output.push(line))
  collect(child.stdout!)
  collect(child.stderr!)

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`The server did not start in time. Output:\n${output.join('\n')}`))
    }, options.timeoutMs ?? 180_000)
    const poll = setInterval(() => {
      const line = output.find((candidate) => candidate.includes('Campaign site  http'))
      if (!line) return
      clearInterval(poll)
      clearTimeout(timer)
      const url = line.match(/http:\/\/\S+?(?=\/?$)/)![0]
      resolve({
        url,
        dataDir,
        output,
        child,
        stop: (signal = 'SIGTERM') => {
          child.kill(signal)
          return exited
        },
      })
    }, 100)
    void exited.then((code) => {
      clearInterval(poll)
      clearTimeout(timer)
      reject(new StartFailed(code, output))
    })
  })
}

export class StartFailed extends Error {
  constructor(
    readonly code: number | null,
    readonly output: string[],
  ) {
    super(`campaign start exited with ${code} before serving. Output:\n${output.join('\n')}`)
  }
}

/** Runs a campaign command to completion and returns what it printed. */
export function runCampaign(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/campaign.mjs', ...args], {
      env: { ...process.env, LOG_FORMAT: 'json', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}
