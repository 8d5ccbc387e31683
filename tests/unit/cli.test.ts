import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { parseArgs, UsageError } from '@/cli/usage'

const known = { help: {}, seed: { flags: ['--force'] }, migrate: {}, check: { flags: ['--json'], options: ['--channel'], positional: 1 } }

// The tests that run the real bin script start Node and the TypeScript loader each time: seconds on a busy machine.
const SPAWNS_MS = 60_000

describe('campaign command-line arguments', { timeout: SPAWNS_MS }, () => {
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

  it('reads options with values, in both spellings', () => {
    expect(parseArgs(['check', '--channel', 'x', 'copy.txt'], known).options.get('--channel')).toBe('x')
    expect(parseArgs(['check', '--channel=bluesky'], known).options.get('--channel')).toBe('bluesky')
    expect(() => parseArgs(['check', '--channel'], known)).toThrow(/--channel needs a value/)
    expect(() => parseArgs(['check', 'a.txt', 'b.txt'], known)).toThrow(/at most 1 file/)
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

describe('campaign check', { timeout: SPAWNS_MS }, () => {
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, ['bin/campaign.mjs', 'check', ...args], { encoding: 'utf8', input })

  it('exits 1 with a readable report when something blocks', () => {
    const result = run([], "It's just the baby blues, so don't worry.")
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('BLOCK  just-baby-blues')
    expect(result.stdout).toContain('Instead: name the condition')
  })

  it('prints the agreed JSON shape, with offsets into the input, and exits 0 when nothing blocks', () => {
    const text = 'Help is there if you feel low. Some mums suffer from anxiety.'
    const result = run(['--json', '--channel', 'bluesky', '-'], text)
    expect(result.status).toBe(0)
    const output = JSON.parse(result.stdout)
    expect(Object.keys(output)).toEqual(['findings', 'readability', 'checks'])
    expect(Object.keys(output.readability)).toEqual(['smog', 'fleschKincaidGrade', 'fleschReadingEase', 'words', 'sentences'])
    const finding = output.findings.find((candidate: { rule: string }) => candidate.rule === 'suffers-from')
    expect(Object.keys(finding)).toEqual(['rule', 'category', 'severity', 'start', 'end', 'text', 'message', 'suggestion'])
    expect(finding.category).toBe('person-first')
    expect(text.slice(finding.start, finding.end)).toBe(finding.text)
  })

  it('counts in words a person would write: "1 sentence", "2 sentences"', () => {
    const { stdout } = run(['--each-line'], "Help is there.\nHelp is there. Ask your midwife.\nIt's just the baby blues.")
    expect(stdout).toMatch(/3 words, 1 sentence;/)
    expect(stdout).toMatch(/6 words, 2 sentences;/)
    expect(stdout).toContain('1 blocking finding: this copy cannot be approved')
  })

  it('checks each line as its own copy with --each-line, one JSON object a line', () => {
    const result = run(['--each-line', '--json'], "Help is there.\n\nIt's just the baby blues.\n")
    expect(result.status).toBe(1)
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((line) => line.line)).toEqual([1, 3])
    expect(lines[0].findings).toEqual([])
    expect(lines[1].findings[0]).toMatchObject({ rule: 'just-baby-blues', category: 'minimising', severity: 'block', start: 5, end: 24 })
  })

  it('treats "> " lines as a lived-experience quote', () => {
    expect(run([], '> I felt like a bad mum for months.\nIt was not her fault.').status).toBe(0)
  })

  it('exits 2 with a reason for empty input or an unknown audience', () => {
    expect(run([], '   ').status).toBe(2)
    const wrong = run(['--audience', 'grandparents'], 'Help is there.')
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('--audience must be one of')
  })
})
