export const roles = ['admin', 'editor', 'reviewer', 'publisher', 'partner'] as const
/** Who someone is in the campaign team; access rules and the workflow both speak in these. */
export type Role = (typeof roles)[number]

type MaybeUser = { roles?: Role[] | null } | null | undefined

/** The comms team: the people who write, review and publish campaign content. */
export const isTeamMember = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor', 'reviewer', 'publisher')

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => wanted.includes(role)))
}
