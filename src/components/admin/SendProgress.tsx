'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

// A campaign's send as it happens. The sending job (src/jobs/sendEmailCampaigns) keeps the progress counts
// on the campaign current; while the campaign is scheduled or sending, this reads them again every two seconds.

type Progress = {
  recipients?: number | null
  sent?: number | null
  failed?: number | null
  suppressed?: number | null
  unconfirmed?: number | null
  retrying?: number | null
  note?: string | null
  startedAt?: string | null
  finishedAt?: string | null
}

type CampaignState = { status?: string | null; sendAt?: string | null; progress?: Progress | null }

const POLL_MS = 2000

const isUnderway = (status: string | null | undefined) => status === 'scheduled' || status === 'sending'

const count = (value: number | null | undefined) => (typeof value === 'number' && value > 0 ? value : 0)

const when = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : undefined

export function SendProgress() {
  const { id, data } = useDocumentInfo()
  const { config } = useConfig()
  const api = config.routes?.api ?? '/api'
  const saved = data as CampaignState | undefined
  // A poll's answer belongs to the saved version it started from; after a save, the saved data wins again.
  const [polled, setPolled] = useState<{ from: CampaignState | undefined; doc: CampaignState }>()
  const [trouble, setTrouble] = useState<string>()
  const current = polled && polled.from === saved ? polled.doc : saved
  const status = current?.status ?? 'draft'
  const polling = id !== undefined && id !== null && isUnderway(status)

  useEffect(() => {
    if (!polling) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout>
    const tick = async () => {
      // A hidden tab does not need the numbers; it catches up on the next tick after it is shown.
      if (!document.hidden) {
        try {
          const response = await fetch(`${api}/email-campaigns/${id}?depth=0`, { credentials: 'include', cache: 'no-store', signal: controller.signal })
          if (response.ok) {
            setPolled({ from: saved, doc: (await response.json()) as CampaignState })
            setTrouble(undefined)
          } else {
            setTrouble(`The progress could not be read (error ${response.status}); trying again.`)
          }
        } catch {
          if (controller.signal.aborted) return
          setTrouble('No answer from the server; trying again.')
        }
      }
      if (!controller.signal.aborted) timer = setTimeout(tick, POLL_MS)
    }
    timer = setTimeout(tick, POLL_MS)
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [polling, id, api, saved])

  const progress = current?.progress ?? {}
  const recipients = count(progress.recipients)
  const sent = count(progress.sent)
  const failed = count(progress.failed)
  const suppressed = count(progress.suppressed)
  const unconfirmed = count(progress.unconfirmed)
  const retrying = count(progress.retrying)
  const done = sent + failed + suppressed + unconfirmed
  const queued = Math.max(0, recipients - done)
  const statusMoved = saved?.status && current?.status !== saved.status

  const rows: { label: string; value: number; why?: string }[] = [
    { label: 'Queued', value: queued, why: 'Not sent yet, including any waiting to retry.' },
    { label: 'Sent', value: sent },
    { label: 'Failed', value: failed, why: 'Not delivered after every retry.' },
    { label: 'Retrying', value: retrying, why: 'The mail server said "later"; tried again soon.' },
    { label: 'Did not send', value: suppressed, why: 'Unsubscribed or bounced before: never emailed.' },
    { label: 'Unconfirmed', value: unconfirmed, why: 'Interrupted mid-send: the mail server may have taken them. Never sent twice.' },
  ]

  return (
    <section aria-label="Send progress" className="send-progress" style={{ margin: '0 0 1.25rem', padding: '0.75rem', background: 'var(--theme-elevation-50)', borderRadius: 4 }}>
      <p style={{ margin: '0 0 0.5rem' }}>
        <strong>Status:</strong> {statusLabels[status] ?? status}
      </p>
      {/* Only the sentence and the note are announced, not each number as it changes. */}
      <div aria-live="polite" aria-atomic="true">
        <p style={{ margin: '0 0 0.5rem' }} suppressHydrationWarning>
          {summaryOf(status, current, { recipients, done, sent, failed })}
        </p>
        {progress.note && (
          <p className="send-progress__note" style={{ margin: '0 0 0.5rem', borderLeft: '3px solid #8a5a00', paddingLeft: '0.5rem' }}>
            {progress.note}
          </p>
        )}
      </div>
      {recipients > 0 && (
        <div style={{ margin: '0.5rem 0' }}>
          <progress id={`send-progress-${id}`} value={done} max={recipients} style={{ width: '100%' }} aria-labelledby={`send-progress-label-${id}`} />
          <div id={`send-progress-label-${id}`}>
            {done} of {recipients} done ({Math.floor((done / recipients) * 100)}%)
          </div>
        </div>
      )}
      {(recipients > 0 || status !== 'draft') && (
        <dl style={{ margin: '0.5rem 0 0', display: 'grid', gridTemplateColumns: '1fr auto', gap: '0.25rem 0.75rem' }}>
          {rows.map((row) => (
            <React.Fragment key={row.label}>
              <dt>
                {row.label}
                {row.why && <div style={{ fontSize: '0.8em', color: 'var(--theme-elevation-650)' }}>{row.why}</div>}
              </dt>
              <dd style={{ margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{row.value}</dd>
            </React.Fragment>
          ))}
        </dl>
      )}
      {trouble && <p style={{ margin: '0.5rem 0 0', fontSize: '0.9em' }}>{trouble}</p>}
      {statusMoved && (
        // The form still holds the status from when the page opened; saving it could undo the sender's work.
        <div style={{ marginTop: '0.75rem' }}>
          <p style={{ margin: '0 0 0.5rem' }}>The status has changed since this page opened. Reload before you edit this campaign.</p>
          <Button buttonStyle="secondary" size="small" margin={false} onClick={() => window.location.reload()}>
            Reload
          </Button>
        </div>
      )}
    </section>
  )
}

const statusLabels: Record<string, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  sending: 'Sending',
  sent: 'Sent',
  cancelled: 'Cancelled',
}

/** One sentence on where the send stands. Percentages move in tens, so a screen reader is not told every tick. */
function summaryOf(status: string, campaign: CampaignState | undefined, counts: { recipients: number; done: number; sent: number; failed: number }): string {
  const { recipients, done, sent, failed } = counts
  switch (status) {
    case 'draft':
      return 'Not scheduled. A publisher sets the status to "Scheduled" to send it.'
    case 'scheduled': {
      const at = campaign?.sendAt ? new Date(campaign.sendAt) : undefined
      return at && at.getTime() > Date.now() ? `Scheduled for ${when(campaign?.sendAt)}.` : 'Scheduled: sending starts shortly.'
    }
    case 'sending':
      return recipients > 0 ? `Sending: about ${Math.floor((done / recipients) * 10) * 10}% done.` : 'Sending: counting the recipients.'
    case 'sent': {
      const finished = when(campaign?.progress?.finishedAt)
      return `Sent${finished ? ` (finished ${finished})` : ''}: ${sent} sent${failed > 0 ? `, ${failed} failed` : ''}.`
    }
    case 'cancelled':
      return sent > 0 ? `Cancelled after ${sent} had been sent.` : 'Cancelled. Nothing was sent.'
    default:
      return status
  }
}
