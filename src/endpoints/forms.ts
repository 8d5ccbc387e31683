import type { PayloadRequest } from 'payload'

// What our public endpoints share: HTML forms post here and are sent on to a page (303), JSON clients get
// JSON. Bodies are small forms; anything bigger is refused before it is read.

const MAX_BODY_BYTES = 8 * 1024

/** A form's fields; a field given more than once (or `lists`, always) is a list of values. */
export type Fields = Record<string, string | string[] | undefined>

export async function readForm(req: PayloadRequest): Promise<{ fields: Fields; json: boolean } | { tooLarge: true }> {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return { tooLarge: true }
  const json = (req.headers.get('content-type') ?? '').includes('application/json')
  const raw = req.text ? await req.text() : ''
  if (raw.length > MAX_BODY_BYTES) return { tooLarge: true }
  if (json) {
    try {
      const parsed = JSON.parse(raw) as Record<string, unknown>
      const fields: Fields = {}
      for (const [key, value] of Object.entries(parsed && typeof parsed === 'object' ? parsed : {})) {
        if (typeof value === 'string') fields[key] = value
        else if (Array.isArray(value)) fields[key] = value.filter((item) => typeof item === 'string' || typeof item === 'number').map(String)
      }
      return { json, fields }
    } catch {
      return { json, fields: {} }
    }
  }
  const params = new URLSearchParams(raw)
  const fields: Fields = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    fields[key] = values.length > 1 || key === 'lists' ? values : values[0]
  }
  return { json, fields }
}

/** Each field's first value, for forms where every field is single. */
export const firstValues = (fields: Fields): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]))

export const seeOther = (location: string, headers: Record<string, string> = {}) => new Response(null, { status: 303, headers: { location, ...headers } })

export const queryOf = (req: PayloadRequest) => new URL(req.url ?? 'http://x/').searchParams
