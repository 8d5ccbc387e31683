// Splits the content-safety evaluation corpus ONCE into a tuning half and a test half, stratified by
// category, with a seeded shuffle so anyone can re-run it and get the same split.
//   npx tsx scripts/split-safety-corpus.ts
// Rules may be changed only by looking at tuning.json; test.json is only measured (see the README there).
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const SEED = 20261206
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

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/**
 * Which split each entry id falls in. Depends only on ids, categories and the seed, so fixing a typo in a
 * sentence never moves it between splits. An odd-sized category gives its spare entry to tuning and test in turn.
 */
export function splitCorpus(entries: CorpusEntry[], seed = SEED): Map<string, Split> {
  const random = randomFrom(seed)
  const byCategory = new Map<string, string[]>()
  for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry.id])
  }
  const assignment = new Map<string, Split>()
  let spareGoesToTuning = true
  for (const category of [...byCategory.keys()].sort()) {
    const ids = shuffled(byCategory.get(category)!, random)
    let tuningSize = Math.floor(ids.length / 2)
    if (ids.length % 2 === 1) {
      if (spareGoesToTuning) tuningSize += 1
      spareGoesToTuning = !spareGoesToTuning
    }
    ids.forEach((id, index) => assignment.set(id, index < tuningSize ? 'tuning' : 'test'))
  }
  return assignment
}

export function splitFile(corpus: CorpusFile, split: Split, assignment: Map<string, Split>): CorpusFile {
  const entries = corpus.entries.filter((entry) => assignment.get(entry.id) === split).map((entry) => ({ ...entry, split }))
  return {
    about: {
      title: `${corpus.about.title}: ${split} split`,
      split,
      seed: SEED,
      madeBy: 'scripts/split-safety-corpus.ts (seeded shuffle, stratified by category, 50% each)',
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
  const assignment = splitCorpus(corpus.entries)
  for (const split of ['tuning', 'test'] as const) {
    fs.writeFileSync(path.join(folder, `${split}.json`), JSON.stringify(splitFile(corpus, split, assignment), null, 2) + '\n')
  }
  console.log(countsTable(corpus, assignment))
  const tuning = [...assignment.values()].filter((split) => split === 'tuning').length
  console.log(`${tuning} tuning, ${assignment.size - tuning} test, seed ${SEED}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main()
