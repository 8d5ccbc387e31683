import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { runCampaign, StartFailed, startServer } from '../helpers/server'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-lifecycle-'))
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

async function adminToken(url: string): Promise<string> {
  const { logins } = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'))
  const admin = logins.find((login: { role: string }) => login.role === 'admin')
  const response = await fetch(url + '/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  return (await response.json()).token
}

describe('starting, stopping and starting again', () => {
  it('shuts down cleanly on SIGTERM, and a second start keeps every piece of content', async () => {
    const first = await startServer({ dataDir })
    expect(first.output.join('\n')).toContain('added the starter content')
    const token = await adminToken(first.url)
    const created = await fetch(first.url + '/api/themes', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: 'Sleep and tiredness', summary: 'Being very tired can make everything feel harder.' }),
    })
    expect(created.status).toBe(201)
    expect(await first.stop('SIGTERM')).toBe(0)
    const log = first.output.join('\n')
    expect(log).toContain('shutting down')
    expect(log).toContain('shutdown complete')

    const second = await startServer({ dataDir, env: { PUBLIC_URL: 'https://campaign.example.org' } })
    try {
      expect(second.output.join('\n')).toContain('the database has content; keeping it')
      const themes = await (await fetch(second.url + '/api/themes?limit=50')).json()
      expect(themes.totalDocs).toBe(7)
      expect(themes.docs.map((theme: { title: string }) => theme.title)).toContain('Sleep and tiredness')
      const messages = await (await fetch(second.url + '/api/messages?limit=50')).json()
      expect(messages.totalDocs).toBe(5)
      // Served over https (behind a proxy), browsers are told to stay on https.
      const response = await fetch(second.url + '/')
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
    } finally {
      expect(await second.stop('SIGINT')).toBe(0)
    }
  })

  it('refuses to seed a database that has content, and migrates it without harm', async () => {
    const env = { DATA_DIR: dataDir, DATABASE_URI: '', PAYLOAD_SECRET: '' }
    const seed = await runCampaign(['seed'], env)
    expect(seed.code).toBe(1)
    expect(seed.output).toContain('the database already has content, so nothing was seeded')
    const migrate = await runCampaign(['migrate'], env)
    expect(migrate.code).toBe(0)
    expect(migrate.output).toContain('the database schema is up to date')
  })
})

describe('start-up errors a person can act on', () => {
  it('explains a database folder that cannot be written, without a stack trace', async () => {
    const notAFolder = path.join(dataDir, 'plain-file')
    fs.writeFileSync(notAFolder, 'x')
    const failure = await startServer({ env: { DATABASE_URI: `file:${notAFolder}/campaign.db`, PAYLOAD_SECRET: 'p'.repeat(40) } }).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(StartFailed)
    const { code, output } = failure as StartFailed
    expect(code).toBe(1)
    expect(output.join('\n')).toMatch(/database folder .*plain-file cannot be created or written/)
    expect(output.join('\n')).not.toMatch(/^\s+at /m)
  })

  it('stops a production deployment that has its own database but no secret', async () => {
    const result = await runCampaign(['start'], {
      NODE_ENV: 'production',
      DATA_DIR: path.join(dataDir, 'other'),
      DATABASE_URI: `file:${path.join(dataDir, 'other', 'live.db')}`,
      PAYLOAD_SECRET: '',
    })
    expect(result.code).toBe(1)
    expect(result.output).toContain('PAYLOAD_SECRET is not set')
    expect(fs.existsSync(path.join(dataDir, 'other', 'live.db'))).toBe(false)
  })
})
