import { createHash } from 'node:crypto'

// Fingerprints of a message's words, so the system can tell "the words changed" from "only the tags changed",
// and can prove which wording a reviewer approved.

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16)
}

/** JSON with sorted keys and without ids or empty values, so a re-save of the same words gives the same print. */
function stableJson(value: unknown): string {
  return JSON.stringify(normalise(value))
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'id')
        .map(([key, inner]) => [key, normalise(inner)] as const)
        .filter(([, inner]) => !isEmpty(inner))
        .sort(([a], [b]) => a.localeCompare(b)),
    )
  }
  return typeof value === 'string' ? value.trim() : value
}

/** Missing, blank and empty all mean "no words here", however the database happened to store it. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.keys(value as object).length === 0
  return false
}

/** A combined print of every locale's wording: the "version" an approval records. */
export function combinedFingerprint(perLocale: Record<string, string | null | undefined>): string {
  return fingerprint(Object.fromEntries(Object.entries(perLocale).filter(([, print]) => print)))
}
