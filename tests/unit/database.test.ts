import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chooseDatabase, describeDatabase } from '@/config/database'
import { ConfigError } from '@/config/errors'

describe('choosing the database from DATABASE_URI', () => {
  it('uses the embedded SQLite file when nothing is set, so a new user needs no server', () => {
    const choice = chooseDatabase(undefined, '/srv/app')
    expect(choice).toEqual({
      kind: 'sqlite',
      uri: 'file:/srv/app/data/campaign.db',
      file: path.resolve('/srv/app', 'data/campaign.db'),
      embeddedDefault: true,
    })
  })

  it('keeps the embedded database in the chosen data folder', () => {
    expect(chooseDatabase(undefined, '/srv/app', '/var/lib/campaign')).toMatchObject({
      file: '/var/lib/campaign/campaign.db',
      embeddedDefault: true,
    })
  })

  it('treats an empty value like an unset one', () => {
    expect(chooseDatabase('  ', '/srv/app')).toMatchObject({ kind: 'sqlite', embeddedDefault: true })
  })

  it('uses SQLite for a file: URI, relative to the working folder or absolute', () => {
    expect(chooseDatabase('file:./other.db', '/srv/app')).toMatchObject({
      kind: 'sqlite',
      file: '/srv/app/other.db',
      embeddedDefault: false,
    })
    expect(chooseDatabase('file:/var/lib/campaign/live.db', '/srv/app')).toMatchObject({ file: '/var/lib/campaign/live.db' })
    expect(chooseDatabase('file:///var/lib/campaign/live.db', '/srv/app')).toMatchObject({ file: '/var/lib/campaign/live.db' })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(chooseDatabase('mongodb://db:27017/campaign')).toEqual({ kind: 'mongodb', uri: 'mongodb://db:27017/campaign' })
    expect(chooseDatabase('mongodb+srv://user:pw@cluster.example.net/campaign')).toMatchObject({ kind: 'mongodb' })
  })

  it('refuses other databases with a reason that names what is supported', () => {
    expect(() => chooseDatabase('postgres://localhost/campaign')).toThrow(ConfigError)
    expect(() => chooseDatabase('postgres://localhost/campaign')).toThrow(/"postgres:".*file:.*mongodb/)
  })

  it('refuses an in-memory or empty SQLite path, which would lose every message on restart', () => {
    expect(() => chooseDatabase('file:')).toThrow(/names no file/)
    expect(() => chooseDatabase('file::memory:')).toThrow(/names no file/)
  })

  it('never prints a MongoDB password', () => {
    const text = describeDatabase(chooseDatabase('mongodb://campaign:s3cret@db.example.net/campaign'))
    expect(text).toContain('campaign:****@db.example.net')
    expect(text).not.toContain('s3cret')
  })
})
