import config from '@payload-config'
import { getPayload } from 'payload'

import { addOne, monthOf } from '@/collections/counts'
import { withReference } from '@/insight/references'

/**
 * GET /q/<venue>/<message>: where a venue poster's QR code points. Counts one scan for that venue and message
 * (a number, nothing about the person) and sends the parent straight on to the message's page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ venue: string; message: string }> }): Promise<Response> {
  const { venue: venueSlug, message: messageSlug } = await params
  const payload = await getPayload({ config })
  const [venues, messages] = await Promise.all([
    payload.find({ collection: 'venues', where: { slug: { equals: venueSlug } }, limit: 1, depth: 0 }),
    payload.find({ collection: 'messages', where: { slug: { equals: messageSlug } }, limit: 1, depth: 0, overrideAccess: false }),
  ])
  const venue = venues.docs[0]
  const message = messages.docs[0]
  if (venue) await addOne(payload, 'qr-visits', { venue: venue.id, message: message?.id, month: monthOf(new Date()) }, 'visits')
  // A poster outlives its message: an unpublished one still lands somewhere helpful.
  // The reference counts the arrival on the page as one from a poster, without a cookie.
  const location = withReference(message ? `/messages/${message.slug}` : '/get-help', 'qr')
  return new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } })
}
