import type { Payload } from 'payload'

import type { Role } from '@/domain/roles'
import type { User } from '@/payload-types'

export type People = Record<
  'admin' | 'editor' | 'editor2' | 'reviewer' | 'reviewer2' | 'publisher' | 'partner' | 'unconfirmedPartner' | 'revokedPartner',
  User
>

const cast: [keyof People, Role, User['partnerStatus']?][] = [
  ['admin', 'admin'],
  ['editor', 'editor'],
  ['editor2', 'editor'],
  ['reviewer', 'reviewer'],
  ['reviewer2', 'reviewer'],
  ['publisher', 'publisher'],
  ['partner', 'partner'],
  // Signed up but never used the link in the email; and one whose access an admin withdrew.
  ['unconfirmedPartner', 'partner', 'unverified'],
  ['revokedPartner', 'partner', 'revoked'],
]

/** One account per role (two editors and two reviewers, for the rules between colleagues), and partners in each state. */
export async function createPeople(payload: Payload): Promise<People> {
  const people = {} as People
  for (const [key, role, partnerStatus] of cast) {
    people[key] = await payload.create({
      collection: 'users',
      data: { name: key, email: `${key}@example.org`, password: `${key}-password-123`, roles: [role], ...(partnerStatus ? { partnerStatus } : {}) },
    })
    people[key] = { ...people[key], collection: 'users' } as User
  }
  return people
}

export const passwordOf = (key: keyof People) => `${key}-password-123`
