// Measures the checker against a labelled corpus: per category, how many harmful sentences it finds at or above
// their severity, and how many safe sentences it blocks or warns about. Only figures leave this module's
// summaries, so the test split can be measured without anyone reading its sentences.
import fs from 'node:fs'
import path from 'node:path'

import { checkText } from '@/content-safety/check'
import { signById } from '@/content-safety/rules'
import type { CheckContext, Finding, Severity } from '@/content-safety/types'

export type LabelledEntry = {
  id?: string
  text: string
  label: 'harmful' | 'safe'
  category: string
  severity?: Severity
  context?: CheckContext
}

export type EntryResult = {
  entry: LabelledEntry
  findings: Finding[]
  /** The strongest counted finding, if any. */
  strongest?: Severity
  /** Harmful: found at or above its severity. */
  found: boolean
  /** Harmful: found at or above its severity by a finding of its own category. */
  foundInCategory: boolean
}

export type CategoryFigures = {
  category: string
  label: 'harmful' | 'safe'
  severity: string
  total: number
  found: number
  foundInCategory: number
  blocked: number
  warned: number
  /** Harmful: given a finding, but weaker than its severity (a warning where it must block). */
  tooWeak: number
}

const rank: Record<Severity, number> = { info: 0, warn: 1, block: 2 }

/**
 * Findings about a sentence's words count. Plain-English length and reading age, channel rules and the
 * message-level safe-messaging checks (a missing support block or content note) are about the item, not the
 * words, and the corpus does not label them.
 */
export const notCounted = new Set(['plain-english', 'link-text', 'channel', 'safe-messaging'])
export const counted = (finding: Finding) => !notCounted.has(finding.category)

const folder = path.join(process.cwd(), 'tests/fixtures/content-safety')

/** A split file (tuning.json, test.json) or the helper's own examples. */
export function readEntries(name: string): LabelledEntry[] {
  return (JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as { entries: LabelledEntry[] }).entries
}

/** The old 113-sentence corpus, whose categories are its rule ids; a finding counts only if it is that rule. */
export function readOldCorpus(): (LabelledEntry & { rule?: string })[] {
  const file = path.join(process.cwd(), 'tests/fixtures/content-safety-corpus.json')
  const old = JSON.parse(fs.readFileSync(file, 'utf8')) as { harmful: { text: string; rule: string; severity: Severity; context?: CheckContext }[]; safe: { text: string; context?: CheckContext }[] }
  return [
    ...old.harmful.map((entry) => ({ ...entry, label: 'harmful' as const, category: signById.get(entry.rule)?.category.id ?? entry.rule })),
    ...old.safe.map((entry) => ({ ...entry, label: 'safe' as const, category: 'safe' })),
  ]
}

export async function evaluate(entries: (LabelledEntry & { rule?: string })[]): Promise<EntryResult[]> {
  const results: EntryResult[] = []
  for (const entry of entries) {
    const { findings } = await checkText(entry.text, entry.context)
    // The old corpus names the rule that must fire; the new one names only the category.
    const relevant = entry.rule ? findings.filter((finding) => finding.rule === entry.rule) : findings.filter(counted)
    const strongest = strongestOf(relevant)
    const enough = entry.label === 'harmful' && strongest !== undefined && rank[strongest] >= rank[entry.severity ?? 'warn']
    const inCategory = relevant.filter((finding) => finding.category === entry.category || Boolean(entry.rule))
    const strongestInCategory = strongestOf(inCategory)
    results.push({
      entry,
      findings,
      strongest: entry.label === 'safe' ? strongestOf(findings.filter(counted)) : strongest,
      found: enough,
      foundInCategory: enough && strongestInCategory !== undefined && rank[strongestInCategory] >= rank[entry.severity ?? 'warn'],
    })
  }
  return results
}

function strongestOf(findings: Finding[]): Severity | undefined {
  return findings.reduce<Severity | undefined>((best, finding) => (!best || rank[finding.severity] > rank[best] ? finding.severity : best), undefined)
}

export function figuresByCategory(results: EntryResult[]): CategoryFigures[] {
  const rows = new Map<string, CategoryFigures>()
  for (const { entry, strongest, found, foundInCategory } of results) {
    const key = `${entry.label}:${entry.category}`
    const row = rows.get(key) ?? { category: entry.category, label: entry.label, severity: '', total: 0, found: 0, foundInCategory: 0, blocked: 0, warned: 0, tooWeak: 0 }
    row.total += 1
    if (entry.label === 'harmful') {
      const severities = new Set([...row.severity.split('/').filter(Boolean), entry.severity ?? 'warn'])
      row.severity = [...severities].sort().join('/')
      if (found) row.found += 1
      else if (strongest !== undefined) row.tooWeak += 1
      if (foundInCategory) row.foundInCategory += 1
    } else {
      if (strongest === 'block') row.blocked += 1
      if (strongest === 'warn') row.warned += 1
    }
    rows.set(key, row)
  }
  return [...rows.values()].sort((a, b) => a.label.localeCompare(b.label) || a.category.localeCompare(b.category))
}

export type Totals = {
  harmful: number
  found: number
  foundInCategory: number
  blockHarmful: number
  blockFoundAtBlock: number
  safe: number
  blocked: number
  warned: number
  tooWeak: number
}

export function totalsOf(results: EntryResult[]): Totals {
  const harmful = results.filter((result) => result.entry.label === 'harmful')
  const blockHarmful = harmful.filter((result) => result.entry.severity === 'block')
  const safe = results.filter((result) => result.entry.label === 'safe')
  return {
    harmful: harmful.length,
    found: harmful.filter((result) => result.found).length,
    foundInCategory: harmful.filter((result) => result.foundInCategory).length,
    blockHarmful: blockHarmful.length,
    blockFoundAtBlock: blockHarmful.filter((result) => result.found).length,
    safe: safe.length,
    blocked: safe.filter((result) => result.strongest === 'block').length,
    warned: safe.filter((result) => result.strongest === 'warn').length,
    tooWeak: harmful.filter((result) => !result.found && result.strongest !== undefined).length,
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`)

/** A Markdown table: the same text goes into the test output and into docs/content-safety.md. */
export function tableOf(title: string, results: EntryResult[]): string {
  const lines = [
    `#### ${title}`,
    '',
    '| label | category | severity | n | recall | in its category | found too weak | false block | false warn |',
    '|---|---|---|--:|--:|--:|--:|--:|--:|',
  ]
  for (const row of figuresByCategory(results)) {
    lines.push(
      row.label === 'harmful'
        ? `| harmful | ${row.category} | ${row.severity} | ${row.total} | ${percent(row.found, row.total)} | ${percent(row.foundInCategory, row.total)} | ${row.tooWeak} | | |`
        : `| safe | ${row.category} | | ${row.total} | | | | ${percent(row.blocked, row.total)} | ${percent(row.warned, row.total)} |`,
    )
  }
  const totals = totalsOf(results)
  lines.push(
    `| **all** | harmful | | ${totals.harmful} | **${percent(totals.found, totals.harmful)}** | ${percent(totals.foundInCategory, totals.harmful)} | ${totals.tooWeak} | | |`,
    `| **all** | harmful at block | block | ${totals.blockHarmful} | **${percent(totals.blockFoundAtBlock, totals.blockHarmful)}** | | | | |`,
    `| **all** | safe | | ${totals.safe} | | | | **${percent(totals.blocked, totals.safe)}** | **${percent(totals.warned, totals.safe)}** |`,
  )
  return lines.join('\n')
}
