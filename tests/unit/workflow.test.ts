import { describe, expect, it } from 'vitest'

import { allowedMoves, decide, movesFor, type MoveRequest } from '@/workflow/transitions'

const now = new Date('2026-05-04T09:00:00Z')

const base: MoveRequest = {
  from: 'draft',
  requested: 'draft',
  actor: { kind: 'person', id: 1, roles: ['editor'] },
  ownerId: 1,
  authorIds: [1],
  wordingChanged: false,
  wordingMatchesApproval: false,
  now,
  paused: false,
}

const reviewer = { kind: 'person' as const, id: 2, roles: ['reviewer' as const] }
const publisher = { kind: 'person' as const, id: 3, roles: ['publisher' as const] }

describe('the editorial workflow rules', () => {
  it('lets an editor send a draft for review', () => {
    expect(decide({ ...base, requested: 'in_review' })).toEqual({ ok: true, to: 'in_review', automatic: false })
  })

  it('lets another reviewer approve, but not the owner or an author', () => {
    const review = { ...base, from: 'in_review' as const, requested: 'approved' as const }
    expect(decide({ ...review, actor: reviewer })).toMatchObject({ ok: true, to: 'approved' })
    expect(decide({ ...review, actor: reviewer, ownerId: 2 })).toMatchObject({ ok: false, reason: expect.stringMatching(/own/) })
    expect(decide({ ...review, actor: reviewer, authorIds: [1, 2] })).toMatchObject({ ok: false })
    expect(decide({ ...review, actor: publisher })).toMatchObject({ ok: false, field: 'workflow.state' })
  })

  it('needs a clinical or safeguarding reviewer for content about suicide or self-harm', () => {
    const review = { ...base, from: 'in_review' as const, requested: 'approved' as const, needsSpecialistReview: true }
    expect(decide({ ...review, actor: reviewer })).toMatchObject({ ok: false, reason: expect.stringMatching(/clinical or safeguarding/) })
    expect(decide({ ...review, actor: { ...reviewer, reviewerFor: ['lived-experience'] } })).toMatchObject({ ok: false })
    expect(decide({ ...review, actor: { ...reviewer, reviewerFor: ['safeguarding'] } })).toMatchObject({ ok: true, to: 'approved' })
  })

  it('sends signed-off wording back to review on any edit, whatever state it was in', () => {
    for (const from of ['approved', 'scheduled', 'published', 'expired'] as const) {
      expect(decide({ ...base, from, requested: from, wordingChanged: true })).toEqual({ ok: true, to: 'in_review', automatic: true })
    }
    expect(decide({ ...base, from: 'approved', requested: 'published', wordingChanged: true, actor: publisher })).toMatchObject({ ok: false })
  })

  it('publishes only approved wording, and never while the campaign is paused', () => {
    const publish = { ...base, from: 'approved' as const, requested: 'published' as const, actor: publisher }
    expect(decide({ ...publish, wordingMatchesApproval: true })).toMatchObject({ ok: true, to: 'published' })
    expect(decide({ ...publish, wordingMatchesApproval: false })).toMatchObject({ ok: false })
    expect(decide({ ...publish, wordingMatchesApproval: true, paused: true })).toMatchObject({ ok: false, reason: expect.stringMatching(/paused/) })
  })

  it('schedules only for a future time', () => {
    const schedule = { ...base, from: 'approved' as const, requested: 'scheduled' as const, actor: publisher, wordingMatchesApproval: true }
    expect(decide({ ...schedule, publishAt: null })).toMatchObject({ ok: false, field: 'workflow.publishAt' })
    expect(decide({ ...schedule, publishAt: new Date('2026-05-04T08:00:00Z') })).toMatchObject({ ok: false, field: 'workflow.publishAt' })
    expect(decide({ ...schedule, publishAt: new Date('2026-05-05T08:00:00Z') })).toMatchObject({ ok: true, to: 'scheduled' })
  })

  it('moves a scheduled message to a new time only by the same rule: a publisher, and a time to come', () => {
    const move = { ...base, from: 'scheduled' as const, requested: 'scheduled' as const, publishAtChanged: true, wordingMatchesApproval: true }
    expect(decide({ ...move, actor: publisher, publishAt: new Date('2026-05-04T08:00:00Z') })).toMatchObject({ ok: false, field: 'workflow.publishAt' })
    expect(decide({ ...move, actor: publisher, publishAt: new Date('2026-05-05T08:00:00Z') })).toMatchObject({ ok: true, to: 'scheduled' })
    expect(decide({ ...move, actor: { kind: 'person', id: 9, roles: ['editor'] }, publishAt: new Date('2026-05-05T08:00:00Z') })).toMatchObject({ ok: false })
  })

  it('leaves publication of scheduled messages and expiry to the system', () => {
    expect(decide({ ...base, from: 'scheduled', requested: 'published', actor: publisher })).toMatchObject({ ok: false })
    expect(decide({ ...base, from: 'scheduled', requested: 'published', actor: { kind: 'system' }, wordingMatchesApproval: true })).toMatchObject({ ok: true })
    expect(decide({ ...base, from: 'published', requested: 'expired', actor: publisher })).toMatchObject({ ok: false })
  })

  it('refuses moves that do not exist, naming both states', () => {
    expect(decide({ ...base, requested: 'published', actor: publisher })).toEqual({
      ok: false,
      field: 'workflow.state',
      reason: 'A message cannot move from "Draft" to "Published".',
    })
  })

  it('lists every allowed move for the documentation', () => {
    expect(allowedMoves()).toContainEqual({ from: 'in_review', to: 'approved', who: ['reviewer'] })
  })
})

describe('the moves the admin offers a person', () => {
  const editor = { kind: 'person' as const, id: 1, roles: ['editor' as const] }
  const admin = { kind: 'person' as const, id: 4, roles: ['admin' as const] }
  const clinical = { kind: 'person' as const, id: 5, roles: ['reviewer' as const], reviewerFor: ['clinical'] }
  const facts = { ownerId: 1, authorIds: [1] }

  it('offers each role only the moves its rules allow from the saved state', () => {
    expect(movesFor('draft', editor, facts)).toEqual(['in_review', 'archived'])
    expect(movesFor('draft', reviewer, facts)).toEqual([])
    expect(movesFor('in_review', reviewer, facts)).toEqual(['approved', 'draft'])
    expect(movesFor('in_review', editor, facts)).toEqual([])
    expect(movesFor('approved', publisher, facts)).toEqual(['scheduled', 'published', 'archived'])
    expect(movesFor('approved', reviewer, facts)).toEqual([])
    expect(movesFor('published', publisher, facts)).toEqual(['archived'])
    expect(movesFor('published', editor, facts)).toEqual([])
    // An archived message offers no publishing to anyone, only a way back to draft for writers.
    expect(movesFor('archived', publisher, facts)).toEqual([])
    expect(movesFor('archived', admin, facts)).toEqual(['draft'])
    // Only the publishing schedule publishes a scheduled message or expires a live one.
    expect(movesFor('scheduled', publisher, facts)).toEqual(['approved'])
  })

  it('never offers a reviewer approval of a message they wrote, and keeps sensitive ones for specialists', () => {
    expect(movesFor('in_review', reviewer, { ownerId: 1, authorIds: [1, 2] })).toEqual(['draft'])
    expect(movesFor('in_review', reviewer, { ownerId: 2, authorIds: [] })).toEqual(['draft'])
    expect(movesFor('in_review', reviewer, { ...facts, needsSpecialistReview: true })).toEqual(['draft'])
    expect(movesFor('in_review', clinical, { ...facts, needsSpecialistReview: true })).toEqual(['approved', 'draft'])
  })

  it('offers only moves that decide would allow the same person (when the conditions are met)', () => {
    for (const actor of [editor, reviewer, publisher, admin, clinical]) {
      for (const from of ['draft', 'in_review', 'approved', 'scheduled', 'published', 'expired', 'archived'] as const) {
        for (const to of movesFor(from, actor, facts)) {
          const decision = decide({ ...base, from, requested: to, actor, wordingMatchesApproval: true, note: 'Because.', publishAt: new Date(now.getTime() + 86_400_000) })
          expect(decision, `${actor.roles.join()} ${from}>${to}`).toMatchObject({ ok: true, to })
        }
      }
    }
  })
})
