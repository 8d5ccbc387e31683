// Awareness moments on the calendar: a fixed date happens once, a rule ("first Monday of May") once a year.

import { dateInYear, parseDateRule } from '../domain/dateRules'

import { itemId, happensIn, type CalendarItem } from './items'
import { addDays, londonDay } from './time'

export type MomentFacts = {
  id: string | number
  name: string
  date?: string | null
  rule?: string | null
  durationDays?: number | null
  themes: { slug: string; title: string }[]
}

/**
 * Each occurrence of a moment that touches [from, to), as an all-day item lasting its duration. A rule
 * yields one per year; the id carries the year so each year's occurrence is its own calendar event.
 */
export function momentItems(moment: MomentFacts, from: Date, to: Date): CalendarItem[] {
  const days = Math.max(1, Math.round(moment.durationDays ?? 1))
  const occurrence = (first: string, variant?: string): CalendarItem => ({
    id: itemId('moment', moment.id, variant),
    kind: 'moment',
    title: moment.name,
    start: first,
    end: addDays(first, days),
    allDay: true,
    channel: 'moment',
    themes: moment.themes,
    audiences: [],
    status: moment.rule?.trim() ? 'yearly' : 'once',
    href: `/admin/collections/awareness-dates/${moment.id}`,
    suicideTopic: false,
  })
  const rule = moment.rule?.trim() ? parseDateRule(moment.rule) : undefined
  if (rule) {
    // A moment that started late in the year before can still be running at the start of the range.
    const years: number[] = []
    for (let year = Number(londonDay(from).slice(0, 4)) - 1; year <= Number(londonDay(to).slice(0, 4)); year++) years.push(year)
    return years
      .map((year) => occurrence(dateInYear(rule, year).toISOString().slice(0, 10), String(year)))
      .filter((item) => happensIn(item, from, to))
  }
  // A stored date is an instant; the moment is on the UK day it names (a picker's midnight in summer is 23:00 UTC the day before).
  if (!moment.date) return []
  const once = occurrence(londonDay(moment.date))
  return happensIn(once, from, to) ? [once] : []
}
