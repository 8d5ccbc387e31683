import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { idOf } from '@/domain/ids'
import { hasRole } from '@/domain/roles'
import { type CampaignStatus, lockedWhile, nextReviewState, type ReviewState, schedulingProblems } from '@/mailing/campaignRules'
import type { Finding } from '@/content-safety/types'

const refuse = (path: string, message: string) => new ValidationError({ collection: 'email-campaigns', errors: [{ path, message }] })

/**
 * Applies the campaign rules (src/mailing/campaignRules) on the server, whoever saves: the admin, REST or a
 * script. The sender job saves with context.system and is trusted to move a campaign through sending.
 */
export const applyCampaignRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  if (req.context.system) return data
  const before = (originalDoc?.status ?? 'draft') as CampaignStatus
  const asked = (data.status ?? before) as CampaignStatus
  const locked = operation === 'update' ? lockedWhile(before) : undefined
  if (locked && !(before === 'sending' && asked === 'cancelled' && onlyStatusChanges(data, originalDoc))) throw refuse('status', locked)
  if (asked === 'sending' || asked === 'sent') throw refuse('status', 'Sending starts by itself at the scheduled time.')

  const merged = { ...originalDoc, ...data }
  if (merged.template === 'community-bulletin') data.bulletin = { ...data.bulletin, review: reviewOf(data, originalDoc, req) }
  if (asked === 'scheduled') {
    if (!data.sendAt && !originalDoc?.sendAt) data.sendAt = new Date().toISOString()
    const problems = schedulingProblems({
      template: merged.template,
      lists: (merged.lists ?? []).length,
      sendAt: data.sendAt ?? merged.sendAt ? new Date(data.sendAt ?? merged.sendAt) : null,
      now: new Date(),
      message: merged.template === 'message-of-the-week' ? await messageFacts(req, merged.message) : undefined,
      bulletin: merged.template === 'community-bulletin' ? { review: data.bulletin.review.state, blocks: blocks(data.bulletin.findings) } : undefined,
      mayPublish: hasRole(req.user, 'admin', 'publisher'),
    })
    // Rescheduling an already scheduled campaign to a past time is refused too; leaving it alone is not.
    if (problems.length > 0 && (before !== 'scheduled' || changesSchedule(data, originalDoc))) {
      throw new ValidationError({ collection: 'email-campaigns', errors: problems })
    }
  }
  return data
}

function reviewOf(data: Record<string, any>, originalDoc: Record<string, any> | undefined, req: PayloadRequest) {
  const previous = originalDoc?.bulletin?.review ?? {}
  const before = (previous.state ?? 'draft') as ReviewState
  const asked = (data.bulletin?.review?.state ?? before) as ReviewState
  const findings = (data.bulletin?.findings ?? []) as Finding[]
  const next = nextReviewState(before, asked, {
    wordsChanged: Boolean(originalDoc) && data.bulletin?.wordsPrint !== originalDoc?.bulletin?.wordsPrint,
    isReviewer: hasRole(req.user, 'reviewer', 'admin'),
    isAuthor: idOf(originalDoc?.author) !== undefined && idOf(originalDoc?.author) === req.user?.id,
    findings,
  })
  if ('refused' in next) throw refuse('bulletin.review.state', next.refused)
  if (next.state === 'approved' && before !== 'approved') return { state: 'approved', by: req.user?.id ?? null, at: new Date().toISOString() }
  if (next.state !== 'approved') return { state: next.state, by: null, at: null }
  return { ...previous, state: next.state }
}

async function messageFacts(req: PayloadRequest, message: unknown) {
  const id = idOf(message)
  if (id === undefined) return { exists: false }
  const doc = await req.payload.findByID({ collection: 'messages', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!doc) return { exists: false }
  return {
    exists: true,
    state: doc.workflow?.state ?? 'draft',
    emailBlockStale: (doc.renditions?.stale ?? []).includes('emailBlock'),
    reviewBy: doc.reviewBy ? new Date(doc.reviewBy) : null,
  }
}

const blocks = (findings: unknown) => ((findings ?? []) as Finding[]).filter((finding) => finding.severity === 'block').length
const changesSchedule = (data: Record<string, any>, originalDoc?: Record<string, any>) =>
  data.sendAt !== undefined && new Date(data.sendAt).getTime() !== new Date(originalDoc?.sendAt ?? 0).getTime()
/** The admin sends the whole document back; only the status may differ while a send is running. */
const onlyStatusChanges = (data: Record<string, any>, originalDoc?: Record<string, any>) =>
  ['template', 'message', 'lists', 'locale'].every((key) => data[key] === undefined || JSON.stringify(idsOf(data[key])) === JSON.stringify(idsOf(originalDoc?.[key])))
const idsOf = (value: unknown) => (Array.isArray(value) ? value.map(idOf) : idOf(value))
