import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { buildExport, type ExportPost } from '@/calendar/exports'
import { londonInstant } from '@/calendar/time'
import { looksLikeFormula, spreadsheetSafe } from '@/domain/spreadsheet'

// Every CSV we export goes through one rule: a cell a spreadsheet would run as a formula is made text.

describe('a spreadsheet cell', () => {
  it('starting like a formula (= + - @, a tab or a carriage return) becomes text', () => {
    for (const formula of ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1']) {
      expect(looksLikeFormula(formula), JSON.stringify(formula)).toBe(true)
      expect(spreadsheetSafe(formula)).toBe(`'${formula}`)
    }
  })

  it('otherwise stays exactly as it was', () => {
    for (const text of ['Feelings after a baby are common.', '20/03/2026 09:00', 'https://campaign.example.org/', ' =not at the start', '', '#KentDads']) {
      expect(spreadsheetSafe(text)).toBe(text)
    }
    expect(spreadsheetSafe(null)).toBe('')
    expect(spreadsheetSafe(42)).toBe('42')
  })
})

describe('the calendar’s bulk-schedule files', () => {
  const now = new Date('2026-03-10T12:00:00Z')
  const range = { from: londonInstant('2026-03-10'), to: londonInstant('2026-04-10') }
  const post = (id: number, text: string, imageUrl = `https://campaign.example.org/api/materials/file/card-${id}.png`): ExportPost => ({
    id,
    platform: 'bluesky',
    status: 'scheduled',
    scheduledAt: `2026-03-2${id}T09:00:00.000Z`,
    text,
    imageUrl,
    href: `/admin/collections/social-posts/${id}`,
  })

  it('leave out a post whose words start like a formula, with the reason, and carry no formula cell at all', () => {
    for (const format of ['hootsuite', 'buffer'] as const) {
      const result = buildExport(format, [post(1, '=HYPERLINK("http://evil.example","Help")'), post(2, '\t+1 call now'), post(3, 'Help is there.', '=cmd|x')], {
        platform: 'bluesky',
        ...range,
        now,
      })
      expect(result.skipped.map((skipped) => [skipped.id, skipped.reason]), format).toEqual([
        ['1', expect.stringMatching(/start with "=", which a spreadsheet would read as a formula/)],
        // The post's words are trimmed before they go in the file, so the "+" behind the tab is what counts.
        ['2', expect.stringMatching(/start with "\+"/)],
      ])
      const cells = (parse(result.csv) as string[][]).flat()
      expect(cells.some((cell) => looksLikeFormula(cell)), format).toBe(false)
      if (format === 'buffer') expect(cells).toContain("'=cmd|x")
    }
  })
})
