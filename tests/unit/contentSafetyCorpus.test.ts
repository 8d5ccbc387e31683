// Issue 14's measure of how the checker generalises. Rules are tuned only on tuning.json (and the helper's own
// examples); test.json is only measured. This test prints the figures for every split and asserts the issue's
// targets on the test split. It never prints a test sentence: only counts leave the test split.
import { describe, expect, it } from 'vitest'

import { evaluate, type EntryResult, readEntries, readOldCorpus, tableOf, totalsOf, type Totals } from './contentSafetyEvaluation'

/** Issue 14's targets, on the split nobody tuned on. */
function meetsTargets(totals: Totals) {
  expect(totals.blockFoundAtBlock, 'harmful sentences that must block, blocked').toBe(totals.blockHarmful)
  expect(totals.found / totals.harmful, 'recall of harmful sentences at or above their severity').toBeGreaterThanOrEqual(0.95)
  expect(totals.blocked, 'safe sentences blocked').toBe(0)
  expect(totals.warned / totals.safe, 'share of safe sentences warned').toBeLessThanOrEqual(0.1)
}

/** Where a split that may be read falls short, say which sentences, so the rules can be improved from them. */
function shortfalls(results: EntryResult[]): string[] {
  return results
    .filter(({ entry, found, strongest }) => (entry.label === 'harmful' ? !found : strongest !== undefined && strongest !== 'info'))
    .map(({ entry, findings }) => `${entry.category} (${entry.label}): "${entry.text}" -> ${findings.map((f) => `${f.category}/${f.rule}/${f.severity}`).join(', ') || 'nothing'}`)
}

describe('the content-safety evaluation corpus (issue 14)', () => {
  it('meets the issue targets on the test split, and prints the figures for every split', async () => {
    const started = performance.now()
    const tuning = await evaluate(readEntries('tuning.json'))
    const test = await evaluate(readEntries('test.json'))
    const helper = await evaluate(readEntries('helper-examples.json'))
    const old = await evaluate(readOldCorpus())
    const elapsed = performance.now() - started
    const sentences = tuning.length + test.length + helper.length + old.length

    console.log(
      [
        tableOf(`Tuning split (${tuning.length} sentences; rules were changed by looking at these)`, tuning),
        tableOf(`Test split (${test.length} sentences; only measured)`, test),
        tableOf(`The safety helper's own examples (${helper.length} sentences; tuning only)`, helper),
        tableOf(`The old corpus (${old.length} sentences; a finding counts only if it is the named rule)`, old),
        `Checked ${sentences} sentences one by one in ${Math.round(elapsed)} ms (${(elapsed / sentences).toFixed(1)} ms a sentence).`,
      ].join('\n\n'),
    )
    const readable = [...shortfalls(tuning), ...shortfalls(helper)]
    if (readable.length > 0) console.log(`Short on the tuning side:\n${readable.join('\n')}`)

    meetsTargets(totalsOf(test))
  })
})
