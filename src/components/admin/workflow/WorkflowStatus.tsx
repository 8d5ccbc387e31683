'use client'
import { Pill } from '@payloadcms/ui'
import React from 'react'

import { stateLabels } from '@/workflow/states'

import { useWorkflow } from './useWorkflow'

const pillStyles = { draft: 'light', in_review: 'warning', approved: 'success', scheduled: 'success', published: 'success', expired: 'error', archived: 'light-gray' } as const

/** In place of Payload's Draft/Published status: the workflow's own state, and whether older words are live. */
export function WorkflowStatus() {
  const { state, hasPublishedDoc } = useWorkflow()
  return (
    <div className="workflow-status" id="workflow-status" style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', flexWrap: 'wrap' }}>
      <span>Status:</span>
      <Pill pillStyle={pillStyles[state] ?? 'light'} size="small">
        {stateLabels[state] ?? state}
      </Pill>
      {hasPublishedDoc && state !== 'published' && state !== 'archived' && <span>The site shows the last published words.</span>}
    </div>
  )
}
