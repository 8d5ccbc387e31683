// The calendar's conversations with the server. Every rule about what may move where lives on the server;
// this file only sends the change and reports the server's answer in words.

/** One thing on the calendar, as src/calendar/items.ts makes it; ids are "kind:docId" (or "kind-variant:docId"). */
export type CalendarItem = {
  id: string
  kind: 'message' | 'social' | 'email' | 'moment'
  title: string
  start: string
  end?: string | null
  allDay: boolean
  channel: string
  themes: { slug: string; title: string }[]
  audiences: string[]
  status: string
  href: string
  suicideTopic: boolean
}

/** A week (Monday, 'YYYY-MM-DD', UK time) in which nothing reaches an audience. */
export type Gap = { weekStart: string; audience: string }

/** What GET /api/calendar/items answers (src/endpoints/calendar.ts); `inWarnings` are the items its warnings name. */
export type CalendarData = { items: CalendarItem[]; gaps: Gap[]; warnings: string[]; inWarnings: Set<string> }

export type Outcome = { ok: true } | { ok: false; reasons: string[] }

type PayloadErrors = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]; message?: string }

/**
 * Payload's refusal as sentences: each field error's own message (the reason), else the top-level message.
 * The same reason often appears at both levels, so each is said once.
 */
export function reasonsOf(body: unknown, status: number): string[] {
  const errors = (body as PayloadErrors | undefined)?.errors ?? []
  const detailed = errors.flatMap((error) => error.data?.errors?.map((item) => item.message ?? '') ?? []).filter(Boolean)
  const reasons = detailed.length > 0 ? detailed : errors.map((error) => error.message ?? '').filter(Boolean)
  const single = (body as PayloadErrors | undefined)?.message
  if (reasons.length === 0 && single) reasons.push(single)
  if (reasons.length === 0) reasons.push(status === 403 ? 'You are not allowed to make this change.' : `The server refused the change (error ${status}).`)
  return [...new Set(reasons)]
}

async function send(url: string, init: RequestInit): Promise<Outcome> {
  try {
    const response = await fetch(url, { ...init, credentials: 'include', headers: { 'content-type': 'application/json', ...init.headers } })
    if (response.ok) return { ok: true }
    return { ok: false, reasons: reasonsOf(await response.json().catch(() => undefined), response.status) }
  } catch {
    return { ok: false, reasons: ['No answer from the server. Check your connection and try again.'] }
  }
}

/** The number in an item id such as "message:12" or "12". */
export const docIdOf = (item: Pick<CalendarItem, 'id'>) => String(item.id).split(/[:/]/).pop() ?? String(item.id)

/**
 * Schedules (or moves) a message's publication the way the admin's "Save draft" does: a draft save that asks
 * the workflow for "Scheduled" at a time. The workflow decides; its refusal comes back as the reason.
 */
export const scheduleMessage = (api: string, id: string | number, publishAt: Date) =>
  send(`${api}/messages/${encodeURIComponent(String(id))}?draft=true&depth=0`, {
    method: 'PATCH',
    body: JSON.stringify({ workflow: { state: 'scheduled', publishAt: publishAt.toISOString() } }),
  })

export const moveSocialPost = (api: string, id: string | number, scheduledAt: Date) =>
  send(`${api}/social-posts/${encodeURIComponent(String(id))}?depth=0`, { method: 'PATCH', body: JSON.stringify({ scheduledAt: scheduledAt.toISOString() }) })

export const moveEmailSend = (api: string, id: string | number, sendAt: Date) =>
  send(`${api}/email-campaigns/${encodeURIComponent(String(id))}?depth=0`, { method: 'PATCH', body: JSON.stringify({ sendAt: sendAt.toISOString() }) })

/** Which save moves an item, or none: awareness dates follow their yearly rule, and what happened stays put. */
export function moverFor(item: CalendarItem): ((api: string, at: Date) => Promise<Outcome>) | undefined {
  const id = docIdOf(item)
  if (item.kind === 'message' && item.status === 'scheduled') return (api, at) => scheduleMessage(api, id, at)
  if (item.kind === 'social' && !['posted', 'cancelled'].includes(item.status)) return (api, at) => moveSocialPost(api, id, at)
  if (item.kind === 'email' && ['draft', 'scheduled'].includes(item.status)) return (api, at) => moveEmailSend(api, id, at)
  return undefined
}
