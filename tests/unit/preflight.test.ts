import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chooseDatabase } from '@/config/database'
import { assertDatabaseUsable } from '@/config/preflight'

import { useTempDir } from '../helpers/tempDir'

const dir = useTempDir('campaign-preflight-')

describe('checking the database file before start-up', () => {
  it('creates the folder for a new database', () => {
    assertDatabaseUsable(chooseDatabase(`file:${dir()}/new/place/campaign.db`))
    expect(fs.existsSync(path.join(dir(), 'new/place'))).toBe(true)
  })

  it('names the folder that cannot be created', () => {
    fs.writeFileSync(path.join(dir(), 'a-file'), 'not a folder')
    expect(() => assertDatabaseUsable(chooseDatabase(`file:${dir()}/a-file/campaign.db`))).toThrow(
      /database folder .*a-file cannot be created or written \((ENOTDIR|EEXIST)\)/,
    )
  })

  it('refuses a file that is not an SQLite database rather than overwrite it', () => {
    const file = path.join(dir(), 'notes.db')
    fs.writeFileSync(file, 'these are my notes, not a database')
    expect(() => assertDatabaseUsable(chooseDatabase(`file:${file}`))).toThrow(/is not an SQLite database/)
    expect(fs.readFileSync(file, 'utf8')).toBe('these are my notes, not a database')
  })

  it('accepts an existing SQLite file', () => {
    const file = path.join(dir(), 'ok.db')
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(84)]))
    expect(() => assertDatabaseUsable(chooseDatabase(`file:${file}`))).not.toThrow()
  })
})
