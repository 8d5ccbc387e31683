import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import express from 'express'
import { simpleParser } from 'mailparser'
import nodemailer from 'nodemailer'
import { describe, expect, it } from 'vitest'

import { outboxTransport } from '@/config/email'
import { readEmailAddress } from '@/mailing/address'
import { lockedWhile, nextReviewState, schedulingProblems, type SchedulingFacts } from '@/mailing/campaignRules'
import { consentWording } from '@/mailing/consent'
import { listHeaders, listId } from '@/mailing/listHeaders'
import { afterFailure, classifyFailure, MAX_ATTEMPTS, personalise, retryDelayMs } from '@/mailing/delivery'
import { checkLink, signLink } from '@/mailing/signedLink'
import { addressKey } from '@/mailing/suppression'
import { publicFormLimits } from '@/server/rateLimits'

describe('email addresses', () => {
  it('takes addresses as people type them, one record per person', () => {
    expect(readEmailAddress('  Sam.Leader@Example.ORG ')).toEqual({ ok: true, address: 'sam.leader@example.org' })
    expect(readEmailAddress('priya+news@hub.example.co.uk').ok).toBe(true)
  })
  it('refuses what is not an address, with a reason', () => {
    for (const bad of ['', 'sam', 'sam@', '@example.org', 'sam@example', 'two@@example.org', 'sam @example.org', '<b>@example.org', 'sam@-bad-.org', 'a'.repeat(65) + '@example.org', 42, null]) {
      const checked = readEmailAddress(bad)
      expect(checked.ok, String(bad)).toBe(false)
      if (!checked.ok) expect(checked.reason).toMatch(/email address like/)
    }
  })
})

describe('signed links', () => {
  const secret = 'a-secret-long-enough-for-tests'
  it('proves the inbox, for one purpose, until it expires', () => {
    const now = Date.now()
    const token = signLink(secret, 'subscription-confirm', 7, 'Sam@example.org', now + 1000)
    expect(checkLink(secret, 'subscription-confirm', token, () => 'sam@example.org', now)).toMatchObject({ ok: true, id: '7' })
    expect(checkLink(secret, 'subscription-confirm', token, () => 'sam@example.org', now + 2000)).toEqual({ ok: false, reason: 'expired' })
    expect(checkLink(secret, 'subscription-manage', token, () => 'sam@example.org', now)).toEqual({ ok: false, reason: 'wrong' })
    expect(checkLink(secret, 'subscription-confirm', token, () => 'someone.else@example.org', now)).toEqual({ ok: false, reason: 'wrong' })
    expect(checkLink('another-secret-entirely', 'subscription-confirm', token, () => 'sam@example.org', now)).toEqual({ ok: false, reason: 'wrong' })
    expect(checkLink(secret, 'subscription-confirm', 'nonsense', () => 'sam@example.org', now)).toEqual({ ok: false, reason: 'malformed' })
  })
  it('makes preferences links that never expire, because old emails must keep working', () => {
    const token = signLink(secret, 'subscription-manage', 7, 'sam@example.org')
    expect(checkLink(secret, 'subscription-manage', token, () => 'sam@example.org', Date.now() + 10 * 365 * 86_400_000).ok).toBe(true)
  })
  it('keys the suppression list by a hash that does not reveal the address', () => {
    expect(addressKey(secret, ' Sam@Example.org')).toBe(addressKey(secret, 'sam@example.org'))
    expect(addressKey(secret, 'sam@example.org')).not.toContain('sam')
    expect(addressKey('another-secret-entirely', 'sam@example.org')).not.toBe(addressKey(secret, 'sam@example.org'))
  })
})

describe('delivering one email', () => {
  it('tries again after a temporary refusal or a dropped connection, and never after a permanent one', () => {
    expect(classifyFailure({ responseCode: 421, response: '421 4.3.2 Try later' })).toBe('transient')
    expect(classifyFailure({ responseCode: 452 })).toBe('transient')
    expect(classifyFailure({ code: 'ECONNECTION' })).toBe('transient')
    expect(classifyFailure({ responseCode: 550, response: '550 5.1.1 No such user' })).toBe('bounce')
    expect(classifyFailure({ responseCode: 554, response: '554 5.7.1 Message refused' })).toBe('permanent')
    expect(classifyFailure(new Error('Something odd'))).toBe('permanent')
  })
  it('waits longer each time, up to an hour, and gives up after a few tries', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 60_000))).toEqual([60_000, 120_000, 240_000, 480_000])
    expect(retryDelayMs(20, 60_000)).toBe(3_600_000)
    expect(afterFailure('transient', 1, 1000, 0)).toEqual({ status: 'retrying', nextAttemptAt: 1000 })
    expect(afterFailure('transient', MAX_ATTEMPTS, 1000, 0)).toEqual({ status: 'failed' })
    expect(afterFailure('bounce', 1, 1000, 0)).toEqual({ status: 'failed' })
  })
  it('writes each reader\'s own links into a once-rendered email', () => {
    const rendered = '<a href="{{preferencesUrl}}">Change</a> <a href="{{unsubscribeUrl}}">Stop</a> {{somethingElse}}'
    expect(personalise(rendered, { preferencesUrl: 'https://x/p?token=1', unsubscribeUrl: 'https://x/u?token=1' })).toBe(
      '<a href="https://x/p?token=1">Change</a> <a href="https://x/u?token=1">Stop</a> {{somethingElse}}',
    )
  })
  it('records consent in the words the reader saw, with a fingerprint that changes when the words do', () => {
    const english = consentWording('en', 'Campaign news')
    expect(english.wording).toContain('"Campaign news"')
    expect(consentWording('pl', 'Campaign news').version).not.toBe(english.version)
    expect(consentWording('en', 'Campaign news')).toEqual(english)
  })
})

describe('when a campaign may be scheduled', () => {
  const base: SchedulingFacts = {
    template: 'message-of-the-week',
    lists: 1,
    sendAt: new Date('2026-12-01T09:00:00Z'),
    now: new Date('2026-11-30T09:00:00Z'),
    message: { exists: true, state: 'published', emailBlockStale: false, reviewBy: new Date('2027-06-01') },
    mayPublish: true,
  }
  it('allows an approved, current message to chosen lists at a future time', () => {
    expect(schedulingProblems(base)).toEqual([])
  })
  it('says what is wrong, field by field', () => {
    const paths = (facts: Partial<SchedulingFacts>) => schedulingProblems({ ...base, ...facts }).map((problem) => problem.path)
    expect(paths({ mayPublish: false })).toEqual(['status'])
    expect(paths({ lists: 0 })).toEqual(['lists'])
    expect(paths({ sendAt: new Date('2026-11-30T08:00:00Z') })).toEqual(['sendAt'])
    expect(paths({ message: { exists: true, state: 'in_review' } })).toEqual(['message'])
    expect(paths({ message: { exists: true, state: 'published', emailBlockStale: true } })).toEqual(['message'])
    expect(paths({ message: { exists: true, state: 'published', reviewBy: new Date('2026-11-30T12:00:00Z') } })).toEqual(['sendAt'])
    expect(paths({ template: 'community-bulletin', message: undefined, bulletin: { review: 'in-review', blocks: 0 } })).toEqual(['bulletin.review'])
    expect(paths({ template: 'community-bulletin', message: undefined, bulletin: { review: 'approved', blocks: 1 } })).toEqual(['bulletin.body'])
  })
  it('moves a bulletin through review like a message', () => {
    const facts = { wordsChanged: false, isReviewer: true, isAuthor: false, findings: [] }
    expect(nextReviewState('in-review', 'approved', facts)).toEqual({ state: 'approved' })
    expect(nextReviewState('in-review', 'approved', { ...facts, isReviewer: false })).toHaveProperty('refused')
    expect(nextReviewState('in-review', 'approved', { ...facts, isAuthor: true })).toHaveProperty('refused')
    expect(nextReviewState('approved', 'approved', { ...facts, wordsChanged: true })).toEqual({ state: 'draft' })
  })
  it('locks a campaign once it is sending', () => {
    expect(lockedWhile('draft')).toBeUndefined()
    expect(lockedWhile('sending')).toMatch(/cancel/)
    expect(lockedWhile('sent')).toMatch(/make a new one/)
  })
})

describe('list mail headers', () => {
  it('give the one-click unsubscribe pair (RFC 8058) and the list\'s identity (RFC 2919)', () => {
    expect(listHeaders({ list: { slug: 'campaign-news', name: 'Campaign news' }, host: 'campaign.example.org', unsubscribeUrl: 'https://campaign.example.org/api/subscriptions/unsubscribe?token=a.b&lists=1' })).toEqual({
      'List-Unsubscribe': '<https://campaign.example.org/api/subscriptions/unsubscribe?token=a.b&lists=1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': 'Campaign news <campaign-news.campaign.example.org>',
    })
  })
  it('name the list in plain words that need no MIME encoding, and always give a valid label', () => {
    expect(listId({ slug: 'wiadomosci', name: 'Wiadomości „kampanii” & co.' }, 'example.org')).toBe('Wiadomosci kampanii co <wiadomosci.example.org>')
    expect(listId({ slug: 'Dads & co', name: '"' }, 'example.org')).toBe('<dads-co.example.org>')
    expect(listId({ slug: '', name: 'News' }, 'example.org')).toBe('News <list.example.org>')
  })
})

describe('the outbox on a machine without SMTP', () => {
  it('writes every email as an .eml file a mail program opens, text and HTML both', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'))
    const transport = nodemailer.createTransport(outboxTransport(dir))
    await transport.sendMail({ from: 'campaign@example.org', to: 'sam@example.org', subject: 'Confirm your email', text: 'Plain words', html: '<p>Plain words</p>' })
    const [file] = fs.readdirSync(dir)
    expect(file).toMatch(/\.eml$/)
    const parsed = await simpleParser(fs.readFileSync(path.join(dir, file)))
    expect(parsed.subject).toBe('Confirm your email')
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' })
    expect(parsed.text?.trim()).toBe('Plain words')
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('ends every line of the file with CRLF, bodies included, as RFC 5322 requires', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'))
    const transport = nodemailer.createTransport(outboxTransport(dir))
    // Bodies with bare LFs and a lone CR, as templates and pasted words have them; Polish letters for 8-bit text.
    const text = `Dzień dobry\nSecond line\rThird\n\n${'word '.repeat(40)}\n`
    await transport.sendMail({ from: 'campaign@example.org', to: 'sam@example.org', subject: 'Łódź', text, html: '<p>one</p>\n<p>two</p>\n' })
    const [file] = fs.readdirSync(dir)
    const bytes = fs.readFileSync(path.join(dir, file))
    expect(bytes.includes(0x0a)).toBe(true)
    for (let index = 0; index < bytes.length; index++) {
      if (bytes[index] === 0x0a) expect(bytes[index - 1], `byte ${index}`).toBe(0x0d)
      if (bytes[index] === 0x0d) expect(bytes[index + 1], `byte ${index}`).toBe(0x0a)
    }
    expect(bytes.subarray(-2).toString('latin1')).toBe('\r\n')
    // Still the same message once read back.
    const parsed = await simpleParser(bytes)
    expect(parsed.subject).toBe('Łódź')
    expect(parsed.text?.replace(/\r\n/g, '\n')).toContain('Dzień dobry\nSecond line\nThird')
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('rate limits on the public forms', () => {
  it('answers 429 with a reason once a client has used its share, and leaves reading alone', async () => {
    const app = express()
    for (const { path: at, handler } of publicFormLimits({ signUps: 3, changes: 5 })) app.use(at, handler)
    app.use((_req, res) => void res.status(202).json({ message: 'ok' }))
    const server = http.createServer(app)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const statuses = []
      for (let i = 0; i < 5; i++) statuses.push((await fetch(`${url}/api/subscribe`, { method: 'POST' })).status)
      expect(statuses).toEqual([202, 202, 202, 429, 429])
      const refused = await fetch(`${url}/api/subscribe`, { method: 'POST' })
      expect((await refused.json()).errors[0].message).toMatch(/Too many requests/)
      expect(refused.headers.get('ratelimit-policy')).toBeTruthy()
      // Another form has its own allowance; pages and previews are not limited.
      expect((await fetch(`${url}/api/subscriptions/preferences`, { method: 'POST' })).status).toBe(202)
      for (let i = 0; i < 10; i++) expect((await fetch(`${url}/api/subscriptions/unsubscribe?token=x`)).status).toBe(202)
    } finally {
      server.close()
    }
  })
})
