'use client'
import { Link } from '@payloadcms/ui'
import React from 'react'

import { type CalendarItem, moverFor } from './api'
import { audienceLabel, channelLabel, statusLabel } from './labels'
import { formatTime } from './londonTime'
import { TimeForm } from './TimeForm'

export const visuallyHidden: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}

// A stripe per kind helps the eye; the kind and channel are always written out as well.
const stripes: Record<string, string> = { message: '#1d5fa8', social: '#6b3fa0', email: '#1f7a4d', moment: '#8a5a00' }

type Props = {
  item: CalendarItem
  api: string
  /** The month grid is cramped: it leaves out themes and audiences, which the week view lists. */
  detailed: boolean
  /** A day after the first of a multi-day moment. */
  continues?: boolean
  /** Named by a safe-messaging warning at the top of the page. */
  inWarning?: boolean
  onSaved: (sentence: string) => void
}

/** One item: when, which channel, what (a link to its admin page), its status, and a way to move it. */
export function CalendarItemEntry({ item, api, detailed, continues, inWarning, onSaved }: Props) {
  const mover = moverFor(item)
  return (
    <li
      className={`calendar-item calendar-item--${item.kind}`}
      data-kind={item.kind}
      data-channel={item.channel}
      style={{ borderLeft: `4px solid ${stripes[item.kind] ?? '#4a4a4a'}`, padding: '0.25rem 0.4rem', margin: '0 0 0.4rem', background: 'var(--theme-elevation-0)', fontSize: detailed ? undefined : '0.85em', lineHeight: 1.35 }}
    >
      <div>
        <span className="calendar-item__when" style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
          {item.allDay ? 'All day' : formatTime(item.start)}
        </span>{' '}
        <span className="calendar-item__channel" style={{ border: '1px solid currentColor', borderRadius: 3, padding: '0 0.25rem', fontSize: '0.85em', whiteSpace: 'nowrap' }}>
          {badgeOf(item)}
        </span>
      </div>
      <Link className="calendar-item__title" href={item.href} prefetch={false} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {item.title}
        {continues && ' (continues)'}
      </Link>
      <div style={{ fontSize: '0.9em' }}>
        {item.status && <span className="calendar-item__status">{statusLabel(item.status)}</span>}
        {item.suicideTopic && (
          <strong className="calendar-item__suicide" style={{ display: 'block' }}>
            <span aria-hidden="true">⚠ </span>Suicide or self-harm topic
          </strong>
        )}
        {inWarning && <em style={{ display: 'block' }}>Named in a safe-messaging warning above</em>}
      </div>
      {detailed && (item.themes.length > 0 || item.audiences.length > 0) && (
        <div style={{ fontSize: '0.9em' }}>
          {item.themes.length > 0 && <div>Themes: {item.themes.map((theme) => theme.title).join(', ')}</div>}
          {item.audiences.length > 0 && <div>For: {item.audiences.map(audienceLabel).join(', ')}</div>}
        </div>
      )}
      {mover && !continues && (
        <details className="calendar-item__move" style={{ marginTop: '0.2rem' }}>
          <summary style={{ cursor: 'pointer' }}>
            Move<span style={visuallyHidden}> “{item.title}”</span>
          </summary>
          <TimeForm label="Move to" action="Save" subject={item.title} initial={item.start} save={(at) => mover(api, at)} onSaved={onSaved} />
        </details>
      )}
    </li>
  )
}

/** Where it goes out, in words: "Website publication", "Email send", "Bluesky", "Awareness date". */
function badgeOf(item: CalendarItem): string {
  if (item.kind === 'message') return `${channelLabel(item.channel)} publication`
  if (item.kind === 'email') return 'Email send'
  return channelLabel(item.channel)
}
