// UK time for the calendar: days, weeks and clock times as the team in Kent reads them, whatever time zone
// the server runs in. Only Intl, so the rules follow the platform's own time-zone data.

export const TIME_ZONE = 'Europe/London'

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number }

/** The reading of a London clock at an instant (month 1 to 12). */
export function londonParts(instant: Date): WallClock {
  const parts: Record<string, number> = {}
  for (const part of partsFormat.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value)
  return parts as WallClock
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** The London day ('YYYY-MM-DD') an instant falls on. */
export function londonDay(instant: Date | string): string {
  const { year, month, day } = londonParts(new Date(instant))
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** How far London is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number): number {
  const p = londonParts(new Date(instant))
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000
}

/**
 * The instant a London wall-clock reading names. The second guess settles readings near a clock change; a
 * time the March change skips (01:30) comes out as the clock shows it, an hour later.
 */
export function londonInstant(day: string, hour = 0, minute = 0): Date {
  const [year, month, date] = day.split('-').map(Number)
  const wall = Date.UTC(year, month - 1, date, hour, minute)
  let instant = wall - offsetAt(wall)
  const settled = wall - offsetAt(instant)
  if (settled !== instant) instant = settled
  return new Date(instant)
}

/** A real calendar day written 'YYYY-MM-DD'. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The Monday of a day's week: the team's weeks, like ISO weeks, start on Monday. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7
  return addDays(day, -weekday)
}

/** The ISO week name ('2026-W14') of a day: the week belongs to the year its Thursday is in. */
export function isoWeek(day: string): string {
  const thursday = addDays(mondayOf(day), 3)
  const year = Number(thursday.slice(0, 4))
  const week = Math.floor((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / (7 * 86_400_000)) + 1
  return `${year}-W${pad(week)}`
}

/** An instant as a London clock reads it, in the layout a scheduling tool asks for. */
export function londonStamp(instant: Date, layout: 'dd/mm/yyyy HH:mm' | 'yyyy-mm-dd HH:mm'): string {
  const p = londonParts(instant)
  const time = `${pad(p.hour)}:${pad(p.minute)}`
  return layout === 'dd/mm/yyyy HH:mm' ? `${pad(p.day)}/${pad(p.month)}/${pad(p.year, 4)} ${time}` : `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${time}`
}
