'use client'
import { Link } from '@payloadcms/ui'
import React, { useEffect, useId, useState } from 'react'

import { scheduleMessage } from './api'
import { audienceLabel } from './labels'
import { TimeForm } from './TimeForm'

type Approved = { id: number | string; title: string; audiences?: string[] | null }

type Props = {
  api: string
  adminRoute: string
  /** Changes after any save on the page, so the list is read again. */
  reloadKey: number
  onScheduled: (sentence: string) => void
}

/**
 * Messages a reviewer approved and nobody has scheduled yet, each with a time to publish. Scheduling here is
 * the same save the message's own page makes; the workflow on the server says yes or why not.
 */
export function ApprovedMessages({ api, adminRoute, reloadKey, onScheduled }: Props) {
  const headingId = useId()
  const [messages, setMessages] = useState<Approved[] | undefined>()
  const [trouble, setTrouble] = useState('')

  useEffect(() => {
    const controller = new AbortController()
    const query = new URLSearchParams({
      draft: 'true',
      depth: '0',
      limit: '50',
      sort: '-updatedAt',
      'where[workflow.state][equals]': 'approved',
      'select[title]': 'true',
      'select[audiences]': 'true',
    })
    fetch(`${api}/messages?${query}`, { credentials: 'include', cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        setMessages(((await response.json()) as { docs: Approved[] }).docs)
        setTrouble('')
      })
      .catch(() => {
        if (!controller.signal.aborted) setTrouble('The approved messages could not be loaded. Reload the page to try again.')
      })
    return () => controller.abort()
  }, [api, reloadKey])

  return (
    <section aria-labelledby={headingId} className="calendar-approved" style={{ margin: '1.5rem 0', padding: '0.75rem 1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h2 id={headingId} style={{ margin: '0 0 0.5rem', fontSize: '1.15rem' }}>
        Approved, not yet scheduled
      </h2>
      {trouble && <p>{trouble}</p>}
      {!trouble && messages === undefined && <p aria-busy="true">Loading approved messages…</p>}
      {messages?.length === 0 && <p>Every approved message is scheduled or published.</p>}
      {messages && messages.length > 0 && (
        <>
          <p style={{ margin: '0 0 0.5rem', maxWidth: '70ch' }}>
            Choose when each goes live. Only publishers and admins can schedule; the workflow checks the rest and says why if it cannot.
          </p>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {messages.map((message) => (
              <li key={message.id} className="calendar-approved__item" style={{ padding: '0.5rem 0', borderTop: '1px solid var(--theme-elevation-100)' }}>
                <Link href={`${adminRoute}/collections/messages/${message.id}`} prefetch={false} style={{ fontWeight: 600 }}>
                  {message.title}
                </Link>
                {message.audiences?.length ? <span> · For: {message.audiences.map(audienceLabel).join(', ')}</span> : null}
                <TimeForm
                  label="Publish at"
                  action="Schedule"
                  subject={message.title}
                  save={(at) => scheduleMessage(api, message.id, at)}
                  onSaved={onScheduled}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
