import { describe, expect, it } from 'vitest'

import { dateInYear, parseDateRule } from '@/domain/dateRules'

const day = (rule: string, year: number) => dateInYear(parseDateRule(rule)!, year).toISOString().slice(0, 10)

describe('yearly dates in the campaign calendar', () => {
  it('works out weekday rules', () => {
    expect(day('first Monday of May', 2026)).toBe('2026-05-04')
    expect(day('third Sunday of June', 2026)).toBe('2026-06-21')
    expect(day('last Sunday of June', 2026)).toBe('2026-06-28')
  })

  it('keeps fixed dates', () => {
    expect(day('10 October', 2027)).toBe('2027-10-10')
  })

  it('refuses rules it cannot read', () => {
    expect(parseDateRule('sometime in spring')).toBeUndefined()
    expect(parseDateRule('31 February')).toBeUndefined()
    expect(parseDateRule('fifth Monday of May')).toBeUndefined()
  })
})
