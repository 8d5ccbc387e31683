import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { chooseDatabase } from '@/config/database'
import { liveHolders } from '@/leases/holders'

import { freePort, isRunning, processTree, runCampaign, type RunningServer, startServer, type TreeProcess } from '../helpers/server'

// Issue 16, item 4: what a supervisor (systemd, Docker, a PaaS) sees of `npm start`. Real processes: npm, its
// shell, bin/campaign.mjs, the start command and the server, on one data folder.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-processes-'))
const database = chooseDatabase('', dataDir, dataDir)
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

/**
 * The server's own bound (SHUTDOWN_TIMEOUT_MS, 10 s), and room for each process to notice its parent gone
 * (half a second each) on a machine so busy that timers fire late.
 */
const STOPPED_WITHIN_MS = 10_000 + 10_000

function roleOf({ args }: TreeProcess) {
  if (args.startsWith('sh ')) return 'shell'
  if (args.startsWith('npm')) return 'npm'
  if (args.includes('server.ts')) return 'server'
  if (args.includes('src/cli/main.ts')) return 'command'
  return 'bin'
}

async function untilGone(pids: number[], withinMs: number): Promise<number[]> {
  const deadline = Date.now() + withinMs
  while (Date.now() < deadline) {
    if (!pids.some(isRunning)) return []
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return pids.filter(isRunning)
}

async function npmStart(): Promise<{ server: RunningServer; tree: TreeProcess[] }> {
  const server = await startServer({ dataDir, via: 'npm' })
  const tree = processTree(server.child.pid!)
  expect(tree.map(roleOf)).toEqual(expect.arrayContaining(['npm', 'bin', 'command', 'server']))
  return { server, tree }
}

describe('npm start under a supervisor', () => {
  const cases: { target: ReturnType<typeof roleOf>; signal: NodeJS.Signals }[] = [
    // npm exits at once on SIGTERM and leaves its script under PID 1: the script notices its parent gone.
    { target: 'npm', signal: 'SIGTERM' },
    { target: 'shell', signal: 'SIGTERM' },
    { target: 'bin', signal: 'SIGINT' },
    { target: 'command', signal: 'SIGTERM' },
    // A parent killed outright cannot pass anything on: the server notices and stops cleanly all the same.
    { target: 'command', signal: 'SIGKILL' },
  ]
  for (const { target, signal } of cases) {
    it(`stops the whole tree cleanly within the shutdown bound on ${signal} to ${target}`, async () => {
      const { server, tree } = await npmStart()
      const victim = tree.find((proc) => roleOf(proc) === target)!
      process.kill(victim.pid, signal)
      const left = await untilGone(
        tree.map((proc) => proc.pid),
        STOPPED_WITHIN_MS,
      )
      expect(left.map((pid) => tree.find((proc) => proc.pid === pid)?.args), 'still running').toEqual([])
      // The server shut down the way it does when asked: jobs finished and it let go of the database (a crash
      // would leave its process lease standing until it lapsed). With its parent killed, its log went nowhere.
      expect(await liveHolders(database)).toEqual([])
      if (signal !== 'SIGKILL') expect(server.output.join('\n')).toContain('shutdown complete')
      // npm exits with its script's code: 0 after a clean stop, 137 when the command under it was killed outright.
      if (target !== 'npm' && target !== 'shell') expect(await server.exited).toBe(signal === 'SIGKILL' ? 137 : 0)
    }, 240_000)
  }

  it('exits non-zero when the server dies by a signal: 137 after SIGKILL, as after an out-of-memory kill', async () => {
    const { server, tree } = await npmStart()
    // Payload starts a moment after the server listens; wait until the server holds the database.
    for (let tries = 0; (await liveHolders(database)).length === 0; tries++) {
      expect(tries, 'the server registered as the holder of its database').toBeLessThan(600)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    process.kill(tree.find((proc) => roleOf(proc) === 'server')!.pid, 'SIGKILL')
    expect(await server.exited).toBe(137)
    expect(await untilGone(tree.map((proc) => proc.pid), STOPPED_WITHIN_MS)).toEqual([])
    // Killed, it could not let go: its lease stands until it lapses. (Its process is gone from this machine, so
    // a start straight after is not refused: the next test starts at once on the same database.)
    expect(await liveHolders(database)).toHaveLength(1)
  }, 240_000)
})

describe('a second start', () => {
  it('refuses before starting anything when the port is taken or a live server holds the database, unless told it is shared', async () => {
    // The server killed above left its lease standing in this database: it is gone, so it does not count.
    const first = await startServer({ dataDir })
    try {
      const env = { DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media'), DATABASE_URI: '', PAYLOAD_SECRET: '', NODE_ENV: 'production' }
      const samePort = await runCampaign(['start'], { ...env, PORT: String(first.port) })
      expect(samePort.code).toBe(3)
      expect(samePort.output).toContain(`Port ${first.port} on 127.0.0.1 is already in use`)
      const sameDatabase = await runCampaign(['start'], { ...env, PORT: String(await freePort()) })
      expect(sameDatabase.code).toBe(3)
      expect(sameDatabase.output).toMatch(/Another live campaign process holds this database \(web and jobs on port \d+, pid \d+/)
      // Nothing was started: no build, no migration, no Payload, no job runner.
      for (const refused of [samePort, sameDatabase]) expect(refused.output).not.toMatch(/build|Migrat|jobs queues running|campaign server listening/)

      const shared = await startServer({ dataDir, env: { SHARED_DATABASE: '1' } })
      expect(await shared.stop()).toBe(0)
    } finally {
      expect(await first.stop()).toBe(0)
    }
    // Stopped cleanly, it holds nothing: the next start goes ahead.
    const again = await startServer({ dataDir })
    expect(await again.stop('SIGINT')).toBe(0)
  }, 300_000)
})
