'use client'
import { Button, useFormProcessing } from '@payloadcms/ui'
import React from 'react'

import { moveLabel } from '@/workflow/moves'

import { useWorkflow } from './useWorkflow'

/**
 * In place of Payload's Publish button: one button for each move the workflow allows this person from the
 * message's saved state, and nothing else. "Save draft" stays beside it for saving words without a move.
 */
export function WorkflowMoves() {
  const { state, moves, move } = useWorkflow()
  const processing = useFormProcessing()
  if (moves.length === 0) return null
  return (
    <div className="workflow-moves" style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      {moves.map((to, index) => (
        <Button key={to} id={`action-move-${to}`} buttonStyle={index === 0 ? 'primary' : 'secondary'} size="medium" margin={false} disabled={processing} onClick={() => void move(to)}>
          {moveLabel(state, to)}
        </Button>
      ))}
    </div>
  )
}

/** Payload's Unpublish is a workflow move ("Archive"), offered with the others. */
export function NoUnpublish() {
  return null
}
