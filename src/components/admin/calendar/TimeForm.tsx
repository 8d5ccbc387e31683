'use client'
import { Button } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import type { Outcome } from './api'
import { formatDateTime, inputValueOf, instantOfInput } from './londonTime'

type Props = {
  /** The input's label, e.g. "Move to" or "Publish at". */
  label: string
  /** What the button says, e.g. "Save" or "Schedule". */
  action: string
  /** Names the thing in the button's accessible name, since many of these forms share a page. */
  subject: string
  initial?: string | null
  save: (at: Date) => Promise<Outcome>
  /**
   * Called with a sentence once the server accepted. The page says it: this form may vanish when the
   * calendar loads again (the item moves to another day, or leaves the approved list).
   */
  onSaved: (sentence: string) => void
}

/**
 * A date and time in UK time, and a button. The server decides whether the time is allowed; its reasons are
 * shown as they come, in an alert, so a screen reader hears why.
 */
export function TimeForm({ label, action, subject, initial, save, onSaved }: Props) {
  const inputId = useId()
  const alertId = useId()
  const [value, setValue] = useState(initial ? inputValueOf(initial) : '')
  const [busy, setBusy] = useState(false)
  const [reasons, setReasons] = useState<string[]>([])

  async function submit(event: React.FormEvent) {
    event.preventDefault()
    // Not disabled while saving: a disabled button drops keyboard focus to the top of the page.
    if (busy) return
    const at = instantOfInput(value)
    if (!at) {
      setReasons(['Choose a date and a time first.'])
      return
    }
    setBusy(true)
    setReasons([])
    const outcome = await save(at)
    setBusy(false)
    if (outcome.ok) {
      onSaved(`Saved: “${subject}” is now set for ${formatDateTime(at)} (UK time).`)
    } else {
      setReasons(outcome.reasons)
    }
  }

  return (
    // noValidate: the browser's own bubble would refuse a time with seconds; the server is the judge.
    <form className="calendar-time-form" onSubmit={(event) => void submit(event)} noValidate style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '0.4rem 0.6rem', margin: '0.4rem 0' }}>
      <div style={{ display: 'flex', flexDirection: 'column', minWidth: 0, maxWidth: '100%' }}>
        <label htmlFor={inputId} style={{ fontSize: '0.9em' }}>
          {label} (UK time)
        </label>
        <input
          id={inputId}
          type="datetime-local"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={reasons.length > 0 || undefined}
          aria-describedby={reasons.length > 0 ? alertId : undefined}
          style={{ padding: '0.3rem 0.4rem', font: 'inherit', maxWidth: '100%' }}
        />
      </div>
      <Button type="submit" buttonStyle="secondary" size="small" margin={false} extraButtonProps={{ 'aria-disabled': busy || undefined }} aria-label={`${action}: ${subject}`}>
        {busy ? 'Saving…' : action}
      </Button>
      {/* Always in the page, so assistive technology announces the reasons when they arrive. */}
      <div role="alert" id={alertId} className="calendar-time-form__refusal" style={{ flexBasis: '100%' }}>
        {reasons.length > 0 && (
          <div style={{ borderLeft: '4px solid #a4161a', paddingLeft: '0.5rem', margin: '0.25rem 0' }}>
            <strong>Not saved.</strong>
            <ul style={{ margin: '0.2rem 0 0', paddingLeft: '1.1rem' }}>
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </form>
  )
}
