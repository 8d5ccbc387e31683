/** The id of a relationship value, whether Payload gave the document (depth 1+) or only its id (depth 0). */
export function idOf(value: unknown): string | number | undefined {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return (value as string | number | null | undefined) ?? undefined
}
