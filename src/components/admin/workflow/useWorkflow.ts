'use client'
import { useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useLocale } from '@payloadcms/ui'
import { useCallback } from 'react'

import { idOf } from '@/domain/ids'
import type { Role } from '@/domain/roles'
import { moveKind } from '@/workflow/moves'
import type { WorkflowState } from '@/workflow/states'
import { movesFor } from '@/workflow/transitions'

const SUICIDE = 'suicide-or-self-harm'

/**
 * The message's saved workflow state, the moves open to the signed-in person, and a way to make one. A move
 * is a save with the new state: the server decides again (src/workflow/transitions.ts), so a button is a
 * convenience, never the rule.
 */
export function useWorkflow() {
  const { user } = useAuth()
  const { id, collectionSlug, setHasPublishedDoc, hasPublishedDoc } = useDocumentInfo()
  const { config } = useConfig()
  const { code: locale } = useLocale()
  const { submit, getData } = useForm()
  const state = (useFormFields(([fields]) => fields['workflow.state']?.value) as WorkflowState | undefined) ?? 'draft'
  const owner = useFormFields(([fields]) => fields['owner']?.value)
  const authors = useFormFields(([fields]) => fields['workflow.authors']?.value) as unknown[] | undefined
  const topicFlags = useFormFields(([fields]) => fields['topicFlags']?.value) as string[] | undefined

  const person = user as unknown as { id: string | number; roles?: Role[]; reviewerFor?: string[] } | null
  const moves = person
    ? movesFor(state, { kind: 'person', id: person.id, roles: person.roles ?? [], reviewerFor: person.reviewerFor ?? [] }, {
        // A new message is the person's own.
        ownerId: id ? (idOf(owner) ?? null) : person.id,
        authorIds: (authors ?? []).map(idOf).filter((author): author is string | number => author !== undefined),
        needsSpecialistReview: (topicFlags ?? []).includes(SUICIDE),
      })
    : []

  const move = useCallback(
    async (to: WorkflowState) => {
      const kind = moveKind(to)
      const search = new URLSearchParams({ locale: String(locale), depth: '0', 'fallback-locale': 'null' })
      // Publishing and archiving change the live page, so they are full saves; every other move is a draft save.
      if (kind === 'draft') search.set('draft', 'true')
      const data = getData() as { workflow?: Record<string, unknown> }
      const result = await submit({
        action: `${config.routes.api}/${collectionSlug}${id ? `/${id}` : ''}?${search}`,
        method: id ? 'PATCH' : 'POST',
        overrides: { _status: kind === 'publish' ? 'published' : 'draft', workflow: { ...data.workflow, state: to } },
        skipValidation: kind === 'draft',
      })
      if (result && kind === 'publish') setHasPublishedDoc(true)
      if (result && kind === 'unpublish') setHasPublishedDoc(false)
    },
    [locale, getData, submit, config.routes.api, collectionSlug, id, setHasPublishedDoc],
  )
  return { state, moves, move, hasPublishedDoc }
}
