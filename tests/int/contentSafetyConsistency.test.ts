// The three ways copy reaches the checker give the same findings for the same words: `campaign check` as a
// real process, POST /api/content-check over HTTP, and a message saved through Payload, whose stored findings
// come from its beforeChange hook. The whole evaluation corpus goes through all three. A mismatch is reported
// by the sentence's id only, so no test-split sentence is ever printed.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StoredFinding } from '@/collections/Messages/hooks/checkContent'
import type { Finding } from '@/content-safety/types'
import type { Message } from '@/payload-types'

import { draftMessage } from '../helpers/messages'
import { createPeople, passwordOf } from '../helpers/people'
import { startRestServer } from '../helpers/restServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { readEntries, readOldCorpus } from '../unit/contentSafetyEvaluation'

type Copy = { id: string; text: string }

// Every sentence in the corpus, with no context but what all three can be told alike: a one-minute
// conversation point for all parents (a message's talking points are checked one by one with that channel).
const channel = 'one-minute'
const audience = 'all-parents'
const corpus: Copy[] = [
  ...(['tuning.json', 'test.json', 'helper-examples.json'] as const).flatMap((file) =>
    readEntries(file).map((entry) => ({ id: `${file.replace('.json', '')}:${entry.id}`, text: entry.text })),
  ),
  ...readOldCorpus().map((entry, index) => ({ id: `old:${index + 1}`, text: entry.text })),
]
/** How many sentences go into one message, as its talking points. */
const POINTS_PER_MESSAGE = 60

let t: TestPayload
let api: Awaited<ReturnType<typeof startRestServer>>
let token: string

beforeAll(async () => {
  t = await startTestPayload()
  await createPeople(t.payload)
  api = await startRestServer(t.payload.config)
  const login = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.org', password: passwordOf('editor') }),
  })
  token = (await login.json()).token
})
afterAll(async () => {
  await api?.close()
  await t?.close()
})

/** The parts of a finding that the three must agree on (stored findings also carry an id, locale and field). */
const comparable = ({ rule, category, severity, start, end, text, message, suggestion }: Finding) => ({ rule, category, severity, start, end, text, message, suggestion })
const sorted = (findings: Finding[]) =>
  findings.map(comparable).sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule))

async function throughTheCli(copies: Copy[]): Promise<Finding[][]> {
  const file = path.join(t.dir, 'corpus.txt')
  fs.writeFileSync(file, copies.map((copy) => copy.text).join('\n'))
  const child = spawn(process.execPath, ['bin/campaign.mjs', 'check', '--each-line', '--json', '--channel', channel, '--audience', audience, file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  expect([0, 1], stderr).toContain(status)
  const byLine = new Map<number, Finding[]>()
  for (const line of stdout.trim().split('\n')) {
    const result = JSON.parse(line) as { line: number; findings: Finding[] }
    byLine.set(result.line, result.findings)
  }
  return copies.map((_, index) => byLine.get(index + 1) ?? [])
}

async function throughTheEndpoint(copies: Copy[]): Promise<Finding[][]> {
  const results: Finding[][] = new Array(copies.length)
  let next = 0
  const worker = async () => {
    while (next < copies.length) {
      const index = next++
      const response = await fetch(`${api.url}/api/content-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ text: copies[index].text, channel, audience }),
      })
      expect(response.status).toBe(200)
      results[index] = ((await response.json()) as { findings: Finding[] }).findings
    }
  }
  await Promise.all(Array.from({ length: 6 }, worker))
  return results
}

async function throughMessageSaves(copies: Copy[]): Promise<Finding[][]> {
  const results: Finding[][] = []
  for (let from = 0; from < copies.length; from += POINTS_PER_MESSAGE) {
    const batch = copies.slice(from, from + POINTS_PER_MESSAGE)
    const message = await draftMessage(t.payload, `consistency-${from}`, {
      audiences: [audience],
      renditions: { oneMinuteConversation: batch.map((copy) => ({ point: copy.text })) },
    } as Partial<Message>)
    const stored = ((message.safety as { findings?: StoredFinding[] })?.findings ?? []).filter((finding) => finding.locale === 'en')
    batch.forEach((_, index) => results.push(stored.filter((finding) => finding.field === `renditions.oneMinuteConversation.${index}.point`)))
  }
  return results
}

/**
 * A message knows whether it carries the support block (from its signposts); the CLI and the endpoint cannot,
 * so for suicide or self-harm words they warn where a message without signposts blocks. Everything else must
 * be the same.
 */
const aboutTheWords = (findings: Finding[]) => findings.filter((finding) => finding.rule !== 'support-block-missing')

describe('one checker behind the CLI, the endpoint and message saves', () => {
  it(`gives the same findings for each of the ${corpus.length} corpus sentences all three ways`, { timeout: 600_000 }, async () => {
    const timings: string[] = []
    const timed = async <T>(name: string, work: () => Promise<T>) => {
      const started = performance.now()
      const result = await work()
      timings.push(`${name} ${Math.round(performance.now() - started)} ms`)
      return result
    }
    const cli = await timed('CLI (one process)', () => throughTheCli(corpus))
    const endpoint = await timed('endpoint (one request a sentence)', () => throughTheEndpoint(corpus))
    const saves = await timed(`message saves (${POINTS_PER_MESSAGE} talking points a message)`, () => throughMessageSaves(corpus))
    console.log(`Consistency over ${corpus.length} sentences: ${timings.join('; ')}.`)

    const mismatches: string[] = []
    let findings = 0
    corpus.forEach((copy, index) => {
      const expected = sorted(aboutTheWords(endpoint[index]))
      findings += expected.length
      if (JSON.stringify(sorted(aboutTheWords(cli[index]))) !== JSON.stringify(expected)) mismatches.push(`${copy.id}: CLI`)
      if (JSON.stringify(sorted(aboutTheWords(saves[index]))) !== JSON.stringify(expected)) mismatches.push(`${copy.id}: message save`)
      // The support block: the same words, a warning where the context is unknown and a block in a message without it.
      const unknown = endpoint[index].filter((finding) => finding.rule === 'support-block-missing')
      const inMessage = saves[index].filter((finding) => finding.rule === 'support-block-missing')
      const fromCli = cli[index].filter((finding) => finding.rule === 'support-block-missing')
      if (fromCli.length !== unknown.length || inMessage.length !== unknown.length) mismatches.push(`${copy.id}: support block`)
      if (unknown.some((finding) => finding.severity !== 'warn') || inMessage.some((finding) => finding.severity !== 'block')) mismatches.push(`${copy.id}: support block severity`)
    })
    expect(mismatches).toEqual([])
    // The comparison is not empty: the corpus is made to draw findings.
    expect(findings).toBeGreaterThan(corpus.length / 2)
  })
})
