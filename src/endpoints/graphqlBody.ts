import { problem } from './problem'

/**
 * A GraphQL request is a JSON object with a query. Anything else is answered here with the reason, before
 * Payload's handler (which fails on a body it cannot parse). The shell has already capped the body's size.
 */
export async function unreadableGraphqlBody(request: Request): Promise<Response | undefined> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await request.text())
  } catch {
    return problem(400, 'Send a GraphQL request as JSON: {"query": "..."}.')
  }
  const requests = Array.isArray(parsed) ? parsed : [parsed]
  if (requests.length === 0 || !requests.every((item) => item && typeof item === 'object' && typeof (item as { query?: unknown }).query === 'string')) {
    return problem(400, 'A GraphQL request needs a "query" string.')
  }
  return undefined
}
