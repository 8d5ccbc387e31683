'use client'
import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { type Finding, severityColours as colours, severityLabels as labels } from './findingStyles'

/** The findings stored on the last save, each with the words, why they matter and what to write instead. */
export function ContentChecks() {
  const findings = useFormFields(([fields]) => fields['safety.findings']?.value) as Finding[] | undefined
  if (!findings || findings.length === 0) {
    return <p style={{ margin: '0.5rem 0 1rem' }}>No findings on the last save.</p>
  }
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: '0.5rem 0 1.5rem' }}>
      {findings.map((finding) => (
        <li key={finding.id} style={{ borderLeft: `4px solid ${colours[finding.severity]}`, padding: '0.5rem 0.75rem', marginBottom: '0.75rem', background: 'var(--theme-elevation-50)' }}>
          <strong style={{ color: colours[finding.severity] }}>{labels[finding.severity]}</strong> · {finding.field} ({finding.locale})
          <div>
            “{finding.text}”: {finding.message}
          </div>
          <div>Instead: {finding.suggestion}</div>
          {finding.severity === 'warn' && <code style={{ fontSize: '0.8em' }}>{finding.id}</code>}
        </li>
      ))}
    </ul>
  )
}
