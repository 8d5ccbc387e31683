import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/errors'
import { resolveSecret } from '@/config/secret'
import { loadProcessSettings, loadSettings } from '@/config/settings'

import { useTempDir } from '../helpers/tempDir'

const dir = useTempDir('campaign-settings-')

describe('the Payload secret', () => {
  it('is generated once for the embedded demo, kept under data/ readable by the owner only, and reused', () => {
    const first = resolveSecret({ given: undefined, production: true, embeddedDefault: true, dataDir: dir() })
    const file = path.join(dir(), 'payload-secret')
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(resolveSecret({ given: undefined, production: true, embeddedDefault: true, dataDir: dir() })).toBe(first)
  })

  it('stops a production start with its own database when no secret is given', () => {
    expect(() => resolveSecret({ given: undefined, production: true, embeddedDefault: false, dataDir: dir() })).toThrow(
      /PAYLOAD_SECRET is not set/,
    )
    expect(fs.existsSync(path.join(dir(), 'payload-secret'))).toBe(false)
  })

  it('stops a production start when the secret is too short to be safe', () => {
    expect(() => resolveSecret({ given: 'short', production: true, embeddedDefault: true, dataDir: dir() })).toThrow(
      /5 characters long; use at least 32/,
    )
  })

  it('uses the secret the operator gives', () => {
    const given = 'x'.repeat(40)
    expect(resolveSecret({ given, production: true, embeddedDefault: false, dataDir: dir() })).toBe(given)
  })
})

describe('settings from the environment', () => {
  const secret = 'a'.repeat(32)

  it('defaults to 127.0.0.1:3000 with matching public URL', () => {
    const settings = loadSettings({ PAYLOAD_SECRET: secret }, dir())
    expect(settings).toMatchObject({ port: 3000, host: '127.0.0.1', publicUrl: 'http://127.0.0.1:3000', production: false })
    expect(settings.database).toMatchObject({ kind: 'sqlite', file: path.join(dir(), 'data/campaign.db') })
    expect(settings.smtpUrl).toBeUndefined()
  })

  it('keeps partner materials in the private data folder, apart from the public media folder', () => {
    const settings = loadSettings({ PAYLOAD_SECRET: secret }, dir())
    expect(settings.mediaDir).toBe(path.join(dir(), 'media'))
    expect(settings.materialsDir).toBe(path.join(dir(), 'data/materials'))
    expect(loadSettings({ PAYLOAD_SECRET: secret, MATERIALS_DIR: '/srv/materials' }, dir()).materialsDir).toBe('/srv/materials')
  })

  it('refuses upload folders inside one another, whichever way round', () => {
    expect(() => loadSettings({ PAYLOAD_SECRET: secret, MATERIALS_DIR: 'media/materials' }, dir())).toThrow(
      /MATERIALS_DIR \(.*media\/materials\) must not be inside MEDIA_DIR/,
    )
    expect(() => loadSettings({ PAYLOAD_SECRET: secret, MEDIA_DIR: 'data' }, dir())).toThrow(ConfigError)
    expect(() => loadSettings({ PAYLOAD_SECRET: secret, MEDIA_DIR: 'files/media', MATERIALS_DIR: 'files' }, dir())).toThrow(
      /MEDIA_DIR .* must not be inside MATERIALS_DIR/,
    )
  })

  it('reads PORT, HOST, PUBLIC_URL and SMTP_URL', () => {
    const settings = loadSettings(
      { PAYLOAD_SECRET: secret, PORT: '8080', HOST: '0.0.0.0', PUBLIC_URL: 'https://campaign.example.org/', SMTP_URL: 'smtp://mail:25' },
      dir(),
    )
    expect(settings).toMatchObject({ port: 8080, host: '0.0.0.0', publicUrl: 'https://campaign.example.org', smtpUrl: 'smtp://mail:25' })
  })

  it('explains a bad PORT or PUBLIC_URL instead of failing later', () => {
    expect(() => loadSettings({ PAYLOAD_SECRET: secret, PORT: 'eighty' }, dir())).toThrow(ConfigError)
    expect(() => loadSettings({ PAYLOAD_SECRET: secret, PUBLIC_URL: 'campaign.example.org' }, dir())).toThrow(/not a URL/)
    expect(() => loadSettings({ PAYLOAD_SECRET: secret, PUBLIC_URL: 'ftp://campaign.example.org' }, dir())).toThrow(/http/)
  })
})

describe('several processes on one database', () => {
  it('runs the jobs and holds the database alone by default', () => {
    expect(loadProcessSettings({})).toEqual({ jobs: true, sharedDatabase: false, leaseMs: 30_000 })
  })

  it('shares the database when told to, and always when it leaves the jobs to a worker', () => {
    expect(loadProcessSettings({ SHARED_DATABASE: '1' })).toMatchObject({ jobs: true, sharedDatabase: true })
    expect(loadProcessSettings({ JOBS: 'off' })).toMatchObject({ jobs: false, sharedDatabase: true })
    expect(loadProcessSettings({ JOBS: 'OFF', SHARED_DATABASE: '0' })).toMatchObject({ jobs: false, sharedDatabase: true })
    expect(loadProcessSettings({ LEASE_MS: '3000' }).leaseMs).toBe(3000)
  })

  it('explains a value it cannot read instead of guessing', () => {
    expect(() => loadProcessSettings({ JOBS: 'sometimes' })).toThrow(/JOBS "sometimes" must be on or off/)
    expect(() => loadProcessSettings({ SHARED_DATABASE: 'maybe' })).toThrow(ConfigError)
    expect(() => loadProcessSettings({ LEASE_MS: '500' })).toThrow(/at least 1000/)
    expect(() => loadProcessSettings({ LEASE_MS: 'soon' })).toThrow(/LEASE_MS/)
  })
})
