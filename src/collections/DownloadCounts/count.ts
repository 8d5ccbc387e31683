import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { addOne, monthOf } from '../counts'

type Counted = { organisationKind: NonNullable<User['organisationKind']> | 'visitor'; district?: User['district'] }

/** Who is downloading, as a count can know them: the kind of organisation and district, never the person. */
export function countedAs(user: Partial<User> | null | undefined): Counted {
  if (!user) return { organisationKind: 'visitor' }
  return { organisationKind: user.organisationKind ?? 'other', district: user.district ?? undefined }
}

/** Adds one download of a material to this month's count for this kind of organisation and district. */
export function countDownload(payload: Payload, materialId: number | string, who: Counted, now = new Date()): Promise<void> {
  return addOne(
    payload,
    'download-counts',
    { material: materialId, month: monthOf(now), organisationKind: who.organisationKind, district: who.district ?? undefined },
    'downloads',
  )
}
