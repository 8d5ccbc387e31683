import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { readableMessage } from '@/logger'

const tsx = fileURLToPath(import.meta.resolve('tsx'))
const sample = ['--conditions=production', '--import', tsx, 'tests/helpers/logSample.ts']
const env: NodeJS.ProcessEnv = { ...process.env, LOG_FORMAT: '', NO_COLOR: '1', NODE_ENV: 'production', LOG_LEVEL: 'info', DISABLE_LOGGING: '' }

describe('logs a person can read', () => {
  it('prints one readable line per event in a terminal', () => {
    // `script` gives the process a pseudo-terminal, as a person's shell does.
    const command = [process.execPath, ...sample].map((part) => `'${part}'`).join(' ')
    const run = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], { env, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(0)
    const lines = run.stdout.replace(/\r/g, '').split('\n')
    expect(lines).toContainEqual(expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO \(http\): campaign server listening {2}url=http:\/\/127\.0\.0\.1:3000 publicUrl=https:\/\/campaign\.example\.org$/))
    expect(lines).toContainEqual(expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO \(http\): GET \/services 200 4 ms$/))
    expect(lines).toContainEqual(expect.stringMatching(/ERROR \(http\): readiness check failed/))
    // The error's stack still shows, for whoever is fixing it.
    expect(run.stdout).toMatch(/the database did not answer[\s\S]*at /)
    expect(run.stdout).not.toContain('{"')
  })

  it('prints JSON lines when its output goes to a file or a log collector', () => {
    const run = spawnSync(process.execPath, sample, { env, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(0)
    const events = run.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(events[1]).toMatchObject({ level: 30, name: 'http', msg: 'request', method: 'GET', path: '/services', status: 200, ms: 4 })
    expect(events[2].err).toMatchObject({ message: 'the database did not answer', stack: expect.stringContaining('at ') })
  })

  it('writes facts as key=value, quoting only what needs it', () => {
    expect(readableMessage({ msg: 'closed', step: 'next' })).toBe('closed  step=next')
    expect(readableMessage({ msg: 'shutting down', signal: 'SIGTERM', timeoutMs: 10000 })).toBe('shutting down  signal=SIGTERM timeoutMs=10000')
    expect(readableMessage({ msg: 'x', note: 'two words', list: [1, 2] })).toBe('x  note="two words" list=[1,2]')
    expect(readableMessage({ msg: 'plain', level: 30, time: 'now', name: 'http' })).toBe('plain')
    expect(readableMessage({ msg: 'failed', err: { message: 'outer', stack: 'Error: outer', cause: { message: 'SQLITE_FULL', stack: 'LibsqlError: SQLITE_FULL' } } })).toBe(
      'failed\n    Error: outer\n    caused by: LibsqlError: SQLITE_FULL',
    )
  })
})
