import type { CollectionAfterChangeHook } from 'payload'

import { MATERIALS_QUEUE, MATERIALS_TASK } from '@/jobs/generateMaterials'

/**
 * After any save that could change what a message's materials show, withdraw its generated materials at once
 * (a stale poster is never offered as current) and queue the job that makes them again from the approved
 * words. If the approved words did not change, the job finds the same fingerprint and simply restores them.
 * A save in another language (a translation finished, or gone stale) counts the same way.
 */
export const queueMaterials: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!doc.slug) return doc
  const shown = (message: typeof doc) => JSON.stringify([message?.workflow?.state, message?._status, message?.title, message?.keyMessage, message?.renditions?.poster, message?.renditions?.social, message?.renditions?.oneMinuteConversation, message?.translationStatus])
  if (previousDoc?.id && shown(previousDoc) === shown(doc)) return doc
  const { docs } = await req.payload.find({
    collection: 'materials',
    where: { and: [{ 'generatedFrom.message': { equals: doc.id } }, { 'generatedFrom.stale': { not_equals: true } }] },
    depth: 0,
    limit: 50,
    req,
  })
  for (const material of docs) {
    await req.payload.update({ collection: 'materials', id: material.id, data: { generatedFrom: { ...material.generatedFrom, stale: true } }, req })
  }
  await req.payload.jobs.queue({ task: MATERIALS_TASK, input: { messageId: String(doc.id) }, queue: MATERIALS_QUEUE, req })
  return doc
}
