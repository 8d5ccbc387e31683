import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { parseArgs, UsageError } from '@/cli/usage'

const known = { help: [], seed: ['--force'], migrate: [] }

describe('campaign command-line arguments', () => {
  it('reads a command and its flags', () => {
    const parsed = parseArgs(['seed', '--force'], known)
    expect(parsed.command).toBe('seed')
    expect([...parsed.flags]).toEqual(['--force'])
  })

  it('shows help for no command, --help and -h', () => {
    expect(parseArgs([], known).command).toBe('help')
    expect(parseArgs(['--help'], known).command).toBe('help')
    expect(parseArgs(['seed', '-h'], known).command).toBe('help')
  })

  it('refuses unknown commands and flags with a reason', () => {
    expect(() => parseArgs(['publish'], known)).toThrow(new UsageError('Unknown command "publish".'))
    expect(() => parseArgs(['migrate', '--force'], known)).toThrow(/"migrate" does not take --force/)
  })

  it('exits with status 2 and the usage on a usage error, through the real bin script', () => {
    const result = spawnSync(process.execPath, ['bin/campaign.mjs', 'frobnicate'], { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Unknown command "frobnicate"')
    expect(result.stderr).toContain('Usage: campaign <command>')
  })

  it('prints help with status 0', () => {
    const result = spawnSync(process.execPath, ['bin/campaign.mjs', '--help'], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/start .*Build if needed/)
    expect(result.stdout).toContain('seed [--force]')
  })
})
