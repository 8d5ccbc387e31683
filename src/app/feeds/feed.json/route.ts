import { feedRoute } from '../respond'

// Read per request: the query narrows the feed, and the public address is the running server's.
export const dynamic = 'force-dynamic'

export const GET = feedRoute('json')
