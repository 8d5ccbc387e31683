import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { campaignReport } from '@/endpoints/contentCheck'
import { stateLabels, type WorkflowState } from '@/workflow/states'

type Props = { payload: Payload; user?: TypedUser | null }

const SOON_MS = 30 * 24 * 60 * 60 * 1000

/**
 * The first thing a member of the comms team sees: their messages past (or near) their review-by date,
 * and, for reviewers, what waits for their review.
 */
export async function YourWork({ payload, user }: Props) {
  if (!user) return null
  const soon = new Date(Date.now() + SOON_MS).toISOString()
  const [due, waiting, report] = await Promise.all([
    payload.find({
      collection: 'messages',
      draft: true,
      depth: 0,
      limit: 20,
      sort: 'reviewBy',
      where: { and: [{ owner: { equals: user.id } }, { reviewBy: { less_than: soon } }] },
    }),
    (user as { roles?: string[] }).roles?.includes('reviewer')
      ? payload.find({ collection: 'messages', draft: true, depth: 0, limit: 20, where: { 'workflow.state': { equals: 'in_review' } } })
      : Promise.resolve({ docs: [] }),
    campaignReport(payload),
  ])
  return (
    <section aria-labelledby="your-work" style={{ marginBottom: '2rem' }}>
      <h2 id="your-work">Your work</h2>
      <h3>Your messages due for review</h3>
      {due.docs.length === 0 ? (
        <p>None of your messages is due for review in the next 30 days.</p>
      ) : (
        <ul>
          {due.docs.map((message) => {
            const overdue = message.reviewBy && new Date(message.reviewBy).getTime() < Date.now()
            return (
              <li key={message.id}>
                <a href={`/admin/collections/messages/${message.id}`}>{message.title}</a>
                {' · '}
                {overdue ? <strong>Review overdue</strong> : 'Review due soon'} ({message.reviewBy?.slice(0, 10)}) ·{' '}
                {stateLabels[(message.workflow?.state ?? 'draft') as WorkflowState]}
              </li>
            )
          })}
        </ul>
      )}
      {waiting.docs.length > 0 && (
        <>
          <h3>Waiting for review</h3>
          <ul>
            {waiting.docs.map((message) => (
              <li key={message.id}>
                <a href={`/admin/collections/messages/${message.id}`}>{message.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Content checks across the campaign</h3>
      <p>
        {report.length === 0
          ? 'No live or scheduled message has open content-check findings.'
          : `${report.length} live or scheduled message${report.length > 1 ? 's have' : ' has'} warnings that stand.`}{' '}
        <a href="/api/content-report?format=csv">Download the content report (CSV)</a>
      </p>
    </section>
  )
}
