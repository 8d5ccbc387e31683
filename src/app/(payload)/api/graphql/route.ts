/* Payload's GraphQL route, with a JSON check in front. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { unreadableGraphqlBody } from '@/endpoints/graphqlBody'

const graphql = GRAPHQL_POST(config)

/** A body that is not JSON gets 400 with the reason; Payload's GraphQL handler fails on it with a server error. */
export const POST = async (request: Request): Promise<Response> => (await unreadableGraphqlBody(request.clone())) ?? graphql(request)
export const OPTIONS = REST_OPTIONS(config)
