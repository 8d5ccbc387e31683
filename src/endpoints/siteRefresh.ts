import { timingSafeEqual } from 'node:crypto'

import { revalidatePath, revalidateTag } from 'next/cache'
import type { Endpoint } from 'payload'

import { REFRESH_ENDPOINT, REFRESH_TOKEN_ENV, REFRESH_TOKEN_HEADER, SITE_CONTENT_TAG } from '@/server/siteRefresh'

import { problem } from './problem'

/**
 * POST /api/site-cache/refresh: marks every cached public page out of date in Next's cache. Next only allows
 * that inside one of its requests, which a scheduled job is not; so the Express shell calls this once a change
 * is saved, with its per-process secret. Nobody else may: it is not a public button.
 */
export const siteRefreshEndpoint: Endpoint = {
  path: REFRESH_ENDPOINT,
  method: 'post',
  handler: async (req) => {
    if (!fromOurShell(req.headers.get(REFRESH_TOKEN_HEADER))) {
      return problem(403, 'Only the server itself refreshes the public site.')
    }
    // Every page shows shared content (help routes, themes, settings), so a change refreshes them all.
    revalidatePath('/', 'layout')
    revalidateTag(SITE_CONTENT_TAG, { expire: 0 })
    return Response.json({ refreshed: true })
  },
}

function fromOurShell(given: string | null): boolean {
  const expected = process.env[REFRESH_TOKEN_ENV]
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
