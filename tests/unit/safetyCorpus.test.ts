// The content-safety evaluation corpus is data that other tests measure the checker against, so its shape,
// its balance and its split are checked here. This file never runs the checker.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { audiences, topicFlags } from '@/domain/vocabulary'
import {
  folder,
  inFirstSplit,
  keptSplits,
  splitCorpus,
  type CorpusEntry,
  type CorpusFile,
} from '../../scripts/split-safety-corpus'

const read = (name: string) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as CorpusFile
const corpus = read('corpus.json')
const tuning = read('tuning.json')
const test = read('test.json')

// The least severity each harmful category may ask for, as issue 14 and the shared guide set them.
const harmfulSeverities: Record<string, readonly string[]> = {
  'suicide-language': ['block'],
  'method-detail': ['block'],
  'suicide-as-solution': ['block'],
  'suicide-judgement': ['block'],
  'derogatory-label': ['block', 'warn'],
  'danger-framing': ['block'],
  minimising: ['block', 'warn'],
  'child-removal-fear': ['block'],
  'institutional-language': ['warn'],
  'shame-label': ['block'],
  'person-first': ['warn'],
  trivialising: ['warn'],
  othering: ['warn'],
  'no-hope': ['warn'],
  pressure: ['warn'],
  'treatment-undermining': ['warn'],
  'clinical-jargon': ['warn'],
}
const safeCategories = [
  'myth-busting',
  'reassurance',
  'acknowledge-and-counter',
  'lived-experience-quote',
  'clinical-name',
  'safe-suicide-messaging',
  'service-information',
  'everyday',
]
const bigHarmful = ['derogatory-label', 'danger-framing', 'minimising', 'method-detail', 'child-removal-fear', 'shame-label']
const contextKeys = ['topicFlags', 'supportBlock', 'audiences', 'quotes', 'channel']

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

const withoutSplit = ({ split: _split, ...entry }: CorpusEntry) => entry

describe('content-safety evaluation corpus', () => {
  it('says how it was written and which guidance was read', () => {
    expect(corpus.about.how).toEqual(expect.any(String))
    expect(corpus.about.sourcesRead).toEqual(expect.arrayContaining([expect.stringContaining('Samaritans')]))
    expect(corpus.about.writtenFromTheSharedGuideAlone).toEqual(expect.any(Array))
  })

  it('gives every entry the agreed shape', () => {
    for (const entry of corpus.entries) {
      const where = `${entry.id}: ${entry.text}`
      expect(entry.id, where).toMatch(/^c\d{3,}$/)
      expect(entry.text.trim(), where).toBe(entry.text)
      expect(entry.text, where).not.toMatch(/\n/)
      expect(entry.note.length, where).toBeGreaterThan(0)
      expect(entry.basis.length, where).toBeGreaterThan(0)
      expect(entry.split, where).toBeUndefined()
      if (entry.label === 'harmful') {
        expect(Object.keys(harmfulSeverities), where).toContain(entry.category)
        expect(harmfulSeverities[entry.category], where).toContain(entry.severity)
      } else {
        expect(entry.label, where).toBe('safe')
        expect(safeCategories, where).toContain(entry.category)
        expect(entry.severity, where).toBeUndefined()
      }
      for (const key of Object.keys(entry.context ?? {})) expect(contextKeys, where).toContain(key)
      for (const flag of entry.context?.topicFlags ?? []) expect(topicFlags, where).toContain(flag)
      for (const audience of entry.context?.audiences ?? []) expect(audiences, where).toContain(audience)
    }
  })

  it('marks each quote span from its opening to its closing quotation mark', () => {
    for (const entry of corpus.entries) {
      for (const { start, end } of entry.context?.quotes ?? []) {
        const where = `${entry.id}: ${entry.text}`
        expect(start, where).toBeGreaterThanOrEqual(0)
        expect(end, where).toBeLessThanOrEqual(entry.text.length)
        expect(entry.text[start], where).toBe('“')
        expect(entry.text[end - 1], where).toBe('”')
      }
    }
  })

  it('gives quotes and suicide messaging the context the checker needs', () => {
    for (const entry of corpus.entries) {
      const where = `${entry.id}: ${entry.text}`
      if (entry.category === 'lived-experience-quote') expect(entry.context?.quotes?.length, where).toBe(1)
      if (entry.category === 'safe-suicide-messaging') {
        expect(entry.context?.supportBlock, where).toBe(true)
        expect(entry.context?.topicFlags, where).toContain('suicide-or-self-harm')
      }
      // A slur drops to warn only inside a lived-experience quote.
      if (entry.category === 'derogatory-label' && entry.severity === 'warn') expect(entry.context?.quotes?.length, where).toBe(1)
    }
  })

  it('has unique ids and unique sentences', () => {
    expect(new Set(corpus.entries.map((entry) => entry.id)).size).toBe(corpus.entries.length)
    expect(new Set(corpus.entries.map((entry) => entry.text.toLowerCase())).size).toBe(corpus.entries.length)
  })

  it('is big enough and balanced across categories', () => {
    expect(corpus.entries.length).toBeGreaterThanOrEqual(440)
    const counts = countBy(corpus.entries, (entry) => entry.category)
    for (const category of [...Object.keys(harmfulSeverities), ...safeCategories]) {
      expect(counts.get(category) ?? 0, category).toBeGreaterThanOrEqual(14)
    }
    for (const category of bigHarmful) expect(counts.get(category), category).toBeGreaterThanOrEqual(20)
    const safeShare = corpus.entries.filter((entry) => entry.label === 'safe').length / corpus.entries.length
    expect(safeShare).toBeGreaterThan(0.35)
    expect(safeShare).toBeLessThan(0.45)
    // Both severities of minimising are represented, so each can be measured.
    const minimising = corpus.entries.filter((entry) => entry.category === 'minimising')
    expect(countBy(minimising, (entry) => entry.severity!).size).toBe(2)
  })
})

describe('the tuning and test splits', () => {
  it('partition the corpus, each entry unchanged apart from its split', () => {
    const byId = new Map(corpus.entries.map((entry) => [entry.id, entry]))
    const seen = new Set<string>()
    for (const [file, split] of [
      [tuning, 'tuning'],
      [test, 'test'],
    ] as const) {
      expect(file.about.split).toBe(split)
      for (const entry of file.entries) {
        expect(entry.split, entry.id).toBe(split)
        expect(seen.has(entry.id), `${entry.id} is in both splits`).toBe(false)
        seen.add(entry.id)
        expect(withoutSplit(entry), entry.id).toEqual(byId.get(entry.id))
      }
    }
    expect([...seen].sort()).toEqual([...byId.keys()].sort())
  })

  it('halve every category', () => {
    const inTuning = countBy(tuning.entries, (entry) => entry.category)
    const inTest = countBy(test.entries, (entry) => entry.category)
    for (const [category, total] of countBy(corpus.entries, (entry) => entry.category)) {
      const difference = Math.abs((inTuning.get(category) ?? 0) - (inTest.get(category) ?? 0))
      expect(difference, category).toBeLessThanOrEqual(total % 2)
    }
  })

  it('are exactly what the seeded script gives, so the split is shown and reproducible', () => {
    const first = corpus.entries.filter((entry) => inFirstSplit(entry.id))
    const fromSeed = splitCorpus(first)
    const inFiles = keptSplits()
    for (const entry of first) expect(inFiles.get(entry.id), entry.id).toBe(fromSeed.get(entry.id))
    // Re-running the script would change nothing: every sentence is already placed.
    expect(splitCorpus(corpus.entries, undefined, inFiles)).toEqual(inFiles)
    // The seed, not the order of the file, decides.
    const other = splitCorpus(first, 1)
    expect(first.some((entry) => other.get(entry.id) !== fromSeed.get(entry.id))).toBe(true)
  })

  it('never move a sentence once split: new sentences are placed around the old ones', () => {
    const inFiles = keptSplits()
    const added = ['c9001', 'c9002', 'c9003'].map(
      (id): CorpusEntry => ({ id, text: id, label: 'harmful', category: 'othering', severity: 'warn', note: '', basis: '' }),
    )
    const after = splitCorpus([...corpus.entries, ...added], undefined, inFiles)
    for (const [id, split] of inFiles) expect(after.get(id), id).toBe(split)
    const othering = [...corpus.entries, ...added].filter((entry) => entry.category === 'othering')
    const sizes = countBy(othering, (entry) => after.get(entry.id)!)
    expect(Math.abs(sizes.get('tuning')! - sizes.get('test')!)).toBeLessThanOrEqual(1)
  })
})
