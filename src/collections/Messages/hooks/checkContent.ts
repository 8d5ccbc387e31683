import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { locales } from '@/config/locales'
import { checkText } from '@/content-safety/check'
import { rulesVersion } from '@/content-safety/rules'
import type { CheckContext, Finding } from '@/content-safety/types'
import { idOf } from '@/domain/ids'
import { hasRole } from '@/domain/roles'
import { plainTextWithQuotes } from '@/domain/richText'

import { inLocale, localeCodes, storedInAllLocales } from '../allLocales'

/** A finding as stored on a message: where it is (locale and field) and a stable id to accept it by. */
export type StoredFinding = Finding & { id: string; locale: string; field: string }

type Acceptance = { id?: string; finding?: string; justification?: string; acceptedBy?: unknown; acceptedAt?: string | null }

/**
 * Checks every word of the message in every locale (body, title, key message, signposts and every channel
 * rendition), stores the findings on the message, and records reviewers' justifications for warnings.
 * The workflow then refuses approval while a block stands or a warning is unjustified.
 */
export const checkContent: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const saving = req.locale ?? locales.defaultLocale
  const merged = { ...originalDoc, ...data }
  const shared: CheckContext = {
    audiences: merged.audiences ?? [],
    topicFlags: merged.topicFlags ?? [],
    supportBlock: await hasSupportBlock(req, merged.signposts ?? []),
  }
  const stored = await storedInAllLocales(req, originalDoc?.id)
  const findings: StoredFinding[] = []
  for (const locale of localeCodes) {
    // The locale being saved is checked as it will be stored; every other one as it was last saved.
    const message = locale === saving ? merged : inLocale(stored, locale)
    if (locale !== saving && !hasOwnWords(message)) continue
    for (const item of textsToCheck(message)) {
      const { findings: found } = await checkText(item.text, { ...shared, locale, ...item.context })
      findings.push(...found.map((finding) => ({ ...finding, id: findingId(locale, finding), locale, field: item.field })))
    }
  }
  data.safety = {
    ...(originalDoc?.safety ?? {}),
    ...(data.safety ?? {}),
    findings,
    rulesVersion,
    accepted: recordAcceptances(req, data.safety?.accepted ?? originalDoc?.safety?.accepted ?? [], originalDoc?.safety?.accepted ?? [], findings),
  }
  return data
}

const hasOwnWords = (message: Record<string, any>) => Boolean(message.title || message.keyMessage)

type Item = { field: string; text: string; context?: Partial<CheckContext> }

function textsToCheck(message: Record<string, any>): Item[] {
  const items: Item[] = []
  const add = (field: string, text: unknown, context?: Partial<CheckContext>) => {
    if (typeof text === 'string' && text.trim()) items.push({ field, text, context })
  }
  add('title', message.title)
  add('keyMessage', message.keyMessage)
  const body = plainTextWithQuotes(message.body)
  add('body', body.text, { quotes: body.quotes })
  ;(message.signposts ?? []).forEach((signpost: { when?: string }, index: number) => add(`signposts.${index}.when`, signpost.when))
  const renditions = message.renditions ?? {}
  add('renditions.webSummary', renditions.webSummary, { channel: 'web' })
  add('renditions.emailBlock', renditions.emailBlock, { channel: 'email' })
  ;(renditions.social ?? []).forEach((post: { platform?: string; text?: string; hashtags?: string[]; image?: unknown; imageAlt?: string }, index: number) =>
    add(`renditions.social.${index}.text`, [post.text, ...(post.hashtags ?? [])].filter(Boolean).join(' '), {
      channel: post.platform,
      altTexts: post.image ? [post.imageAlt] : [],
    }),
  )
  add('renditions.poster.headline', renditions.poster?.headline, { channel: 'poster' })
  add('renditions.poster.strapline', renditions.poster?.strapline, { channel: 'poster' })
  ;(renditions.oneMinuteConversation ?? []).forEach((item: { point?: string }, index: number) =>
    add(`renditions.oneMinuteConversation.${index}.point`, item.point, { channel: 'one-minute' }),
  )
  return items
}

/** Suicide and self-harm content must signpost, from the registry, a 24-hour line, NHS 111 and 999. */
async function hasSupportBlock(req: PayloadRequest, signposts: { service?: unknown }[]): Promise<boolean> {
  const ids = signposts.map((signpost) => idOf(signpost.service)).filter((id) => id !== undefined)
  if (ids.length === 0) return false
  const { docs } = await req.payload.find({
    collection: 'services',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
    select: { slug: true, hours: true },
  })
  const slugs = docs.map((service) => service.slug)
  const dayAndNight = docs.some((service) => /24/.test(service.hours ?? '') && service.slug !== 'emergency-999')
  return slugs.includes('emergency-999') && slugs.includes('nhs-111') && dayAndNight
}

/** The same words flagged by the same rule share an id wherever they appear, so one justification covers them. */
export function findingId(locale: string, finding: Finding): string {
  return `${locale}:${finding.rule}:${finding.text.toLowerCase().replace(/\s+/g, ' ').slice(0, 60)}`
}

/**
 * New justifications get who and when from the server; only reviewers give them, never for a block. A row
 * counts as already recorded only if it matches one stored before, so a client cannot forge who accepted.
 */
function recordAcceptances(req: PayloadRequest, rows: Acceptance[], stored: Acceptance[], findings: StoredFinding[]): Acceptance[] {
  const key = (row: Acceptance) => `${row.finding}|${String(idOf(row.acceptedBy))}|${row.acceptedAt}`
  const recorded = new Set(stored.filter((row) => row.acceptedBy).map(key))
  return rows.map((row, index) => {
    if (row.acceptedBy && recorded.has(key(row))) return row
    const refuse = (message: string) => {
      throw new ValidationError({ collection: 'messages', errors: [{ path: `safety.accepted.${index}.finding`, message }] })
    }
    const finding = findings.find((candidate) => candidate.id === row.finding)
    if (!finding) refuse(`There is no current finding "${row.finding}" to accept.`)
    if (finding!.severity === 'block') refuse('A blocking finding cannot be accepted: only changing the words clears it.')
    if (!hasRole(req.user, 'reviewer')) refuse('Only a reviewer can accept a warning.')
    if (!row.justification?.trim()) refuse('Say why this warning is acceptable here.')
    return { ...row, acceptedBy: req.user!.id, acceptedAt: new Date().toISOString() }
  })
}

/** What still stands in the way of approval: blocks, and warnings nobody has justified. */
export function openFindings(safety: { findings?: StoredFinding[] | null; accepted?: Acceptance[] | null } | null | undefined) {
  const findings = (safety?.findings ?? []).filter((finding, index, all) => all.findIndex((other) => other.id === finding.id) === index)
  const accepted = new Set((safety?.accepted ?? []).map((row) => row.finding))
  return {
    blocks: findings.filter((finding) => finding.severity === 'block'),
    unjustifiedWarnings: findings.filter((finding) => finding.severity === 'warn' && !accepted.has(finding.id)),
  }
}
