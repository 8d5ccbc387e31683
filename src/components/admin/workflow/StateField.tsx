'use client'
import React from 'react'

import { moveHints, moveLabel } from '@/workflow/moves'
import { stateLabels } from '@/workflow/states'

import { useWorkflow } from './useWorkflow'

/** The sidebar's word on the state: where the message stands and the moves open to this person, with what each needs. */
export function StateField() {
  const { state, moves } = useWorkflow()
  return (
    <div className="field-type" id="workflow-state-field" style={{ marginBottom: '1rem' }}>
      <div className="field-label" id="workflow-state-label">
        Workflow state
      </div>
      <p id="workflow-state-now" aria-labelledby="workflow-state-label" style={{ margin: '0.25rem 0', fontWeight: 600 }}>
        {stateLabels[state] ?? state}
      </p>
      <p style={{ margin: 0 }}>
        {moves.length === 0
          ? 'No move is open to you from here.'
          : `Open to you, with the buttons at the top: ${moves
              .map((to) => {
                const hint = moveHints[`${state}>${to}`]
                return hint ? `${moveLabel(state, to)} (${hint})` : moveLabel(state, to)
              })
              .join('; ')}.`}
      </p>
    </div>
  )
}
