import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPeople, passwordOf } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// A site served over https sends its sign-in cookie only over https: never in the clear on a plain http
// request (a captive portal, a downgraded link).

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>

beforeAll(async () => {
  t = await startTestPayload({ env: { PUBLIC_URL: 'https://campaign.example.org' } })
  await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

const cookieOf = (response: Response) => response.headers.get('set-cookie') ?? ''

describe('the sign-in cookie over https', () => {
  it('is Secure, HttpOnly and SameSite=Lax from Payload’s own login', async () => {
    const response = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.org', password: passwordOf('editor') }),
    })
    expect(response.status).toBe(200)
    expect(cookieOf(response)).toMatch(/^payload-token=/)
    expect(cookieOf(response)).toMatch(/;\s*Secure/i)
    expect(cookieOf(response)).toMatch(/;\s*HttpOnly/i)
    expect(cookieOf(response)).toMatch(/;\s*SameSite=Lax/i)
  })

  it('is Secure from the partner sign-in form too', async () => {
    const response = await fetch(`${api.url}/api/partners/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'partner@example.org', password: passwordOf('partner'), locale: 'en' }).toString(),
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(cookieOf(response)).toMatch(/^payload-token=.+;\s*Secure/i)
  })
})
