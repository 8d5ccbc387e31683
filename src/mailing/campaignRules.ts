// When an email campaign may be scheduled, and what its bulletin's review allows. Plain data, no framework:
// the collection's hooks gather the facts and apply these answers.

import type { Finding } from '../content-safety/types'
import { approvedStates, type WorkflowState } from '../workflow/states'

export const campaignTemplates = ['message-of-the-week', 'partner-digest', 'community-bulletin'] as const
export type CampaignTemplate = (typeof campaignTemplates)[number]

export const campaignStatuses = ['draft', 'scheduled', 'sending', 'sent', 'cancelled'] as const
export type CampaignStatus = (typeof campaignStatuses)[number]

export const reviewStates = ['draft', 'in-review', 'approved'] as const
export type ReviewState = (typeof reviewStates)[number]

export type SchedulingFacts = {
  template: CampaignTemplate
  lists: number
  sendAt: Date | null
  now: Date
  /** For a message of the week: the message's state and whether its email words are current. */
  message?: { exists: boolean; state?: string; emailBlockStale?: boolean; reviewBy?: Date | null }
  /** For a bulletin: its review state and content-check blocks. */
  bulletin?: { review: ReviewState; blocks: number }
  mayPublish: boolean
}

/** Some slack for the time it takes to press Save. */
const PAST_TOLERANCE_MS = 60_000

/** Why this campaign cannot be scheduled yet, in words for the person pressing Save. Empty: it can. */
export function schedulingProblems(facts: SchedulingFacts): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = []
  if (!facts.mayPublish) problems.push({ path: 'status', message: 'Only publishers and admins schedule email sends.' })
  if (facts.lists === 0) problems.push({ path: 'lists', message: 'Choose at least one mailing list.' })
  if (facts.sendAt && facts.sendAt.getTime() < facts.now.getTime() - PAST_TOLERANCE_MS) {
    problems.push({ path: 'sendAt', message: 'That time has passed. Choose a time from now on, or leave it empty to send now.' })
  }
  if (facts.template === 'message-of-the-week') {
    const message = facts.message
    if (!message?.exists) problems.push({ path: 'message', message: 'Choose the message to send.' })
    else if (!approvedStates.includes(message.state as WorkflowState)) {
      problems.push({ path: 'message', message: 'Only an approved message can be sent. This one needs review first.' })
    } else if (message.emailBlockStale) {
      problems.push({ path: 'message', message: "The message's email words were written before it last changed. Check them and confirm they still fit." })
    } else if (message.reviewBy && facts.sendAt && message.reviewBy < facts.sendAt) {
      problems.push({ path: 'sendAt', message: 'The message is due for review before this send. Review it first, or send earlier.' })
    }
  }
  if (facts.template === 'community-bulletin') {
    if (facts.bulletin?.blocks) problems.push({ path: 'bulletin.body', message: 'The bulletin has content-check problems to fix first.' })
    else if (facts.bulletin?.review !== 'approved') problems.push({ path: 'bulletin.review', message: 'A reviewer must approve the bulletin before it is scheduled.' })
  }
  return problems
}

/** A bulletin's review moves like a message's: editing approved words sends it back to draft. */
export function nextReviewState(
  before: ReviewState,
  asked: ReviewState,
  facts: { wordsChanged: boolean; isReviewer: boolean; isAuthor: boolean; findings: Finding[] },
): { state: ReviewState } | { refused: string } {
  if (facts.wordsChanged && before === 'approved') return { state: asked === 'in-review' ? 'in-review' : 'draft' }
  if (asked === before) return { state: before }
  if (asked === 'approved') {
    if (!facts.isReviewer) return { refused: 'Only a reviewer approves a bulletin.' }
    if (facts.isAuthor) return { refused: 'A reviewer cannot approve their own bulletin.' }
    if (facts.findings.some((finding) => finding.severity === 'block')) return { refused: 'Fix the content-check problems before approving.' }
  }
  return { state: asked }
}

/** What may still change once a send has started: only stopping it. */
export function lockedWhile(status: CampaignStatus): string | undefined {
  if (status === 'sending') return 'This campaign is sending. You can cancel it (what has gone stays gone), or use the pause switch.'
  if (status === 'sent' || status === 'cancelled') return `This campaign is ${status}; make a new one to send again.`
  return undefined
}
