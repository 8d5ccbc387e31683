import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { BarChart } from '@/components/admin/insight/BarChart'
import { sectionCsv } from '@/insight/csv'
import { shownCount, shownShare } from '@/insight/figures'
import { addDays, mondayOf } from '@/calendar/time'
import { filterQuery, readFilters } from '@/insight/report'

// The Insight view's honest figures, its filters as addresses, its CSV and its charts as accessible SVG.

describe('honest figures', () => {
  it('shows counts under five in words, and shares of small counts as too few to say', () => {
    expect([0, 1, 4, 5, 1234].map(shownCount)).toEqual(['none', 'fewer than 5', 'fewer than 5', '5', '1,234'])
    expect(shownShare(3, 40)).toBe('too few to say')
    expect(shownShare(10, 4)).toBe('too few to say')
    expect(shownShare(10, 40)).toBe('25%')
  })

  it('writes small counts in words in the CSV too, and never a formula', () => {
    const csv = sectionCsv({ id: 'x', title: 'X', words: [], table: { columns: ['Page', 'Yes'], rows: [['=HYPERLINK("x")', { count: 3 }], ['/dads', { count: 12 }]] } })
    expect(csv.split('\r\n')).toEqual(['"Page","Yes"', `"'=HYPERLINK(""x"")","fewer than 5"`, '"/dads","12"', ''])
  })
})

describe('filters', () => {
  it('reads the period, theme, audience and district from the address, leaving out anything unknown', () => {
    const now = new Date('2026-12-06T12:00:00Z')
    expect(readFilters({}, now)).toEqual({ range: '28d', from: '2026-11-09', to: '2026-12-06', theme: undefined, audience: undefined, district: undefined })
    const chosen = readFilters({ range: '365d', theme: 'sleep', audience: 'dads-and-co-parents', district: 'swale' }, now)
    expect(chosen).toMatchObject({ range: '365d', from: '2025-12-07', theme: 'sleep', audience: 'dads-and-co-parents', district: 'swale' })
    expect(readFilters({ range: 'forever', theme: '<x>', audience: 'everyone', district: 'paris' }, now)).toMatchObject({ range: '28d', theme: undefined, audience: undefined, district: undefined })
    expect(filterQuery(chosen)).toBe('range=365d&theme=sleep&audience=dads-and-co-parents&district=swale')
  })

  it('counts weeks from Monday and moves days across the clock change', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30')
    expect(mondayOf('2026-11-30')).toBe('2026-11-30')
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
  })
})

describe('a bar chart', () => {
  it('is an image with a name and a description, writes each figure, and draws no bar for a small count', () => {
    const html = renderToStaticMarkup(
      React.createElement(BarChart, { id: 'c', title: 'Arrivals by channel', description: '20 visits by QR.', unit: 'visits', bars: [{ label: 'QR posters', value: 20 }, { label: 'Social: Facebook', value: 3 }] }),
    )
    expect(html).toMatch(/^<svg role="img" aria-labelledby="c-title c-desc"/)
    expect(html).toContain('<title id="c-title">Arrivals by channel</title>')
    expect(html).toContain('<desc id="c-desc">20 visits by QR.</desc>')
    expect(html).toContain('>20 visits</text>')
    expect(html).toContain('>fewer than 5</text>')
    const widths = [...html.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]))
    expect(widths).toEqual([330, 0])
  })
})
