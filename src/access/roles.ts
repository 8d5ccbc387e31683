export const roles = ['admin', 'editor', 'reviewer', 'publisher', 'partner'] as const
export type Role = (typeof roles)[number]

type MaybeUser = { roles?: Role[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => wanted.includes(role)))
}
