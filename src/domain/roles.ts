export const roles = ['admin', 'editor', 'reviewer', 'publisher', 'partner'] as const
/** Who someone is in the campaign team; access rules and the workflow both speak in these. */
export type Role = (typeof roles)[number]

type MaybeUser = { roles?: Role[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => wanted.includes(role)))
}
