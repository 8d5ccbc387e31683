// The admin calendar's dates, in UK time (Europe/London) whatever the browser's own zone: the day arithmetic
// is the calendar's own (src/calendar/time.ts); this adds the month grid, the time input and the wording.

import { addDays, isDay, londonDay, londonInstant, londonParts, mondayOf, TIME_ZONE } from '@/calendar/time'

export { addDays, isDay, londonDay, londonInstant, mondayOf }

export const today = () => londonDay(new Date())

const asUtc = (day: string) => new Date(`${day}T00:00:00Z`)

export function addMonths(day: string, months: number): string {
  const date = asUtc(day)
  // The first of the month, so 31 January plus one month is in February, not March.
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)).toISOString().slice(0, 10)
}

export const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`

/** The weeks a month view shows: Monday-to-Sunday rows covering the whole month. */
export function monthWeeks(day: string): string[][] {
  const first = firstOfMonth(day)
  const nextMonth = addMonths(first, 1)
  const weeks: string[][] = []
  for (let monday = mondayOf(first); monday < nextMonth; monday = addDays(monday, 7)) weeks.push(weekDays(monday))
  return weeks
}

export const weekDays = (day: string) => Array.from({ length: 7 }, (_, index) => addDays(mondayOf(day), index))

/** The instant a datetime-local value ('YYYY-MM-DDTHH:mm[:ss]') names on a London clock. */
export function instantOfInput(value: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value)
  if (!match || !isDay(match[1])) return undefined
  return new Date(londonInstant(match[1], Number(match[2]), Number(match[3])).getTime() + Number(match[4] ?? 0) * 1000)
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** An instant as a datetime-local input's value, on a London clock. */
export function inputValueOf(instant: Date | string): string {
  const p = londonParts(new Date(instant))
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
// Days are formatted from their UTC midnight in UTC, so no zone shifts them.
const longDayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long' })
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' })
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long' })

export const formatTime = (instant: Date | string) => timeFormat.format(new Date(instant))
export const formatDateTime = (instant: Date | string) => dateTimeFormat.format(new Date(instant))
export const formatLongDay = (day: string) => longDayFormat.format(asUtc(day))
export const formatDayMonth = (day: string) => dayMonthFormat.format(asUtc(day))
export const formatMonth = (day: string) => monthFormat.format(asUtc(day))
export const formatWeekday = (day: string) => weekdayFormat.format(asUtc(day))
export const dayNumber = (day: string) => Number(day.slice(8, 10))
