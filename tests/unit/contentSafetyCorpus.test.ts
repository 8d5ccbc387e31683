// Issue 14's measure of how the checker generalises. Rules are tuned only on tuning.json (and the helper's own
// examples); test.json is only measured. This test prints the figures for every split. It never prints a test
// sentence: only counts leave the test split.
//
// The issue's targets on the test split (every must-block sentence blocked, at least 95% of harmful sentences
// found, no safe sentence blocked, at most 10% warned) are NOT met yet: docs/content-safety.md gives the gap.
// Until they are, the test split holds the checker to the last measured figures, so a change that finds less,
// or blocks more safe sentences, fails here; raise these floors when the figures improve, never lower them.
import { describe, expect, it } from 'vitest'

import { evaluate, type EntryResult, readEntries, readOldCorpus, tableOf, totalsOf, type Totals } from './contentSafetyEvaluation'

/** Last measured on the test split (2026-12-06): 76 of 85 must-block sentences blocked, 137 of 156 found, 1 safe blocked. */
const MEASURED = { blockFoundAtBlock: 76, found: 137, blocked: 1 }
const TARGETS = { recall: 0.95, warned: 0.1 }

function noWorseThanMeasured(totals: Totals) {
  expect(totals.blockFoundAtBlock, 'harmful sentences that must block, blocked').toBeGreaterThanOrEqual(MEASURED.blockFoundAtBlock)
  expect(totals.found, 'harmful sentences found at or above their severity').toBeGreaterThanOrEqual(MEASURED.found)
  expect(totals.blocked, 'safe sentences blocked').toBeLessThanOrEqual(MEASURED.blocked)
  expect(totals.warned / totals.safe, 'share of safe sentences warned').toBeLessThanOrEqual(TARGETS.warned)
}

/** The tuning side is what the rules were written from: everything there is found, and nothing safe blocked. */
function holdsOnTuning(totals: Totals) {
  expect(totals.blockFoundAtBlock, 'tuning: must-block sentences blocked').toBe(totals.blockHarmful)
  expect(totals.found, 'tuning: harmful sentences found').toBe(totals.harmful)
  expect(totals.blocked, 'tuning: safe sentences blocked').toBe(0)
}

function gapToTargets(totals: Totals): string {
  return [
    `Issue 14 targets on the test split: must-block blocked ${totals.blockFoundAtBlock}/${totals.blockHarmful} (target all)`,
    `harmful found ${((100 * totals.found) / totals.harmful).toFixed(1)}% (target ${TARGETS.recall * 100}%)`,
    `safe blocked ${totals.blocked} (target 0)`,
    `safe warned ${((100 * totals.warned) / totals.safe).toFixed(1)}% (target at most ${TARGETS.warned * 100}%)`,
  ].join('; ')
}

/** Where a split that may be read falls short, say which sentences, so the rules can be improved from them. */
function shortfalls(results: EntryResult[]): string[] {
  return results
    .filter(({ entry, found, strongest }) => (entry.label === 'harmful' ? !found : strongest !== undefined && strongest !== 'info'))
    .map(({ entry, findings }) => `${entry.category} (${entry.label}): "${entry.text}" -> ${findings.map((f) => `${f.category}/${f.rule}/${f.severity}`).join(', ') || 'nothing'}`)
}

describe('the content-safety evaluation corpus (issue 14)', () => {
  it('prints the figures for every split, finds everything it was tuned on, and does no worse than last measured on the test split', async () => {
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

    console.log(gapToTargets(totalsOf(test)))
    holdsOnTuning(totalsOf(tuning))
    noWorseThanMeasured(totalsOf(test))
  }, 120_000) // about 2,800 sentences, one by one: seconds alone, longer on a busy machine
})
