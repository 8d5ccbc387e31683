'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useFormProcessing, useLocale } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import { hasRole, type Role } from '@/domain/roles'

import { type Finding, severityColours as colours, severityLabels as labels } from './findingStyles'

type Acceptance = { id?: string; finding?: string; justification?: string; acceptedBy?: unknown; acceptedAt?: string | null }

/**
 * The findings stored on the last save, each with the words, why they matter and what to write instead. A
 * reviewer accepts a warning here with a justification: the save records who and when (the server checks it
 * is a reviewer and a warning, src/collections/Messages/hooks/checkContent.ts).
 */
export function ContentChecks() {
  const findings = useFormFields(([fields]) => fields['safety.findings']?.value) as Finding[] | undefined
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const accepted = useAcceptances()
  const mayAccept = hasRole(user as { roles?: Role[] } | null, 'reviewer') && Boolean(id)
  if (!findings || findings.length === 0) {
    return (
      <p id="content-checks" style={{ margin: '0.5rem 0 1rem' }}>
        No findings on the last save.
      </p>
    )
  }
  // The same words flagged by the same rule share an id: one justification covers them all.
  const seen = new Set<string>()
  return (
    <ul id="content-checks" style={{ listStyle: 'none', padding: 0, margin: '0.5rem 0 1.5rem' }}>
      {findings.map((finding, index) => {
        const first = !seen.has(finding.id)
        seen.add(finding.id)
        const acceptance = accepted.find((row) => row.finding === finding.id)
        return (
          <li
            key={`${finding.id}-${index}`}
            data-finding={finding.id}
            style={{ borderLeft: `4px solid ${colours[finding.severity]}`, padding: '0.5rem 0.75rem', marginBottom: '0.75rem', background: 'var(--theme-elevation-50)' }}
          >
            <strong style={{ color: colours[finding.severity] }}>{acceptance ? 'Warning accepted' : labels[finding.severity]}</strong> · {finding.field} ({finding.locale})
            <div>
              “{finding.text}”: {finding.message}
            </div>
            <div>Instead: {finding.suggestion}</div>
            {finding.severity === 'warn' && acceptance && <AcceptedNote acceptance={acceptance} />}
            {finding.severity === 'warn' && !acceptance && first && mayAccept && <AcceptWarning finding={finding} />}
          </li>
        )
      })}
    </ul>
  )
}

function useAcceptances(): Acceptance[] {
  const rows = useFormFields(([fields]) => fields['safety.accepted']?.rows)
  const fields = useFormFields(([all]) => all)
  return (rows ?? []).map((_row: unknown, index: number) => ({
    finding: fields[`safety.accepted.${index}.finding`]?.value as string | undefined,
    justification: fields[`safety.accepted.${index}.justification`]?.value as string | undefined,
    acceptedAt: fields[`safety.accepted.${index}.acceptedAt`]?.value as string | undefined,
  }))
}

function AcceptedNote({ acceptance }: { acceptance: Acceptance }) {
  const when = acceptance.acceptedAt ? new Date(acceptance.acceptedAt).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }) : null
  return (
    <p className="accepted-warning" style={{ margin: '0.4rem 0 0' }}>
      Accepted{when ? ` on ${when}` : ''}: {acceptance.justification}
    </p>
  )
}

/** One justification and one click: the message is saved as a draft with the acceptance added. */
function AcceptWarning({ finding }: { finding: Finding }) {
  const [justification, setJustification] = useState('')
  const fieldId = useId()
  const { submit, getData } = useForm()
  const processing = useFormProcessing()
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { code: locale } = useLocale()
  const accept = async () => {
    const data = getData() as { safety?: { accepted?: Acceptance[] | number | null } & Record<string, unknown> }
    // The form holds an empty array as its row count (0), not as a list.
    const before = Array.isArray(data.safety?.accepted) ? data.safety.accepted : []
    const search = new URLSearchParams({ locale: String(locale), depth: '0', 'fallback-locale': 'null', draft: 'true' })
    await submit({
      action: `${config.routes.api}/${collectionSlug}/${id}?${search}`,
      method: 'PATCH',
      overrides: {
        _status: 'draft',
        safety: { ...data.safety, accepted: [...before, { finding: finding.id, justification: justification.trim() }] },
      },
      skipValidation: true,
    })
  }
  return (
    <div className="accept-warning" style={{ marginTop: '0.5rem' }}>
      <label htmlFor={fieldId} style={{ display: 'block', fontWeight: 600 }}>
        Why this is acceptable here
      </label>
      <textarea
        id={fieldId}
        rows={2}
        value={justification}
        onChange={(event) => setJustification(event.target.value)}
        style={{ width: '100%', margin: '0.25rem 0' }}
      />
      <Button buttonStyle="secondary" size="small" margin={false} disabled={processing || !justification.trim()} onClick={() => void accept()}>
        Accept this warning
      </Button>
    </div>
  )
}
