import type { Role } from '../domain/roles'
import { signedOffStates, stateLabels, type WorkflowState } from './states'

// Who may move a message from one state to another, and on what conditions. Plain data and functions:
// the collection hook asks `decide` and stores the answer; nothing here knows about Payload.

export type Actor =
  | { kind: 'person'; id: string | number; roles: readonly Role[]; reviewerFor?: readonly string[] | null }
  | { kind: 'system' }

export type MoveRequest = {
  from: WorkflowState
  /** The state the person asked for; the same as `from` when they only edited. */
  requested: WorkflowState
  actor: Actor
  ownerId?: string | number | null
  /** People who changed the wording since it was last approved, including this save's author. */
  authorIds: readonly (string | number)[]
  /** Did this save change the wording (in the locale being saved)? */
  wordingChanged: boolean
  /** Does the wording now match what the reviewer approved, in every locale? */
  wordingMatchesApproval: boolean
  note?: string | null
  publishAt?: Date | null
  /** A scheduled message given a new time (a reschedule, e.g. from the calendar). */
  publishAtChanged?: boolean
  now: Date
  /** Is the campaign paused (held for a sensitive news moment)? */
  paused: boolean
  /** Content about suicide or self-harm needs a clinical or safeguarding reviewer's approval. */
  needsSpecialistReview?: boolean
}

export type Decision =
  | { ok: true; to: WorkflowState; automatic: boolean }
  | { ok: false; field: string; reason: string }

type Rule = {
  who: readonly Role[] | 'system'
  /** Returns a reason to refuse, with the field it concerns, or nothing when the move may go ahead. */
  check?: (move: MoveRequest) => { field: string; reason: string } | undefined
}

const writers: readonly Role[] = ['admin', 'editor']
const publishers: readonly Role[] = ['admin', 'publisher']

const needsApprovedWording = (move: MoveRequest) =>
  move.wordingMatchesApproval
    ? undefined
    : { field: 'workflow.state', reason: 'The wording has changed since it was approved, so it must be reviewed again first.' }

const rules: Partial<Record<`${WorkflowState}>${WorkflowState}`, Rule>> = {
  'draft>in_review': { who: writers },
  'in_review>approved': {
    who: ['reviewer'],
    check: (move) => {
      if (move.actor.kind !== 'person') return undefined
      const actorId = String(move.actor.id)
      if (String(move.ownerId ?? '') === actorId || move.authorIds.some((id) => String(id) === actorId)) {
        return { field: 'workflow.state', reason: 'You wrote or own this message, so another reviewer must approve it.' }
      }
      if (move.needsSpecialistReview && !move.actor.reviewerFor?.some((area) => area === 'clinical' || area === 'safeguarding')) {
        return {
          field: 'workflow.state',
          reason: 'This message is about suicide or self-harm, so a clinical or safeguarding reviewer must approve it.',
        }
      }
      return undefined
    },
  },
  'in_review>draft': {
    who: ['reviewer', 'admin'],
    check: (move) =>
      move.note?.trim()
        ? undefined
        : { field: 'workflow.note', reason: 'Say what needs to change when you return a message to its author.' },
  },
  'approved>scheduled': {
    who: publishers,
    check: (move) => {
      if (!move.publishAt) return { field: 'workflow.publishAt', reason: 'Choose when the message should be published.' }
      if (move.publishAt.getTime() <= move.now.getTime()) {
        return { field: 'workflow.publishAt', reason: 'The publication time is in the past; choose a future time or publish now.' }
      }
      return needsApprovedWording(move)
    },
  },
  'approved>published': {
    who: publishers,
    check: (move) =>
      move.paused
        ? { field: 'workflow.state', reason: 'The campaign is paused: nothing is published until the pause is lifted.' }
        : needsApprovedWording(move),
  },
  'scheduled>published': {
    who: 'system',
    check: (move) => (move.paused ? { field: 'workflow.state', reason: 'The campaign is paused.' } : needsApprovedWording(move)),
  },
  'scheduled>approved': { who: publishers },
  'published>archived': { who: publishers },
  'approved>archived': { who: publishers },
  'draft>archived': { who: [...writers, 'publisher'] },
  'published>expired': { who: 'system' },
  'expired>in_review': { who: writers },
  'expired>archived': { who: publishers },
  'archived>draft': { who: writers },
}

/** Every move the rules allow, for documentation and the admin's help text. */
export function allowedMoves(): { from: WorkflowState; to: WorkflowState; who: readonly Role[] | 'system' }[] {
  return Object.entries(rules).map(([key, rule]) => {
    const [from, to] = key.split('>') as [WorkflowState, WorkflowState]
    return { from, to, who: rule!.who }
  })
}

/** What a person knows about a message before moving it: enough to rule out moves that can never be theirs. */
export type MoveFacts = { ownerId?: string | number | null; authorIds: readonly (string | number)[]; needsSpecialistReview?: boolean }

/**
 * The moves from a state that this person may make, for the admin's buttons. A move whose rule turns this
 * person away whatever they do (not their role; their own message to approve) is left out; a move waiting on
 * something they can give (a note, a time, approved words, the pause lifted) stays, and \`decide\` explains.
 */
export function movesFor(from: WorkflowState, actor: Actor, facts: MoveFacts): WorkflowState[] {
  return Object.entries(rules).flatMap(([key, rule]) => {
    const [start, to] = key.split('>') as [WorkflowState, WorkflowState]
    if (start !== from || !mayAct(actor, rule!.who)) return []
    if (key === 'in_review>approved') {
      const refusal = rule!.check?.({ from, requested: to, actor, ownerId: facts.ownerId, authorIds: facts.authorIds, needsSpecialistReview: facts.needsSpecialistReview, wordingChanged: false, wordingMatchesApproval: true, now: new Date(), paused: false })
      if (refusal) return []
    }
    return [to]
  })
}

/**
 * Decides the state after a save. Editing signed-off wording sends the message back to review on its own;
 * any other change of state must be a move the rules allow, by someone allowed to make it.
 */
export function decide(move: MoveRequest): Decision {
  const { from, requested } = move
  if (move.wordingChanged && signedOffStates.includes(from)) {
    if (requested !== from && requested !== 'in_review') {
      return {
        ok: false,
        field: 'workflow.state',
        reason: `The wording changed, so this message goes back to review; it cannot move to "${stateLabels[requested]}" in the same save.`,
      }
    }
    return { ok: true, to: 'in_review', automatic: true }
  }
  if (requested === from && from === 'scheduled' && move.publishAtChanged) return reschedule(move)
  if (requested === from) return { ok: true, to: from, automatic: false }

  const rule = rules[`${from}>${requested}`]
  if (!rule) {
    return {
      ok: false,
      field: 'workflow.state',
      reason: `A message cannot move from "${stateLabels[from]}" to "${stateLabels[requested]}".`,
    }
  }
  if (!mayAct(move.actor, rule.who)) {
    return { ok: false, field: 'workflow.state', reason: whoMessage(from, requested, rule.who) }
  }
  const refusal = rule.check?.(move)
  if (refusal) return { ok: false, ...refusal }
  return { ok: true, to: requested, automatic: false }
}

/** A new time for a scheduled message follows the scheduling rule: a publisher's move, to a time to come. */
function reschedule(move: MoveRequest): Decision {
  const rule = rules['approved>scheduled']!
  if (!mayAct(move.actor, rule.who)) return { ok: false, field: 'workflow.publishAt', reason: 'Only admins or publishers can change when a message is published.' }
  const refusal = rule.check?.(move)
  if (refusal) return { ok: false, ...refusal }
  return { ok: true, to: 'scheduled', automatic: false }
}

function mayAct(actor: Actor, who: Rule['who']): boolean {
  if (actor.kind === 'system') return true
  if (who === 'system') return false
  return actor.roles.some((role) => who.includes(role))
}

function whoMessage(from: WorkflowState, to: WorkflowState, who: Rule['who']): string {
  const move = `from "${stateLabels[from]}" to "${stateLabels[to]}"`
  if (who === 'system') return `Only the publishing schedule moves a message ${move}.`
  return `Only ${who.map((role) => `${role}s`).join(' or ')} can move a message ${move}.`
}
