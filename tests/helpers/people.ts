import type { Payload } from 'payload'

import type { Role } from '@/domain/roles'
import type { User } from '@/payload-types'

export type People = Record<'admin' | 'editor' | 'editor2' | 'reviewer' | 'reviewer2' | 'publisher' | 'partner', User>

const cast: [keyof People, Role][] = [
  ['admin', 'admin'],
  ['editor', 'editor'],
  ['editor2', 'editor'],
  ['reviewer', 'reviewer'],
  ['reviewer2', 'reviewer'],
  ['publisher', 'publisher'],
  ['partner', 'partner'],
]

/** One account per role (two editors and two reviewers, for the rules between colleagues). */
export async function createPeople(payload: Payload): Promise<People> {
  const people = {} as People
  for (const [key, role] of cast) {
    people[key] = await payload.create({
      collection: 'users',
      data: { name: key, email: `${key}@example.org`, password: `${key}-password-123`, roles: [role] },
    })
    people[key] = { ...people[key], collection: 'users' } as User
  }
  return people
}

export const passwordOf = (key: keyof People) => `${key}-password-123`
