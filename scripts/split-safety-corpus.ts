// Splits the content-safety evaluation corpus ONCE into a tuning half and a test half, stratified by
// category, with a seeded shuffle so anyone can re-run it and get the same split. Re-running after adding
// sentences places only the new ones; nothing already split ever moves.
//   npx tsx scripts/split-safety-corpus.ts
// Rules may be changed only by looking at tuning.json; test.json is only measured (see the README there).
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const SEED = 20261206
/** The corpus as first written and split (c001 to c516); the seed alone reproduces their split. */
export const FIRST_SPLIT_LAST_ID = 'c516'
export const inFirstSplit = (id: string) => Number(id.slice(1)) <= Number(FIRST_SPLIT_LAST_ID.slice(1))
export const folder = 'tests/fixtures/content-safety'

export type Split = 'tuning' | 'test'
export type CorpusEntry = {
  id: string
  text: string
  label: 'harmful' | 'safe'
  category: string
  severity?: 'block' | 'warn' | 'info'
  context?: {
    topicFlags?: string[]
    supportBlock?: boolean
    audiences?: string[]
    quotes?: { start: number; end: number }[]
    channel?: string
  }
  note: string
  basis: string
  split?: Split
}
export type CorpusFile = { about: Record<string, unknown>; entries: CorpusEntry[] }

/** xorshift32: small, deterministic and the same on every machine; quality is ample for a shuffle. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 0x1_0000_0000
  }
}

/** FNV-1a, so each category has its own stream and adding to one category never reshuffles another. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0
  return hash
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/**
 * Which split each entry falls in. Entries already in a split (`kept`, read from the split files) stay where
 * they are, so the split happens once: sentences added later are dealt, in a seeded order per category, to
 * whichever half of their category is smaller (tuning on a tie). Depends only on ids, categories and the seed,
 * so fixing a typo in a sentence never moves it.
 */
export function splitCorpus(entries: CorpusEntry[], seed = SEED, kept = new Map<string, Split>()): Map<string, Split> {
  const byCategory = new Map<string, string[]>()
  for (const entry of entries) byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry.id])
  const assignment = new Map<string, Split>()
  for (const [category, ids] of byCategory) {
    const sizes = { tuning: 0, test: 0 }
    for (const id of ids) {
      const split = kept.get(id)
      if (!split) continue
      assignment.set(id, split)
      sizes[split] += 1
    }
    const newIds = ids.filter((id) => !kept.has(id)).sort()
    for (const id of shuffled(newIds, randomFrom(seed ^ hashOf(category)))) {
      const split = sizes.tuning <= sizes.test ? 'tuning' : 'test'
      assignment.set(id, split)
      sizes[split] += 1
    }
  }
  return assignment
}

/** The assignment the split files already record (empty before the first split). */
export function keptSplits(): Map<string, Split> {
  const kept = new Map<string, Split>()
  for (const split of ['tuning', 'test'] as const) {
    const file = path.join(folder, `${split}.json`)
    if (!fs.existsSync(file)) continue
    for (const entry of (JSON.parse(fs.readFileSync(file, 'utf8')) as CorpusFile).entries) kept.set(entry.id, split)
  }
  return kept
}

export function splitFile(corpus: CorpusFile, split: Split, assignment: Map<string, Split>): CorpusFile {
  const entries = corpus.entries.filter((entry) => assignment.get(entry.id) === split).map((entry) => ({ ...entry, split }))
  return {
    about: {
      title: `${corpus.about.title}: ${split} split`,
      split,
      seed: SEED,
      madeBy: 'scripts/split-safety-corpus.ts (seeded shuffle per category, 50% each; entries never move once split)',
      rule:
        split === 'tuning'
          ? 'Rules may be changed by looking at this split.'
          : 'Only measured. Do not read these sentences to change rules, lexicons or suggestions.',
      entries: entries.length,
    },
    entries,
  }
}

function countsTable(corpus: CorpusFile, assignment: Map<string, Split>): string {
  const rows = new Map<string, { label: string; tuning: number; test: number }>()
  for (const entry of corpus.entries) {
    const row = rows.get(entry.category) ?? { label: entry.label, tuning: 0, test: 0 }
    row[assignment.get(entry.id)!] += 1
    rows.set(entry.category, row)
  }
  const lines = [...rows].map(([category, row]) => `${row.label.padEnd(8)} ${category.padEnd(26)} ${String(row.tuning).padStart(3)} ${String(row.test).padStart(4)}`)
  return ['label    category                   tuning test', ...lines].join('\n')
}

function main() {
  const corpus = JSON.parse(fs.readFileSync(path.join(folder, 'corpus.json'), 'utf8')) as CorpusFile
  const assignment = splitCorpus(corpus.entries, SEED, keptSplits())
  for (const split of ['tuning', 'test'] as const) {
    fs.writeFileSync(path.join(folder, `${split}.json`), JSON.stringify(splitFile(corpus, split, assignment), null, 2) + '\n')
  }
  console.log(countsTable(corpus, assignment))
  const tuning = [...assignment.values()].filter((split) => split === 'tuning').length
  console.log(`${tuning} tuning, ${assignment.size - tuning} test, seed ${SEED}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main()
