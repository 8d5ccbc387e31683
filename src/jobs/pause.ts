import type { Payload, PayloadRequest } from 'payload'

/** Is the campaign held for a sensitive news moment? Every scheduled publication, post and send checks this. */
export async function campaignIsPaused(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'campaign-settings', depth: 0, overrideAccess: true, req })
  return Boolean(settings?.pause?.active)
}
