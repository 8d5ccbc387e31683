'use client'
import { Button } from '@payloadcms/ui'
import React, { useId, useRef, useState } from 'react'

import { reasonsOf } from './api'

type Address = { url: string; webcal?: string; renewed: boolean }

/**
 * The signed-in person's own calendar address (iCalendar), for Outlook or Google Calendar. Anyone holding the
 * address can read the plan, so it can be replaced: the server then refuses the old one.
 */
export function FeedLink({ api }: { api: string }) {
  const [address, setAddress] = useState<Address>()
  // Apart from the address, so the field and buttons stay put (with keyboard focus) while a new one is made.
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string[]>([])
  const [copied, setCopied] = useState('')
  const headingId = useId()
  const urlId = useId()
  const resetHelpId = useId()
  const field = useRef<HTMLInputElement>(null)

  async function ask(reset: boolean) {
    if (busy) return
    setBusy(true)
    setCopied('')
    setFailure([])
    try {
      const response = await fetch(`${api}/calendar/feed-url${reset ? '?reset=1' : ''}`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => undefined)) as { url?: string; webcal?: string } | undefined
      if (response.ok && body?.url) {
        setAddress({ url: body.url, webcal: body.webcal, renewed: reset })
        // The button pressed first is replaced by the address: take keyboard focus to it, selected for copying.
        if (!reset) requestAnimationFrame(() => field.current?.focus())
      }
      else setFailure(reasonsOf(body, response.status))
    } catch {
      setFailure(['No answer from the server. Check your connection and try again.'])
    }
    setBusy(false)
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url)
      setCopied('Copied. Paste it into your calendar app.')
    } catch {
      // Clipboard access can be refused (no secure context); the field is selected for a manual copy instead.
      field.current?.select()
      setCopied('Could not copy by itself: the address is selected, so press Ctrl+C (or Cmd+C) to copy it.')
    }
  }

  return (
    <section aria-labelledby={headingId} className="calendar-feed" style={{ margin: '1.5rem 0', padding: '0.75rem 1rem', background: 'var(--theme-elevation-50)', borderRadius: 4 }}>
      <h2 id={headingId} style={{ margin: '0 0 0.5rem', fontSize: '1.15rem' }}>
        Your calendar feed
      </h2>
      <p style={{ margin: '0 0 0.5rem', maxWidth: '70ch' }}>
        See this plan in Outlook or Google Calendar: add the address as a calendar &quot;from the internet&quot; (Outlook) or &quot;from URL&quot; (Google).
        It is your own address: do not share it.
      </p>
      {!address ? (
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => void ask(false)} extraButtonProps={{ 'aria-disabled': busy || undefined }}>
          {busy ? 'Getting your address…' : 'Show my calendar feed address'}
        </Button>
      ) : (
        <div>
          <label htmlFor={urlId} style={{ display: 'block', fontWeight: 600 }}>
            Your calendar feed address
          </label>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
            <input
              id={urlId}
              ref={field}
              className="calendar-feed__url"
              type="text"
              readOnly
              value={address.url}
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: '1 1 30rem', padding: '0.35rem 0.5rem', font: 'inherit', fontFamily: 'monospace' }}
            />
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => void copy(address.url)}>
              Copy address
            </Button>
          </div>
          {address.webcal && (
            <p style={{ margin: '0.5rem 0 0' }}>
              Or <a href={address.webcal}>open it in your calendar app</a> (Outlook and Apple Calendar offer to subscribe).
            </p>
          )}
          <div style={{ marginTop: '0.75rem' }}>
            <Button buttonStyle="subtle" size="small" margin={false} onClick={() => void ask(true)} extraButtonProps={{ 'aria-describedby': resetHelpId, 'aria-disabled': busy || undefined }}>
              {busy ? 'Making a new link…' : 'Make a new link'}
            </Button>
            <p id={resetHelpId} style={{ margin: '0.25rem 0 0', fontSize: '0.9em', maxWidth: '70ch' }}>
              If the address may have reached someone else, make a new one: the old link stops working, so add the new one to your calendar app again.
            </p>
          </div>
        </div>
      )}
      <div role="status" style={{ marginTop: '0.25rem' }}>
        {address?.renewed && !busy && <p style={{ margin: 0 }}>A new address is ready. The old link no longer works.</p>}
        {copied && <p style={{ margin: 0 }}>{copied}</p>}
      </div>
      <div role="alert">
        {failure.length > 0 && (
          <p style={{ margin: '0.25rem 0 0', borderLeft: '4px solid #a4161a', paddingLeft: '0.5rem' }}>
            <strong>The address could not be shown.</strong> {failure.join(' ')}
          </p>
        )}
      </div>
    </section>
  )
}
