import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

export type RunningServer = {
  url: string
  port: number
  dataDir: string
  output: string[]
  child: ChildProcess
  /** Resolves with the exit code once the process has gone. */
  exited: Promise<number | null>
  /** Sends the signal and resolves with the exit code once the process has gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

export type StartOptions = {
  dataDir?: string
  env?: Record<string, string>
  timeoutMs?: number
  /** Listen here (a restart on the same address); a free port otherwise. */
  port?: number
  /** `npm`: run `npm start` exactly as a person types it, with npm and its shell in the process tree. */
  via?: 'campaign' | 'npm'
}

/** A port nobody is using now. The server must know its real port: Payload only trusts login cookies from its own URL. */
export async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

/** Runs `campaign start` exactly as a user does (npm start), on its own data folder and a free port. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-e2e-'))
  const port = options.port ?? (await freePort())
  const [command, args] = options.via === 'npm' ? ['npm', ['start']] : [process.execPath, ['bin/campaign.mjs', 'start']]
  const child = spawn(command, args, {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
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
  const exited = exitOf(child)
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
        port,
        dataDir,
        output,
        child,
        exited,
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

/** The exit code, or 128 + the signal's number when the process died by a signal (as a shell reports it). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + os.constants.signals[signal] : null))))
}

export type RunningWorker = { output: string[]; child: ChildProcess; exited: Promise<number | null>; stop(signal?: NodeJS.Signals): Promise<number | null> }

/** Runs `campaign worker` (the jobs queues, no web server) on a server's data folder. */
export async function startWorker(options: { dataDir: string; env?: Record<string, string>; timeoutMs?: number }): Promise<RunningWorker> {
  const child = spawn(process.execPath, ['bin/campaign.mjs', 'worker'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: options.dataDir,
      MEDIA_DIR: path.join(options.dataDir, 'media'),
      LOG_FORMAT: 'json',
      DATABASE_URI: '',
      PAYLOAD_SECRET: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  const exited = exitOf(child)
  for (const stream of [child.stdout!, child.stderr!]) readline.createInterface({ input: stream }).on('line', (line) => output.push(line))
  const deadline = Date.now() + (options.timeoutMs ?? 120_000)
  while (!output.some((line) => line.includes('campaign worker running'))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`campaign worker exited before it ran. Output:\n${output.join('\n')}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`campaign worker did not start in time. Output:\n${output.join('\n')}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    output,
    child,
    exited,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal)
      return exited
    },
  }
}

export type TreeProcess = { pid: number; ppid: number; args: string }

/** A process and everything it started, from `ps`: npm, its shell, bin/campaign.mjs, the command, the server. */
export function processTree(root: number): TreeProcess[] {
  const all = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((match): match is RegExpMatchArray => Boolean(match))
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), args: match[3] }))
  const tree = all.filter((proc) => proc.pid === root)
  for (let grew = true; grew; ) {
    const more = all.filter((proc) => tree.some((parent) => parent.pid === proc.ppid) && !tree.some((known) => known.pid === proc.pid))
    tree.push(...more)
    grew = more.length > 0
  }
  return tree
}

export const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
