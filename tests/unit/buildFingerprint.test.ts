import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { sourceFingerprint } from '@/cli/build'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-fingerprint-'))
  fs.mkdirSync(path.join(dir, 'src/app'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'src/app/page.tsx'), 'export default 1')
  fs.writeFileSync(path.join(dir, 'payload.config.ts'), 'config')
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('knowing when the build is stale', () => {
  it('is stable while nothing changes', () => {
    expect(sourceFingerprint(dir)).toBe(sourceFingerprint(dir))
  })

  it('changes when a source file changes, is added or the config changes', () => {
    const before = sourceFingerprint(dir)
    fs.writeFileSync(path.join(dir, 'src/app/page.tsx'), 'export default 2')
    const edited = sourceFingerprint(dir)
    expect(edited).not.toBe(before)
    fs.writeFileSync(path.join(dir, 'src/app/extra.ts'), '')
    const added = sourceFingerprint(dir)
    expect(added).not.toBe(edited)
    fs.writeFileSync(path.join(dir, 'payload.config.ts'), 'config 2')
    expect(sourceFingerprint(dir)).not.toBe(added)
  })

  it('ignores files the build does not read', () => {
    const before = sourceFingerprint(dir)
    fs.writeFileSync(path.join(dir, 'README.md'), 'docs')
    fs.mkdirSync(path.join(dir, 'data'))
    fs.writeFileSync(path.join(dir, 'data/campaign.db'), 'x')
    fs.mkdirSync(path.join(dir, 'src/cli'))
    fs.writeFileSync(path.join(dir, 'src/cli/main.ts'), 'the command line runs outside the build')
    expect(sourceFingerprint(dir)).toBe(before)
  })
})
