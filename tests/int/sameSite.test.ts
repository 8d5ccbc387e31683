import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refuseCrossSiteChanges } from '@/server/sameSite'

// The shell's check on where a change comes from, on a real Express server: a page on another site cannot
// make a visitor's browser sign in, subscribe or change anything here.

let server: http.Server
let url: string

beforeAll(async () => {
  const app = express()
  app.set('trust proxy', 'loopback')
  app.use(refuseCrossSiteChanges({ publicUrl: 'https://campaign.example.org' }))
  app.use((req, res) => res.json({ reached: `${req.method} ${req.path}` }))
  server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const send = (method: string, path: string, headers: Record<string, string> = {}) =>
  fetch(url + path, { method, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: method === 'GET' ? undefined : 'email=a@b.org&password=x' })

describe('changes sent from another site', () => {
  it('are refused with the reason, whatever the method, for every address under /api', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of ['/api/partners/sign-in', '/api/subscribe', '/api/users/login', '/api/messages/1', '/api/graphql']) {
        const response = await send(method, path, { origin: 'https://evil.example' })
        expect(response.status, `${method} ${path}`).toBe(403)
        expect((await response.json()).errors[0].message).toMatch(/only be sent from the campaign site/)
      }
    }
  })

  it('are refused when the browser hides the origin (null) or only says the site is another', async () => {
    expect((await send('POST', '/api/partners/sign-in', { origin: 'null' })).status).toBe(403)
    expect((await send('POST', '/api/partners/sign-in', { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await send('POST', '/api/partners/sign-in', { 'sec-fetch-site': 'same-site' })).status).toBe(403)
    expect((await send('POST', '/api/partners/sign-in', { origin: 'https://campaign.example.org.evil.example' })).status).toBe(403)
    expect((await send('POST', '/api/partners/sign-in', { origin: 'http://campaign.example.org' })).status).toBe(403)
  })

  it('go through from a page of the site that hides its origin (it sends no referrer), on the browser’s word', async () => {
    expect((await send('POST', '/api/subscriptions/preferences', { origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(200)
    expect((await send('POST', '/api/subscriptions/preferences', { origin: 'null', 'sec-fetch-site': 'cross-site' })).status).toBe(403)
  })

  it('go through from the site itself, and from clients that are not browsers', async () => {
    expect((await send('POST', '/api/partners/sign-in', { origin: 'https://campaign.example.org' })).status).toBe(200)
    expect((await send('POST', '/api/partners/sign-in', { origin: url })).status).toBe(200)
    expect((await send('POST', '/api/partners/sign-in', { 'sec-fetch-site': 'same-origin' })).status).toBe(200)
    expect((await send('POST', '/api/partners/sign-in')).status).toBe(200)
  })

  it('leave reading alone, and a mail program’s one-click unsubscribe', async () => {
    expect((await send('GET', '/api/messages', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(200)
    expect((await send('POST', '/api/subscriptions/unsubscribe?token=x', { origin: 'https://mail.example' })).status).toBe(200)
  })
})
