import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/domain/ids'

export type PauseState = { active: boolean; reason?: string | null; pausedAt?: string | null; pausedBy?: string | null }

/** The pause switch as the team should read it: on or off, why, since when and by whom. */
export async function pauseState(payload: Payload, req?: PayloadRequest): Promise<PauseState> {
  const settings = await payload.findGlobal({ slug: 'campaign-settings', depth: 0, overrideAccess: true, req })
  const pause = settings?.pause
  if (!pause?.active) return { active: false }
  const byId = idOf(pause.pausedBy)
  const by = byId === undefined ? null : await payload.findByID({ collection: 'users', id: byId, depth: 0, overrideAccess: true, req, disableErrors: true, select: { name: true, email: true } })
  return { active: true, reason: pause.reason ?? null, pausedAt: pause.pausedAt ?? null, pausedBy: by ? (by.name || by.email) : null }
}
