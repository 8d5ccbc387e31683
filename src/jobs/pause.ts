import type { PayloadRequest } from 'payload'

/** Is the campaign held for a sensitive news moment? Every scheduled publication and send checks this. */
export async function campaignIsPaused(req: PayloadRequest): Promise<boolean> {
  const settings = await req.payload.findGlobal({ slug: 'campaign-settings', depth: 0, overrideAccess: true, req })
  return Boolean(settings?.pause?.active)
}
