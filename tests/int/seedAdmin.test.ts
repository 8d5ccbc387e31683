import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '@/seed'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

it('uses the admin login the operator chose and never writes it to the credentials file', async () => {
  const credentialsFile = path.join(t.dir, 'creds.json')
  const admin = { email: 'comms.lead@kent.example.org', password: 'a long passphrase chosen by the operator' }
  await seed(t.payload, { credentialsFile, admin })
  const { user } = await t.payload.login({ collection: 'users', data: admin })
  expect(user?.roles).toEqual(['admin'])
  const written = fs.readFileSync(credentialsFile, 'utf8')
  expect(written).not.toContain(admin.email)
  expect(written).not.toContain(admin.password)
  expect(JSON.parse(written).logins).toHaveLength(4)
})
