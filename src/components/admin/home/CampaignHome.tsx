import { Banner, Gutter, Pill } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { channelLabel, type CalendarItem } from '@/calendar/items'
import { TIME_ZONE } from '@/calendar/time'
import { hasRole, type Role } from '@/domain/roles'
import { campaignReport } from '@/endpoints/contentCheck'
import { pauseState } from '@/home/pause'
import { whatNeedsMe, type Need, type NeedKind } from '@/home/needsMe'
import { weekAhead, type Week } from '@/home/weekAhead'
import { stateLabels, type WorkflowState } from '@/workflow/states'

const kindLabels: Record<NeedKind, string> = {
  review: 'To review',
  warnings: 'Warnings to justify',
  publish: 'Ready to publish',
  post: 'Post it now',
  'review-date': 'Review date',
  translation: 'Stale translation',
  webhook: 'Webhook failed',
  email: 'Emails failed',
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short' })
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/**
 * The admin's home for the comms team (it replaces Payload's dashboard): what needs the signed-in person,
 * each with why and a link to where it is done; what goes out this week and next; and whether the campaign
 * is paused. The data comes from src/home, which reads the calendar's own code.
 */
export async function CampaignHome({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user } = req
  const person = user as unknown as { id: string | number; name?: string; email?: string; roles?: Role[]; reviewerFor?: string[] }
  if (!person) return null
  const [needs, weeks, report, pause] = await Promise.all([whatNeedsMe(payload, person, { req }), weekAhead(payload, { req }), campaignReport(payload, req), pauseState(payload, req)])
  const mayPause = hasRole(person, 'admin', 'publisher')
  return (
    <Gutter className="campaign-home">
      <h1 style={{ margin: '1.5rem 0 0.25rem' }}>Campaign home</h1>
      <p style={{ marginBottom: '1.5rem' }}>
        Signed in as {person.name || person.email} ({(person.roles ?? []).join(', ')}).
      </p>
      {!pause.active && (
        <p style={{ marginBottom: '1.5rem' }}>
          The campaign is running: scheduled publications, posts and emails go out on time.{' '}
          {mayPause && <a href="/admin/globals/campaign-settings">Pause it for a sensitive news moment</a>}
        </p>
      )}
      <section aria-labelledby="needs-you" style={{ marginBottom: '2.5rem' }}>
        <h2 id="needs-you">What needs you</h2>
        <NeedsList needs={needs} />
      </section>
      <section aria-labelledby="weeks-ahead" style={{ marginBottom: '2.5rem' }}>
        <h2 id="weeks-ahead">This week and next</h2>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))', gap: '1.5rem' }}>
          {weeks.map((week) => (
            <WeekList key={week.label} week={week} />
          ))}
        </div>
        <p style={{ marginTop: '1rem' }}>
          <a href="/admin/calendar">Open the campaign calendar</a>
        </p>
      </section>
      <section aria-labelledby="content-checks-all" style={{ marginBottom: '2.5rem' }}>
        <h2 id="content-checks-all">Content checks across the campaign</h2>
        <p>
          {report.length === 0
            ? 'No live or scheduled message has open content-check findings.'
            : `${report.length} live or scheduled message${report.length > 1 ? 's have' : ' has'} warnings that stand.`}{' '}
          <a href="/api/content-report?format=csv">Download the content report (CSV)</a>
        </p>
      </section>
    </Gutter>
  )
}

function NeedsList({ needs }: { needs: Need[] }) {
  if (needs.length === 0) return <Banner type="success">Nothing needs you right now.</Banner>
  return (
    <ul id="what-needs-you" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {needs.map((need, index) => (
        <li
          key={`${need.kind}-${need.href}-${index}`}
          data-kind={need.kind}
          style={{ padding: '0.75rem 1rem', marginBottom: '0.5rem', background: 'var(--theme-elevation-50)', borderLeft: `4px solid ${need.urgent ? 'var(--theme-warning-500)' : 'var(--theme-elevation-250)'}` }}
        >
          <Pill pillStyle={need.urgent ? 'warning' : 'light'} size="small">
            {kindLabels[need.kind]}
          </Pill>{' '}
          <a href={need.href} style={{ fontWeight: 600 }}>
            {need.title}
          </a>
          <p style={{ margin: '0.25rem 0 0' }}>{need.why}</p>
        </li>
      ))}
    </ul>
  )
}

function WeekList({ week }: { week: Week }) {
  const range = `${dayFormat.format(new Date(`${week.from}T12:00:00Z`))} to ${dayFormat.format(new Date(`${week.to}T12:00:00Z`))}`
  return (
    <div>
      <h3 style={{ marginBottom: '0.5rem' }}>
        {week.label} <span style={{ fontWeight: 'normal' }}>({range})</span>
      </h3>
      {week.items.length === 0 ? (
        <p>Nothing planned.</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {week.items.map((item) => (
            <li key={item.id} style={{ padding: '0.4rem 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
              <span style={{ display: 'inline-block', minWidth: '9.5rem' }}>{when(item)}</span> {channelLabel(item.channel)}:{' '}
              {item.kind === 'moment' ? <strong>{item.title}</strong> : <a href={item.href}>{item.title}</a>} <span>({statusLabel(item)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function when(item: CalendarItem): string {
  if (item.allDay) return dayFormat.format(new Date(`${item.start.slice(0, 10)}T12:00:00Z`))
  const at = new Date(item.start)
  return `${dayFormat.format(at)}, ${timeFormat.format(at)}`
}

function statusLabel(item: CalendarItem): string {
  if (item.kind === 'moment') return 'awareness date'
  if (item.kind === 'message') return stateLabels[item.status as WorkflowState]?.toLowerCase() ?? item.status
  return item.status
}
