import type { Payload } from 'payload'

import type { User } from '@/payload-types'

type Counted = { organisationKind: NonNullable<User['organisationKind']> | 'visitor'; district?: User['district'] }

/** Who is downloading, as a count can know them: the kind of organisation and district, never the person. */
export function countedAs(user: Partial<User> | null | undefined): Counted {
  if (!user) return { organisationKind: 'visitor' }
  return { organisationKind: user.organisationKind ?? 'other', district: user.district ?? undefined }
}

/** Serialises count updates in this process, so two downloads at once both count. */
let queue: Promise<unknown> = Promise.resolve()

/** Adds one download of a material to this month's count for this kind of organisation and district. */
export function countDownload(payload: Payload, materialId: number | string, who: Counted, now = new Date()): Promise<void> {
  const next = queue.then(() => addOne(payload, materialId, who, now.toISOString().slice(0, 7)))
  queue = next.catch(() => undefined)
  return next
}

async function addOne(payload: Payload, materialId: number | string, who: Counted, month: string): Promise<void> {
  const { docs } = await payload.find({
    collection: 'download-counts',
    limit: 1,
    depth: 0,
    where: {
      and: [
        { material: { equals: materialId } },
        { month: { equals: month } },
        { organisationKind: { equals: who.organisationKind } },
        who.district ? { district: { equals: who.district } } : { district: { exists: false } },
      ],
    },
  })
  if (docs[0]) {
    await payload.update({ collection: 'download-counts', id: docs[0].id, data: { downloads: docs[0].downloads + 1 } })
    return
  }
  await payload.create({
    collection: 'download-counts',
    data: { material: materialId as number, month, organisationKind: who.organisationKind, district: who.district ?? undefined, downloads: 1 },
  })
}
