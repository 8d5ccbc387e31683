'use client'
import { useFormFields, useLocale } from '@payloadcms/ui'
import React from 'react'

import { type Finding, severityColours as colours, severityLabels as labels } from './findingStyles'

/** Under a field: what the last save's content checks found in its words, why it matters, and what instead. */
export function FieldFindings({ path }: { path?: string }) {
  const locale = useLocale()
  const findings = useFormFields(([fields]) => fields['safety.findings']?.value) as Finding[] | undefined
  const here = (findings ?? []).filter((finding) => finding.field === path && finding.locale === locale?.code)
  if (here.length === 0) return null
  return (
    <ul aria-label="Content checks for this field" style={{ listStyle: 'none', padding: 0, margin: '0.5rem 0 0' }}>
      {here.map((finding, index) => (
        <li key={`${finding.id}-${index}`} style={{ borderLeft: `3px solid ${colours[finding.severity]}`, paddingLeft: '0.5rem', marginBottom: '0.4rem', fontSize: '0.9em' }}>
          <strong style={{ color: colours[finding.severity] }}>{labels[finding.severity]}:</strong> “{finding.text}”. {finding.message}{' '}
          <em>Instead: {finding.suggestion}.</em>
        </li>
      ))}
    </ul>
  )
}
