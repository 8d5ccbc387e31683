// Honest figures: a count under five could point at a person in a small place, and says little anyway, so
// it is shown as "fewer than 5" (in the view and in every CSV); nothing at all is "none".

export const SMALL_COUNT = 5

export function shownCount(count: number): string {
  if (count <= 0) return 'none'
  if (count < SMALL_COUNT) return 'fewer than 5'
  return count.toLocaleString('en-GB')
}

export const isSmall = (count: number) => count > 0 && count < SMALL_COUNT

/** A share as a whole percentage, or words when either count is too small to say. */
export function shownShare(part: number, whole: number): string {
  if (whole < SMALL_COUNT || isSmall(part)) return 'too few to say'
  return `${Math.round((part / whole) * 100)}%`
}
