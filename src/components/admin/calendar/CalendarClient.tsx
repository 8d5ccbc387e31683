'use client'
import { Button } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'
import React, { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'

import type { CalendarData, CalendarItem, Gap } from './api'
import { ApprovedMessages } from './ApprovedMessages'
import { CalendarItemEntry, visuallyHidden } from './CalendarItemEntry'
import { FeedLink } from './FeedLink'
import { audienceOptions, channelOptions, gapSentence } from './labels'
import {
  addDays,
  addMonths,
  dayNumber,
  firstOfMonth,
  formatDayMonth,
  formatLongDay,
  formatMonth,
  formatWeekday,
  isDay,
  londonDay,
  mondayOf,
  monthWeeks,
  today,
  weekDays,
} from './londonTime'

type View = 'month' | 'week'
type Filters = { theme: string; channel: string; audience: string }
type Props = { api: string; adminRoute: string; themes: { slug: string; title: string }[] }

type Loaded = { key: string; data: CalendarData } | { key: string; failure: string }

const filterKeys = ['theme', 'channel', 'audience'] as const

/**
 * The calendar itself. What it shows (view, date, filters) lives in the address, so a view can be linked to
 * and Back returns to the previous one; the items for the visible weeks load from the calendar endpoint.
 */
export function CalendarClient({ api, adminRoute, themes }: Props) {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const view: View = searchParams.get('view') === 'week' ? 'week' : 'month'
  const asked = searchParams.get('date')
  const date = asked && isDay(asked) ? asked : today()
  const filters: Filters = { theme: searchParams.get('theme') ?? '', channel: searchParams.get('channel') ?? '', audience: searchParams.get('audience') ?? '' }

  const weeks = useMemo(() => (view === 'month' ? monthWeeks(date) : [weekDays(date)]), [view, date])
  const firstDay = weeks[0][0]
  const lastDay = weeks[weeks.length - 1][6]

  // Days in UK time; the endpoint reads "to" as including that whole day.
  const query = new URLSearchParams({ from: firstDay, to: lastDay })
  for (const key of filterKeys) if (filters[key]) query.set(key, filters[key])
  const queryKey = query.toString()

  const [reloadKey, setReloadKey] = useState(0)
  const [loaded, setLoaded] = useState<Loaded>()
  const [loading, setLoading] = useState(true)
  const [notice, setNotice] = useState('')
  const noticeRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    const controller = new AbortController()
    setLoading(true)
    fetch(`${api}/calendar/items?${queryKey}`, { credentials: 'include', cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        const body = await response.json().catch(() => undefined)
        if (response.ok) return setLoaded({ key: queryKey, data: normalise(body) })
        const message = (body as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message
        setLoaded({ key: queryKey, failure: message ?? `The calendar did not load (error ${response.status}).` })
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ key: queryKey, failure: 'The calendar did not load: no answer from the server. Reload the page to try again.' })
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false)
      })
    return () => controller.abort()
  }, [api, queryKey, reloadKey])

  // After a save the same weeks load again and the old answer stays up meanwhile; other weeks or filters start blank.
  const current = loaded?.key === queryKey ? loaded : undefined
  const data = current && 'data' in current ? current.data : undefined

  /** The address for this page with some settings changed; empty values are left out. */
  const hrefWith = useCallback(
    (changes: Partial<Record<'view' | 'date' | keyof Filters, string>>) => {
      const params = new URLSearchParams(searchParams.toString())
      for (const [key, value] of Object.entries(changes)) {
        if (value) params.set(key, value)
        else params.delete(key)
      }
      const query = params.toString()
      return query ? `${pathname}?${query}` : pathname
    },
    [pathname, searchParams],
  )

  // Next.js follows history.pushState: the address and Back work, with no trip to the server for the page.
  const go = (href: string) => window.history.pushState(null, '', href)

  const onSaved = (sentence: string) => {
    setNotice(sentence)
    setReloadKey((key) => key + 1)
    // The form that was used may be gone once the calendar reloads: keep keyboard focus somewhere sensible.
    requestAnimationFrame(() => noticeRef.current?.focus())
  }

  const thisPeriod = view === 'month' ? firstOfMonth(today()) : mondayOf(today())
  const shownPeriod = view === 'month' ? firstOfMonth(date) : mondayOf(date)
  const step = (direction: 1 | -1) => (view === 'month' ? addMonths(date, direction) : addDays(mondayOf(date), 7 * direction))
  const periodTitle = view === 'month' ? formatMonth(date) : `Week of ${formatDayMonth(mondayOf(date))} ${mondayOf(date).slice(0, 4)}`
  const headingId = useId()
  const filtering = filterKeys.some((key) => filters[key])

  return (
    <div className="campaign-calendar">
      <p role="status" ref={noticeRef} tabIndex={-1} className="calendar-notice" style={{ margin: notice ? '0 0 1rem' : 0, padding: notice ? '0.5rem 0.75rem' : 0, borderLeft: notice ? '4px solid #1f7a4d' : undefined, background: notice ? 'var(--theme-elevation-50)' : undefined }}>
        {notice}
      </p>

      {data && data.warnings.length > 0 && (
        <section aria-labelledby={`${headingId}-warnings`} className="calendar-warnings" style={{ margin: '0 0 1rem', padding: '0.5rem 0.75rem', borderLeft: '4px solid #8a5a00', background: 'var(--theme-elevation-50)' }}>
          <h2 id={`${headingId}-warnings`} style={{ margin: '0 0 0.25rem', fontSize: '1.1rem' }}>
            Warnings for these weeks
          </h2>
          <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
            {data.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}

      <ApprovedMessages api={api} adminRoute={adminRoute} reloadKey={reloadKey} onScheduled={onSaved} />

      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem 2rem', alignItems: 'flex-end', marginBottom: '1rem' }}>
        <nav aria-label="Calendar view" style={{ display: 'flex', gap: '0.5rem' }}>
          {(['month', 'week'] as const).map((option) => (
            <QueryLink key={option} href={hrefWith({ view: option === 'month' ? '' : 'week' })} go={go} current={view === option}>
              {option === 'month' ? 'Month' : 'Week'}
            </QueryLink>
          ))}
        </nav>
        <nav aria-label={view === 'month' ? 'Months' : 'Weeks'} style={{ display: 'flex', gap: '0.5rem' }}>
          <QueryLink href={hrefWith({ date: step(-1) })} go={go}>
            Previous {view}
          </QueryLink>
          <QueryLink href={hrefWith({ date: '' })} go={go} current={shownPeriod === thisPeriod}>
            This {view}
          </QueryLink>
          <QueryLink href={hrefWith({ date: step(1) })} go={go}>
            Next {view}
          </QueryLink>
        </nav>
        <Filters themes={themes} filters={filters} onApply={(changes) => go(hrefWith(changes))} />
        {filtering && (
          <Button buttonStyle="subtle" size="small" margin={false} onClick={() => go(hrefWith({ theme: '', channel: '', audience: '' }))}>
            Clear filters
          </Button>
        )}
      </div>

      <h2 id={headingId} style={{ margin: '0 0 0.25rem' }}>
        {periodTitle}
      </h2>
      <p role="status" className="calendar-summary" style={{ margin: '0 0 0.75rem' }}>
        {loading ? 'Loading the calendar…' : current && 'failure' in current ? current.failure : data ? summaryOf(data.items, filtering) : ''}
      </p>

      {view === 'month' ? (
        <MonthGrid weeks={weeks} month={date.slice(0, 7)} data={data} api={api} headingId={headingId} onSaved={onSaved} />
      ) : (
        <WeekList days={weeks[0]} data={data} api={api} onSaved={onSaved} />
      )}

      <FeedLink api={api} />
    </div>
  )
}

/** A link that changes only the calendar's address query; a plain click stays on the page, others behave as links. */
function QueryLink({ href, go, current, children }: { href: string; go: (href: string) => void; current?: boolean; children: React.ReactNode }) {
  return (
    <a
      href={href}
      aria-current={current ? 'true' : undefined}
      className={`btn btn--size-small btn--no-margin ${current ? 'btn--style-primary' : 'btn--style-secondary'}`}
      style={{ textDecoration: 'none' }}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
        event.preventDefault()
        go(href)
      }}
    >
      <span className="btn__content">
        <span className="btn__label">{children}</span>
      </span>
    </a>
  )
}

/**
 * Theme, channel and audience, applied with a button: a choice made with the arrow keys must not reload the
 * calendar at every step. Keyed by the address, so Back shows the choices that were in force.
 */
function Filters({ themes, filters, onApply }: { themes: Props['themes']; filters: Filters; onApply: (changes: Filters) => void }) {
  const ids = { theme: useId(), channel: useId(), audience: useId() }
  const field = (key: keyof Filters, label: string, all: string, options: { value: string; label: string }[]) => (
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      <label htmlFor={ids[key]} style={{ fontSize: '0.9em' }}>
        {label}
      </label>
      <select id={ids[key]} name={key} defaultValue={filters[key]} style={{ padding: '0.3rem 0.4rem', font: 'inherit', maxWidth: '16rem' }}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <form
      key={filterKeys.map((key) => filters[key]).join('|')}
      role="search"
      aria-label="Filter the calendar"
      className="calendar-filters"
      style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '0.5rem 1rem' }}
      onSubmit={(event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        onApply({ theme: String(form.get('theme') ?? ''), channel: String(form.get('channel') ?? ''), audience: String(form.get('audience') ?? '') })
      }}
    >
      {field('theme', 'Theme', 'All themes', themes.map((theme) => ({ value: theme.slug, label: theme.title })))}
      {field('channel', 'Channel', 'All channels', channelOptions)}
      {field('audience', 'Audience', 'All audiences', audienceOptions)}
      <Button type="submit" buttonStyle="secondary" size="small" margin={false}>
        Show
      </Button>
    </form>
  )
}

type GridProps = { data: CalendarData | undefined; api: string; onSaved: (sentence: string) => void }

function MonthGrid({ weeks, month, data, api, headingId, onSaved }: GridProps & { weeks: string[][]; month: string; headingId: string }) {
  const byDay = useMemo(() => itemsByDay(data?.items ?? []), [data])
  const now = today()
  return (
    // It scrolls sideways on a narrow screen rather than squeezing the days unreadably.
    <div role="region" aria-labelledby={headingId} tabIndex={0} style={{ overflowX: 'auto', marginBottom: '1rem' }}>
      <table className="calendar-month" aria-labelledby={headingId} style={{ width: '100%', minWidth: '60rem', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <thead>
          <tr>
            <th scope="col" style={{ ...cellStyle, width: '9rem', textAlign: 'left' }}>
              Week
            </th>
            {weeks[0].map((day) => (
              <th key={day} scope="col" style={{ ...cellStyle, textAlign: 'left' }}>
                {formatWeekday(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((days) => {
            const gaps = gapsFor(days[0], data)
            return (
              <tr key={days[0]} className="calendar-week">
                <th scope="row" style={{ ...cellStyle, textAlign: 'left', fontWeight: 'normal' }}>
                  <strong>From {formatDayMonth(days[0])}</strong>
                  <GapNotes gaps={gaps} />
                </th>
                {days.map((day) => {
                  const entries = byDay.get(day) ?? []
                  const outside = day.slice(0, 7) !== month
                  return (
                    <td key={day} className="calendar-day" data-day={day} aria-current={day === now ? 'date' : undefined} style={{ ...cellStyle, background: day === now ? 'var(--theme-elevation-100)' : outside ? 'var(--theme-elevation-50)' : undefined }}>
                      <div style={{ fontWeight: 600, marginBottom: '0.25rem', color: outside ? 'var(--theme-elevation-600)' : undefined }}>
                        {/* Short on screen; the full date for screen readers, which may not read the column header. */}
                        <time dateTime={day} aria-hidden="true">
                          {dayNumber(day)}
                          {(outside || dayNumber(day) === 1) && ` ${formatDayMonth(day).split(' ')[1]}`}
                        </time>
                        <span style={visuallyHidden}>{formatLongDay(day)}</span>
                        {day === now && ' · Today'}
                      </div>
                      {entries.length > 0 && (
                        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                          {entries.map(({ item, continues }) => (
                            <CalendarItemEntry key={`${item.id}-${day}`} item={item} api={api} detailed={false} continues={continues} inWarning={data?.inWarnings.has(item.id) ?? false} onSaved={onSaved} />
                          ))}
                        </ul>
                      )}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

const cellStyle: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', padding: '0.35rem', verticalAlign: 'top' }

function WeekList({ days, data, api, onSaved }: GridProps & { days: string[] }) {
  const byDay = useMemo(() => itemsByDay(data?.items ?? []), [data])
  const now = today()
  return (
    <div className="calendar-week-view" style={{ marginBottom: '1rem' }}>
      <GapNotes gaps={gapsFor(days[0], data)} />
      {days.map((day) => {
        const entries = byDay.get(day) ?? []
        return (
          <section key={day} className="calendar-day" data-day={day} aria-labelledby={`calendar-day-${day}`} style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '0.5rem 0' }}>
            <h3 id={`calendar-day-${day}`} style={{ margin: '0 0 0.4rem', fontSize: '1rem' }}>
              {formatLongDay(day)}
              {day === now && ' (today)'}
            </h3>
            {entries.length === 0 ? (
              <p style={{ margin: 0, color: 'var(--theme-elevation-650)' }}>Nothing planned.</p>
            ) : (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxWidth: '50rem' }}>
                {entries.map(({ item, continues }) => (
                  <CalendarItemEntry key={`${item.id}-${day}`} item={item} api={api} detailed continues={continues} inWarning={data?.inWarnings.has(item.id) ?? false} onSaved={onSaved} />
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}

function GapNotes({ gaps }: { gaps: Gap[] }) {
  if (gaps.length === 0) return null
  return (
    <ul className="calendar-gaps" style={{ listStyle: 'none', margin: '0.25rem 0', padding: 0 }}>
      {gaps.map((gap) => (
        <li key={gap.audience} className="calendar-gap" style={{ borderLeft: '3px solid #8a5a00', paddingLeft: '0.4rem', margin: '0.2rem 0', fontSize: '0.9em' }}>
          <strong>Gap:</strong> {gapSentence(gap.audience)}
        </li>
      ))}
    </ul>
  )
}

/** The endpoint's gaps for a week: the audience filtered on, else dads and co-parents (its rule, not ours). */
function gapsFor(monday: string, data: CalendarData | undefined): Gap[] {
  return (data?.gaps ?? []).filter((gap) => mondayOf(isDay(gap.weekStart) ? gap.weekStart : londonDay(gap.weekStart)) === monday)
}

/** Items by the London day they show on; a moment lasting several days shows on each, marked as continuing. */
function itemsByDay(items: CalendarItem[]): Map<string, { item: CalendarItem; continues: boolean }[]> {
  const days = new Map<string, { item: CalendarItem; continues: boolean }[]>()
  const sorted = [...items].sort((a, b) => Number(b.allDay) - Number(a.allDay) || Date.parse(a.start) - Date.parse(b.start))
  for (const item of sorted) {
    // All-day items are London days, ending on the day after their last (as iCalendar counts).
    const first = item.allDay ? item.start.slice(0, 10) : londonDay(item.start)
    let last = first
    if (item.end && item.allDay) last = addDays(item.end.slice(0, 10), -1)
    else if (item.end) last = londonDay(item.end)
    if (last < first) last = first
    // At most six weeks: a malformed end must not fill the page.
    for (let day = first, count = 0; day <= last && count < 42; day = addDays(day, 1), count++) {
      const list = days.get(day) ?? []
      list.push({ item, continues: day !== first })
      days.set(day, list)
    }
  }
  return days
}

function summaryOf(items: CalendarItem[], filtering: boolean): string {
  const count = items.length
  const what = count === 0 ? 'Nothing planned' : `${count} item${count === 1 ? '' : 's'}`
  return `${what} in this ${filtering ? 'filtered ' : ''}view.`
}

/** The endpoint's answer, with the lists it may leave out filled in. */
function normalise(body: unknown): CalendarData {
  const raw = (body ?? {}) as { items?: CalendarItem[]; gaps?: Gap[]; warnings?: string[]; clusters?: { ids?: string[] }[] }
  return {
    items: (raw.items ?? []).map((item) => ({ ...item, themes: item.themes ?? [], audiences: item.audiences ?? [], allDay: Boolean(item.allDay) })),
    gaps: raw.gaps ?? [],
    warnings: (raw.warnings ?? []).filter((warning) => typeof warning === 'string' && warning),
    inWarnings: new Set((raw.clusters ?? []).flatMap((cluster) => cluster.ids ?? []).map(String)),
  }
}
