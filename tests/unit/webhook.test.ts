import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/errors'
import { loadWebhookSettings } from '@/config/settings'
import { retryDelayMs } from '@/mailing/delivery'
import {
  afterWebhookFailure,
  WEBHOOK_MAX_ATTEMPTS,
  webhookAdapter,
  webhookBody,
  webhookHeaders,
  webhookRetryWindowMs,
  webhookSignature,
} from '@/publishing/webhook'
import type { OutgoingPost } from '@/social/adapter'

const secret = 'test-webhook-secret-0123456789abcdef'

describe('the webhook signature', () => {
  // Vectors computed outside Node: printf '%s' '<timestamp>.<body>' | openssl dgst -sha256 -hmac "$secret"
  it('matches known vectors (ASCII and UTF-8 bodies)', () => {
    expect(webhookSignature(secret, 1_700_000_000, '{"id":"d-1","event":"social-post.due"}')).toBe(
      'sha256=96a9888586bb049b8cdae7bfcef92dddd8fd7db811679d1ea28cb0541744b2c3',
    )
    expect(webhookSignature(secret, 1_700_000_000, '{"text":"Pomoc jest blisko – zadzwoń 💛"}')).toBe(
      'sha256=79da02ca1e2b5162f4273df8514dc07ded19c3872253b8f1e231520ec8bcb744',
    )
  })

  it('is the HMAC of the timestamp, a full stop and the raw body bytes, as a receiver computes it', () => {
    const body = webhookBody('a-delivery', post(), new Date('2026-12-01T09:00:00Z'))
    const independent = createHmac('sha256', Buffer.from(secret, 'utf8'))
      .update(Buffer.concat([Buffer.from('1796115600', 'ascii'), Buffer.from([0x2e]), Buffer.from(body, 'utf8')]))
      .digest('hex')
    expect(webhookSignature(secret, 1_796_115_600, body)).toBe(`sha256=${independent}`)
  })

  it('changes with the timestamp, the body and the secret', () => {
    const signed = webhookSignature(secret, 1_700_000_000, '{}')
    expect(webhookSignature(secret, 1_700_000_001, '{}')).not.toBe(signed)
    expect(webhookSignature(secret, 1_700_000_000, '{ }')).not.toBe(signed)
    expect(webhookSignature(`${secret}x`, 1_700_000_000, '{}')).not.toBe(signed)
  })

  it('goes out with the delivery id, the signing time in seconds and a JSON content type', () => {
    const headers = webhookHeaders({ deliveryId: 'a-delivery', body: '{}' }, secret, 1_700_000_000_999)
    expect(headers).toEqual({
      'content-type': 'application/json',
      'user-agent': expect.stringMatching(/\S/),
      'x-campaign-delivery': 'a-delivery',
      'x-campaign-timestamp': '1700000000',
      'x-campaign-signature': webhookSignature(secret, 1_700_000_000, '{}'),
    })
    expect(JSON.stringify(headers)).not.toContain(secret)
  })
})

describe('the webhook body', () => {
  it('is the delivery id, the event, when it was written and the post', () => {
    const body = webhookBody('a-delivery', post(), new Date('2026-12-01T09:00:04.112Z'))
    expect(JSON.parse(body)).toEqual({ id: 'a-delivery', event: 'social-post.due', createdAt: '2026-12-01T09:00:04.112Z', post: post() })
  })
})

describe('retries', () => {
  it('wait with the shared doubling backoff: base, 2×, 4× … capped at an hour', () => {
    const now = 1_000_000
    const waits = [1, 2, 3, 4].map((attempts) => {
      const next = afterWebhookFailure(attempts, 100, now)
      return next.status === 'retrying' ? next.nextAttemptAt - now : undefined
    })
    expect(waits).toEqual([100, 200, 400, 800])
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempts) => retryDelayMs(attempts, 30_000) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600])
  })

  it('go on for about a day with the default base, then the delivery is marked failed', () => {
    const hours = webhookRetryWindowMs(30_000) / 3_600_000
    expect(hours).toBeGreaterThan(22)
    expect(hours).toBeLessThan(25)
    expect(afterWebhookFailure(WEBHOOK_MAX_ATTEMPTS - 1, 30_000, 0).status).toBe('retrying')
    expect(afterWebhookFailure(WEBHOOK_MAX_ATTEMPTS, 30_000, 0)).toEqual({ status: 'failed' })
  })
})

describe('webhook settings', () => {
  const good = { WEBHOOK_URL: 'https://automation.example.org/hooks/campaign?token=abc', WEBHOOK_SECRET: 'k'.repeat(32) }

  it('are off without WEBHOOK_URL, and then the adapter takes nothing', () => {
    expect(loadWebhookSettings({})).toEqual({ webhookUrl: undefined, webhookSecret: undefined, webhookRetryBaseMs: 30_000 })
    expect(webhookAdapter({} as never, {})).toBeUndefined()
  })

  it('give an adapter for every platform when WEBHOOK_URL is set', () => {
    const adapter = webhookAdapter({} as never, good)
    expect(adapter?.name).toBe('webhook')
    expect(adapter?.handles('bluesky') && adapter.handles('whatsapp')).toBe(true)
  })

  it('read the URL, the secret and the retry base', () => {
    expect(loadWebhookSettings({ ...good, WEBHOOK_RETRY_BASE_MS: '100' })).toEqual({
      webhookUrl: good.WEBHOOK_URL,
      webhookSecret: good.WEBHOOK_SECRET,
      webhookRetryBaseMs: 100,
    })
  })

  it('refuse a URL without a secret of at least 32 characters, without repeating either', () => {
    for (const WEBHOOK_SECRET of [undefined, '', 'k'.repeat(31), `  ${'k'.repeat(20)}  `]) {
      const attempt = () => loadWebhookSettings({ ...good, WEBHOOK_SECRET })
      expect(attempt).toThrow(ConfigError)
      expect(attempt).toThrow(/WEBHOOK_SECRET .*at least 32/)
      expect(attempt).not.toThrow(/token=abc/)
    }
  })

  it('refuse a plain-http URL in production, allow it elsewhere (a receiver on this machine in tests)', () => {
    const plain = { ...good, WEBHOOK_URL: 'http://127.0.0.1:9000/hook' }
    expect(() => loadWebhookSettings({ ...plain, NODE_ENV: 'production' })).toThrow(/https:\/\/ in production/)
    expect(loadWebhookSettings({ ...plain, NODE_ENV: 'test' }).webhookUrl).toBe('http://127.0.0.1:9000/hook')
    expect(loadWebhookSettings({ ...good, NODE_ENV: 'production' }).webhookUrl).toBe(good.WEBHOOK_URL)
  })

  it('refuse something that is not a web address, and a bad retry base', () => {
    expect(() => loadWebhookSettings({ ...good, WEBHOOK_URL: 'automation.example.org/hook' })).toThrow(/not a URL/)
    expect(() => loadWebhookSettings({ ...good, WEBHOOK_URL: 'ftp://automation.example.org/hook' })).toThrow(/https/)
    expect(() => loadWebhookSettings({ ...good, WEBHOOK_RETRY_BASE_MS: 'soon' })).toThrow(/WEBHOOK_RETRY_BASE_MS/)
  })
})

function post(): OutgoingPost {
  return {
    id: 42,
    platform: 'bluesky',
    text: 'Feelings after a baby are common, and help is there.\n\nhttps://campaign.example.org/en/messages/feelings?ref=social-bluesky',
    link: 'https://campaign.example.org/en/messages/feelings?ref=social-bluesky',
    image: null,
    scheduledAt: '2026-12-01T09:00:00.000Z',
    message: { slug: 'feelings', title: 'Feelings' },
  }
}
