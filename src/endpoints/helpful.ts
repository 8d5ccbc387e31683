import type { Endpoint } from 'payload'

import { countHelpfulAnswer, HELPFUL_THANKS_ID, pageExists, readHelpfulPost } from '@/insight/helpful'
import { localePath } from '@/i18n/siteWords'
import { RETURNED_FROM_ANSWER } from '@/insight/tally'

import { readForm, seeOther } from './forms'
import { problem } from './problem'

/**
 * POST /api/helpful  page, locale, answer (yes|no): the form at the foot of every parent page. Counts one
 * answer and sends the visitor back to the page's thank-you. Per-client rate limits sit in the Express shell.
 */
export const helpfulEndpoint: Endpoint = {
  path: '/helpful',
  method: 'post',
  handler: async (req) => {
    const body = await readForm(req)
    if ('tooLarge' in body) return problem(413, 'That request is too large.')
    const post = readHelpfulPost(body.fields)
    if (!post || !(await pageExists(req.payload, post.page))) return problem(400, 'That answer is not for a page on this site.')
    await countHelpfulAnswer(req.payload, post)
    if (body.json) return Response.json({ message: 'Thank you.' }, { status: 200 })
    // The query marks the way back so it is not counted as a visit; the page itself comes from the cache.
    return seeOther(`${localePath(post.locale, post.page)}?${RETURNED_FROM_ANSWER}#${HELPFUL_THANKS_ID}`, { 'cache-control': 'no-store' })
  },
}
