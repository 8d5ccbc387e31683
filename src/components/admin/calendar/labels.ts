// The words the calendar uses for channels, kinds of item and statuses: every item says what it is in
// text, so nothing depends on colour alone.

import { calendarChannels, channelLabel as calendarChannelLabel } from '@/calendar/items'
import { audienceLabels, audiences } from '@/domain/vocabulary'
import { stateLabels, type WorkflowState } from '@/workflow/states'

/** The channels the endpoint filters on, in its order. */
export const channelOptions = calendarChannels.map((value) => ({ value, label: value === 'moment' ? 'Awareness dates' : calendarChannelLabel(value) }))

export const channelLabel = (channel: string) => (channel === 'moment' ? 'Awareness date' : calendarChannelLabel(channel))

const otherStatuses: Record<string, string> = {
  due: 'Due: post it now',
  posted: 'Posted',
  failed: 'Failed',
  cancelled: 'Cancelled',
  sending: 'Sending',
  sent: 'Sent',
}

export function statusLabel(status: string | null | undefined): string {
  if (!status) return ''
  if (status in stateLabels) return stateLabels[status as WorkflowState]
  return otherStatuses[status] ?? status.charAt(0).toUpperCase() + status.slice(1).replace(/[_-]/g, ' ')
}

export const audienceOptions = audiences.map((value) => ({ value, label: audienceLabels[value] }))

export const audienceLabel = (audience: string) => (audienceLabels as Record<string, string>)[audience] ?? audience

/** "Nothing for dads and co-parents this week": audience names read as part of a sentence. */
export const gapSentence = (audience: string) => `Nothing for ${audienceLabel(audience).toLowerCase()} this week`
