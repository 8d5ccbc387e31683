import { describe, expect, it } from 'vitest'

import { checkText, ContentCheckError, MAX_TEXT_LENGTH } from '@/content-safety/check'
import type { CheckContext, Severity } from '@/content-safety/types'

import corpus from '../fixtures/content-safety-corpus.json' with { type: 'json' }

type Entry = { text: string; rule?: string; severity?: Severity; context?: CheckContext }
const rank: Record<Severity, number> = { info: 0, warn: 1, block: 2 }

describe('the labelled corpus', () => {
  it('finds every harmful sentence with the right rule, and blocks no safe one', async () => {
    const missed: string[] = []
    for (const entry of corpus.harmful as Entry[]) {
      const { findings } = await checkText(entry.text, entry.context)
      const hit = findings.find((finding) => finding.rule === entry.rule && rank[finding.severity] >= rank[entry.severity!])
      if (!hit) missed.push(`${entry.rule}: "${entry.text}" -> ${findings.map((f) => `${f.rule}/${f.severity}`).join(', ') || 'nothing'}`)
    }
    const blocked: string[] = []
    for (const entry of corpus.safe as Entry[]) {
      const { findings } = await checkText(entry.text, entry.context)
      const blocks = findings.filter((finding) => finding.severity === 'block')
      if (blocks.length > 0) blocked.push(`"${entry.text}" -> ${blocks.map((f) => f.rule).join(', ')}`)
    }
    const recall = (corpus.harmful.length - missed.length) / corpus.harmful.length
    const falseBlockRate = blocked.length / corpus.safe.length
    console.log(
      `content-safety corpus: recall ${(recall * 100).toFixed(1)}% (${corpus.harmful.length - missed.length}/${corpus.harmful.length}), ` +
        `false-block rate ${(falseBlockRate * 100).toFixed(1)}% (${blocked.length}/${corpus.safe.length})`,
    )
    expect(missed).toEqual([])
    expect(blocked).toEqual([])
  })
})

describe('the checker', () => {
  it('reports character offsets into the text, with the words, the reason and a kinder alternative', async () => {
    const text = 'Some people say it is just the baby blues.'
    const { findings } = await checkText(text)
    const finding = findings.find((candidate) => candidate.rule === 'just-baby-blues')!
    expect(text.slice(finding.start, finding.end)).toBe(finding.text)
    expect(finding.text).toBe('just the baby blues')
    expect(finding.message).toMatch(/delays help/)
    expect(finding.suggestion).toMatch(/name the condition/)
  })

  it('lowers labels inside a lived-experience quote to warn, but never safe-messaging rules', async () => {
    const text = '"People called me a psycho," she said. "I thought I had committed suicide in my head."'
    const plain = await checkText(text, { supportBlock: true })
    expect(plain.findings.find((f) => f.rule === 'slur')?.severity).toBe('block')
    const quoted = await checkText(text, { supportBlock: true, quotes: [{ start: 0, end: text.length }] })
    expect(quoted.findings.find((f) => f.rule === 'slur')?.severity).toBe('warn')
    expect(quoted.findings.find((f) => f.rule === 'committed-suicide')?.severity).toBe('block')
  })

  it('does not match "psycho" inside "psychosis"', async () => {
    const { findings } = await checkText('Postpartum psychosis is treatable.')
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
  })

  it('scores readability, and judges it only on items long enough for the formulas', async () => {
    const short = await checkText('Help is there. Ask your health visitor.')
    expect(short.readability).toMatchObject({ words: 7, sentences: 2 })
    expect(short.findings.some((f) => f.rule === 'reading-age')).toBe(false)
    const dense = Array.from({ length: 20 }, () => 'Comprehensive multidisciplinary interventions facilitate psychological rehabilitation.').join(' ')
    const hard = await checkText(dense)
    expect(hard.readability.fleschKincaidGrade).toBeGreaterThan(9)
    expect(hard.findings.find((f) => f.rule === 'reading-age')?.severity).toBe('block')
  })

  it('says which checks ran for a locale without language rules', async () => {
    const result = await checkText('Straszne myśli są częste u młodych rodziców.', { locale: 'pl' })
    expect(result.checks).toEqual(['safe messaging (support block only)', 'channel rules'])
    expect(result.findings).toEqual([])
  })

  it('refuses empty and oversized text with a reason', async () => {
    await expect(checkText('   ')).rejects.toThrow(new ContentCheckError('There is no text to check.'))
    await expect(checkText('a'.repeat(MAX_TEXT_LENGTH + 1))).rejects.toThrow(/characters long; the checker takes up to/)
  })

  it('checks alt text: present, and not a file name', async () => {
    const { findings } = await checkText('Help is there.', { altTexts: ['', 'IMG_2041.jpg', 'A dad holding his baby at a group'] })
    expect(findings.map((f) => `${f.rule}/${f.severity}`)).toEqual(['alt-text-missing/block', 'alt-text-meaningless/warn'])
  })
})

describe('safe messaging on a whole item', () => {
  const story = (extra: string) =>
    `${extra}Some parents have thoughts of suicide after a baby arrives. ` + 'They may feel low, tired and alone for many weeks. '.repeat(6)

  it('asks for hope and recovery in a longer piece about suicide', async () => {
    const without = await checkText(story(''), { supportBlock: true })
    expect(without.findings.some((finding) => finding.rule === 'hope-missing')).toBe(true)
    const withHope = await checkText(story('Help is there, and people do get better. '), { supportBlock: true })
    expect(withHope.findings.some((finding) => finding.rule === 'hope-missing')).toBe(false)
  })

  it('asks for a content note at the top of a long piece', async () => {
    const long = 'Help is there. ' + 'Some parents have thoughts of suicide, and it helps to talk to someone you trust. '.repeat(25)
    const result = await checkText(long, { supportBlock: true })
    expect(result.findings.some((finding) => finding.rule === 'content-note-missing')).toBe(true)
    const noted = await checkText('Content note: this story talks about suicide. ' + long, { supportBlock: true })
    expect(noted.findings.some((finding) => finding.rule === 'content-note-missing')).toBe(false)
  })
})

describe('the starter content', () => {
  // The seed walks its messages to approved, which needs every warning justified: its words must draw none.
  it('draws no language finding that a reviewer would have to justify', async () => {
    const { messages } = await import('@/seed/content/messages')
    const findings: string[] = []
    for (const message of messages) {
      const texts = [message.title, message.keyMessage, ...message.body, message.posterHeadline, message.posterStrapline, message.socialPost, ...message.oneMinuteConversation, ...message.signposts.map((signpost) => signpost.when)]
      for (const text of texts.filter(Boolean)) {
        const result = await checkText(text, { audiences: message.audiences, topicFlags: message.topicFlags, supportBlock: true })
        findings.push(...result.findings.filter((f) => f.severity !== 'info' && !['plain-english', 'channel', 'safe-messaging'].includes(f.category)).map((f) => `${message.slug}: ${f.category}/${f.rule} "${f.text}"`))
      }
    }
    expect(findings).toEqual([])
  })
})
