// "This week and next" on the home: the calendar's own items for the two weeks from this Monday (UK time).

import type { Payload, PayloadRequest } from 'payload'

import { gatherCalendar } from '@/calendar/gather'
import type { CalendarItem } from '@/calendar/items'
import { addDays, londonDay, londonInstant, mondayOf } from '@/calendar/time'

export type Week = { label: 'This week' | 'Next week'; from: string; to: string; items: CalendarItem[] }

/** Called-off plans are not going out; everything else planned or done in the week is. */
const goesOut = (item: CalendarItem) => item.status !== 'cancelled'

export async function weekAhead(payload: Payload, options: { now?: Date; req?: PayloadRequest } = {}): Promise<Week[]> {
  const monday = mondayOf(londonDay(options.now ?? new Date()))
  const nextMonday = addDays(monday, 7)
  const after = addDays(monday, 14)
  const items = (await gatherCalendar(payload, { from: londonInstant(monday), to: londonInstant(after) }, options.req)).filter(goesOut)
  const inWeek = (first: string, next: string) =>
    items.filter((item) => {
      const start = item.allDay ? item.start.slice(0, 10) : londonDay(new Date(item.start))
      // An awareness week that began earlier is still on in this week.
      const end = item.allDay && item.end ? addDays(item.end.slice(0, 10), -1) : start
      return start < next && end >= first
    })
  return [
    { label: 'This week', from: monday, to: addDays(monday, 6), items: inWeek(monday, nextMonday) },
    { label: 'Next week', from: nextMonday, to: addDays(nextMonday, 6), items: inWeek(nextMonday, after) },
  ]
}
