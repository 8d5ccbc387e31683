import { Banner } from '@payloadcms/ui'
import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

import { TIME_ZONE } from '@/calendar/time'
import { pauseState } from '@/home/pause'

const stamp = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/**
 * At the top of every admin page while the campaign is paused, so nobody plans or approves without knowing
 * that nothing goes out. Reads the switch on each page load: a pause shows on the next page anyone opens.
 */
export async function PauseBanner({ payload, req }: { payload: Payload; req?: PayloadRequest }) {
  const pause = await pauseState(payload, req)
  if (!pause.active) return null
  const since = pause.pausedAt ? ` since ${stamp.format(new Date(pause.pausedAt))}` : ''
  return (
    <div role="status" id="pause-banner" style={{ padding: '0.5rem var(--gutter-h, 1rem) 0' }}>
      <Banner type="error">
        <strong>The campaign is paused{since}</strong>
        {pause.pausedBy ? ` by ${pause.pausedBy}` : ''}: nothing is published, posted or emailed until the pause is lifted.
        {pause.reason ? ` Reason: ${pause.reason}` : ''} <a href="/admin/globals/campaign-settings">Open the pause switch</a>
      </Banner>
    </div>
  )
}
