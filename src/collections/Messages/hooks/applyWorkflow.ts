import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import type { Role } from '@/domain/roles'
import { suicideTopic } from '@/content-safety/rules'
import { idOf } from '@/domain/ids'
import { plainTextOf } from '@/domain/richText'
import { campaignIsPaused } from '@/jobs/pause'
import { approvedStates, stateLabels, type WorkflowState } from '@/workflow/states'
import { type Actor, decide } from '@/workflow/transitions'
import { combinedFingerprint } from '@/workflow/wording'

import { inLocale, localeCodes, storedInAllLocales } from '../allLocales'
import { approvalPrints, type Prints, readerPrint, sharedPrint, stillApproved, type Wording, wordingPrint } from '../wording'
import { openFindings } from './checkContent'

/**
 * Runs every save of a message through the editorial workflow (src/workflow): decides the new state, refuses
 * what the rules forbid with a reason naming the field, records approvals, and keeps Payload's own
 * published/draft status in step so that only approved words ever reach the live site.
 */
export const applyWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const actor = actorOf(req)
  data.owner = ownerOf(data, originalDoc, operation, actor)
  const merged = { ...originalDoc, ...data }
  // Who wrote and who approved come from the server's own record, never from the request.
  const stored = originalDoc?.workflow ?? {}
  const asked = data.workflow ?? {}
  const workflow = {
    ...stored,
    state: asked.state ?? stored.state,
    note: asked.note,
    publishAt: asked.publishAt !== undefined ? asked.publishAt : stored.publishAt,
  }
  const from: WorkflowState = stored.state ?? 'draft'
  const draftSave = req.context.draftSave === true
  const live = operation === 'update' && (await isLive(req, originalDoc!.id))

  const wordingChanged = operation === 'update' && (readerPrint(merged) !== readerPrint(originalDoc!) || sharedPrint(merged) !== sharedPrint(originalDoc!))
  const { prints, wordsNow } = await printsNow(req, originalDoc?.id, merged)
  const wordingMatchesApproval = stillApproved(stored.approvalPrints, prints, wordsNow)

  let authorIds: (string | number)[] = (stored.authors ?? []).map(idOf).filter(Boolean)
  if (wordingChanged && actor.kind === 'person') {
    authorIds = ['approved', 'scheduled', 'published', 'expired'].includes(from) ? [actor.id] : unique([...authorIds, actor.id])
  }
  if (operation === 'create') authorIds = actor.kind === 'person' ? [actor.id] : []

  const decision = decide({
    from,
    requested: requestedState({ from, asked: workflow.state ?? from, status: data._status, draftSave, live }),
    actor,
    ownerId: idOf(merged.owner) ?? null,
    authorIds,
    wordingChanged,
    wordingMatchesApproval,
    note: workflow.note,
    publishAt: workflow.publishAt ? new Date(workflow.publishAt) : null,
    publishAtChanged:
      Boolean(workflow.publishAt && originalDoc?.workflow?.publishAt) && new Date(workflow.publishAt).getTime() !== new Date(originalDoc!.workflow.publishAt).getTime(),
    now: new Date(),
    paused: await campaignIsPaused(req.payload, req),
    needsSpecialistReview:
      (merged.topicFlags ?? []).includes('suicide-or-self-harm') || suicideTopic.test(`${merged.keyMessage ?? ''}\n${plainTextOf(merged.body)}`),
  })
  if (!decision.ok) refuse(decision.field, decision.reason)
  const to = decision.ok ? decision.to : from
  if (to !== from && approvedStates.includes(to)) refuseWhileChecksStand(data.safety, to)

  data._status = publicationStatus(to, { draftSave, live, publishRequested: data._status === 'published' && !draftSave })
  data.wordingPrint = wordingPrint(merged)
  data.workflow = {
    ...workflow,
    state: to,
    authors: authorIds,
    approvedBy: stored.approvedBy ?? null,
    approvedAt: stored.approvedAt ?? null,
    approvalPrints: stored.approvalPrints ?? null,
    approvedVersion: stored.approvedVersion ?? null,
    ...(to === 'approved' && from !== 'approved'
      ? { approvedBy: actor.kind === 'person' ? actor.id : null, approvedAt: new Date().toISOString(), approvalPrints: prints, approvedVersion: combinedFingerprint(prints) }
      : {}),
    ...(to === 'in_review' && decision.automatic ? { approvedBy: null, approvedAt: null, approvalPrints: null, approvedVersion: null } : {}),
    ...(to !== 'scheduled' ? { publishAt: to === 'published' ? workflow.publishAt : null } : {}),
  }
  // The afterChange hook writes the audit trail entry; the note belongs there, not on the message.
  req.context.transition = { from, to, automatic: decision.ok && decision.automatic, note: workflow.note ?? null }
  data.workflow.note = null
  return data
}

/** The content checks gate approval and publication: no block may stand, and approval needs every warning justified. */
function refuseWhileChecksStand(safety: Parameters<typeof openFindings>[0], to: WorkflowState) {
  const { blocks, unjustifiedWarnings } = openFindings(safety)
  if (blocks.length > 0) {
    const first = blocks[0]
    refuse(
      'safety.findings',
      `${blocks.length} content check${blocks.length > 1 ? 's' : ''} block${blocks.length > 1 ? '' : 's'} this message. ` +
        `"${first.text}" in ${first.field} (${first.locale}): ${first.message} Instead: ${first.suggestion}.`,
    )
  }
  if (to === 'approved' && unjustifiedWarnings.length > 0) {
    refuse(
      'safety.accepted',
      `${unjustifiedWarnings.length} warning${unjustifiedWarnings.length > 1 ? 's need' : ' needs'} a reviewer's justification before approval, ` +
        `starting with "${unjustifiedWarnings[0].text}" in ${unjustifiedWarnings[0].field}.`,
    )
  }
}

/** Payload's Publish and Unpublish buttons are requests to move the workflow; read them as such. */
function requestedState(input: {
  from: WorkflowState
  asked: WorkflowState
  status?: string
  draftSave: boolean
  live: boolean
}): WorkflowState {
  const { from, asked, status, draftSave, live } = input
  if (asked !== from || draftSave) return asked
  if (status === 'published' && from === 'approved') return 'published'
  if (status === 'draft' && live && from === 'published') return 'archived'
  return asked
}

/** What Payload should store as the page's status: only a published state is ever live. */
function publicationStatus(
  to: WorkflowState,
  { draftSave, live, publishRequested }: { draftSave: boolean; live: boolean; publishRequested: boolean },
) {
  if (to === 'published') {
    if (draftSave) refuse('workflow.state', 'Use Publish (not Save draft) to make an approved message live.')
    return 'published' as const
  }
  if (live && !draftSave && to !== 'archived' && to !== 'expired') {
    refuse(
      'workflow.state',
      'This message is live. Save your changes as a draft: they go to review, and the live page stays as it is until the new words are approved and published.',
    )
  }
  if (publishRequested && to !== 'archived' && to !== 'expired') {
    refuse('workflow.state', `Only an approved message can be published; this one is "${stateLabels[to]}".`)
  }
  return 'draft' as const
}

/**
 * A refusal carries the reason as its message, so the admin's notice says why, not just which field,
 * and names the field for API clients (the same shape as Payload's validation errors).
 */
function refuse(path: string, message: string): never {
  const refusal = new ValidationError({ collection: 'messages', errors: [{ path, message }] })
  refusal.message = message
  throw refusal
}

function actorOf(req: PayloadRequest): Actor {
  if (req.context.system === true || !req.user) return { kind: 'system' }
  const user = req.user as { id: string | number; roles?: Role[]; reviewerFor?: string[] | null }
  return { kind: 'person', id: user.id, roles: user.roles ?? [], reviewerFor: user.reviewerFor ?? [] }
}

async function isLive(req: PayloadRequest, id: string | number): Promise<boolean> {
  const main = await req.payload.findByID({ collection: 'messages', id, depth: 0, draft: false, overrideAccess: true, req, select: { _status: true } })
  return main?._status === 'published'
}

/**
 * What readers would see now, as prints: this save's locale as it will be stored, every other locale as it
 * was last saved. `wordsNow` are the plain-words prints earlier approvals were made with.
 */
async function printsNow(req: PayloadRequest, id: string | number | undefined, merged: Record<string, any>): Promise<{ prints: Prints; wordsNow: Prints }> {
  const saving = req.locale ?? 'en'
  const stored = await storedInAllLocales(req, id)
  const perLocale: Record<string, Wording> = {}
  const wordsNow: Prints = {}
  for (const code of localeCodes) {
    const doc = code === saving ? merged : inLocale(stored, code)
    if (doc?.title || doc?.keyMessage) perLocale[code] = doc
    const print = code === saving ? wordingPrint(merged) : stored.wordingPrint?.[code]
    if (print) wordsNow[code] = print
  }
  return { prints: approvalPrints(perLocale, merged), wordsNow }
}

/**
 * A message belongs to the person who made it. Only the server itself (the seed, a script) names someone
 * else; a request never does, whoever sends it.
 */
function ownerOf(data: Record<string, any>, originalDoc: Record<string, any> | undefined, operation: string, actor: Actor) {
  if (operation === 'create') return actor.kind === 'person' ? actor.id : (idOf(data.owner) ?? null)
  if (actor.kind === 'person') return idOf(originalDoc?.owner) ?? null
  return data.owner !== undefined ? (idOf(data.owner) ?? null) : (idOf(originalDoc?.owner) ?? null)
}

const unique = <T,>(values: T[]) => values.filter((value, index) => values.findIndex((other) => String(other) === String(value)) === index)

