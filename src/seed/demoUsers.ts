import { randomBytes } from 'node:crypto'

import type { Role } from '../domain/roles'

export type DemoUser = { name: string; email: string; password: string; roles: Role[]; reviewerFor?: ('clinical' | 'safeguarding' | 'lived-experience')[] }

const people: Omit<DemoUser, 'password'>[] = [
  { name: 'Campaign Admin', email: 'admin@example.org', roles: ['admin'] },
  { name: 'Edie Editor', email: 'editor@example.org', roles: ['editor'] },
  { name: 'Rowan Reviewer', email: 'reviewer@example.org', roles: ['reviewer'], reviewerFor: ['clinical'] },
  { name: 'Priya Publisher', email: 'publisher@example.org', roles: ['publisher'] },
  { name: 'Pat Partner', email: 'partner@example.org', roles: ['partner'] },
]

/** One demo account per role, with fresh random passwords; the operator may choose the admin's login. */
export function demoUsers(admin?: { email: string; password: string }): DemoUser[] {
  return people.map((person) =>
    person.roles.includes('admin') && admin
      ? { ...person, ...admin }
      : { ...person, password: randomBytes(12).toString('base64url') },
  )
}
