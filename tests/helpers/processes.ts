import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Every process below `pid` (children, their children...), read from /proc: `npm start` runs the server two levels down. */
export function descendantsOf(pid: number): number[] {
  const parents = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name is in brackets and may hold spaces; the parent id is the second field after it.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // It ended while we looked.
    }
  }
  const found: number[] = []
  const walk = (parent: number) => {
    for (const [child, of] of parents) {
      if (of === parent) {
        found.push(child)
        walk(child)
      }
    }
  }
  walk(pid)
  return found
}

/** A power cut for one process tree: SIGKILL to every process in it at once, nothing gets to clean up. */
export function killTree(pid: number): void {
  for (const each of [pid, ...descendantsOf(pid)]) {
    try {
      process.kill(each, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

/** The command line of a process, for finding the server among them. */
export const commandOf = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
  } catch {
    return ''
  }
}

/**
 * A helper script in a process of its own, for races between processes: it prints "ready" once set up, waits
 * for the start time on its stdin (`go`), and ends by printing one JSON line beginning with `{"<resultKey>"`.
 */
export function racingProcess<T>(script: string, env: Record<string, string>, resultKey: string) {
  const child = spawn(process.execPath, ['--conditions=production', '--no-deprecation', '--import', 'tsx', path.resolve(script)], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => output.includes('ready\n') && resolve())
    child.on('exit', (code) => reject(new Error(`${script} ended before it was ready (${code}): ${output}`)))
  })
  const result = new Promise<T>((resolve, reject) =>
    child.on('exit', (code) => {
      const line = output.split('\n').find((text) => text.startsWith(`{"${resultKey}"`))
      if (code !== 0 || !line) reject(new Error(`${script} failed (${code}): ${output}`))
      else resolve(JSON.parse(line) as T)
    }),
  )
  return { ready, result, go: (at: number) => child.stdin.end(`${at}\n`) }
}
