// Reading filters from the address bar, where anything can be typed. Plain data, no framework.

export type SearchParams = Record<string, string | string[] | undefined>

/** The first value given for a key, trimmed; nothing for an empty one. */
export function firstParam(params: SearchParams, key: string): string | undefined {
  const value = params[key]
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined
}

/** The value only if it is one we know. */
export const oneOf = (value: string | undefined, allowed: readonly string[]) => (value && allowed.includes(value) ? value : undefined)
