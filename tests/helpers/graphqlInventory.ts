import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLField } from 'graphql'
import { formatNames, type SanitizedConfig } from 'payload'

import type { Method } from '@/access/routes'

// Every GraphQL operation Payload builds from the config, and the REST address each one stands for: the
// same operation, under the same access rule, so it must give the same answer. Introspection is off in
// production, so the schema is built here from the config, as the server builds it.

export type GraphqlOperation = {
  kind: 'query' | 'mutation'
  name: string
  /** The REST address and method this operation does the same as, or undefined when nothing matches (a gap). */
  rest?: { path: string; method: Method; collection?: string; global?: string; endpoint: string }
  field: GraphQLField<unknown, unknown>
}

type Pattern = { prefix: string; suffix: 'singular' | 'plural'; endpoint: string; method: Method; kind: 'query' | 'mutation' }

const collectionPatterns: Pattern[] = [
  { kind: 'query', prefix: '', suffix: 'singular', endpoint: '/:id', method: 'GET' },
  { kind: 'query', prefix: '', suffix: 'plural', endpoint: '/', method: 'GET' },
  { kind: 'query', prefix: 'count', suffix: 'plural', endpoint: '/count', method: 'GET' },
  { kind: 'query', prefix: 'docAccess', suffix: 'singular', endpoint: '/access/:id?', method: 'POST' },
  { kind: 'query', prefix: 'version', suffix: 'singular', endpoint: '/versions/:id', method: 'GET' },
  { kind: 'query', prefix: 'versions', suffix: 'plural', endpoint: '/versions', method: 'GET' },
  { kind: 'mutation', prefix: 'create', suffix: 'singular', endpoint: '/', method: 'POST' },
  { kind: 'mutation', prefix: 'update', suffix: 'singular', endpoint: '/:id', method: 'PATCH' },
  { kind: 'mutation', prefix: 'delete', suffix: 'singular', endpoint: '/:id', method: 'DELETE' },
  { kind: 'mutation', prefix: 'duplicate', suffix: 'singular', endpoint: '/:id/duplicate', method: 'POST' },
  { kind: 'mutation', prefix: 'restoreVersion', suffix: 'singular', endpoint: '/versions/:id', method: 'POST' },
  // Account collections.
  { kind: 'query', prefix: 'me', suffix: 'singular', endpoint: '/me', method: 'GET' },
  { kind: 'query', prefix: 'initialized', suffix: 'singular', endpoint: '/init', method: 'GET' },
  { kind: 'mutation', prefix: 'login', suffix: 'singular', endpoint: '/login', method: 'POST' },
  { kind: 'mutation', prefix: 'logout', suffix: 'singular', endpoint: '/logout', method: 'POST' },
  { kind: 'mutation', prefix: 'refreshToken', suffix: 'singular', endpoint: '/refresh-token', method: 'POST' },
  { kind: 'mutation', prefix: 'forgotPassword', suffix: 'singular', endpoint: '/forgot-password', method: 'POST' },
  { kind: 'mutation', prefix: 'resetPassword', suffix: 'singular', endpoint: '/reset-password', method: 'POST' },
  { kind: 'mutation', prefix: 'unlock', suffix: 'singular', endpoint: '/unlock', method: 'POST' },
  { kind: 'mutation', prefix: 'verifyEmail', suffix: 'singular', endpoint: '/verify/:id', method: 'POST' },
]
const globalPatterns: Pattern[] = [
  { kind: 'query', prefix: '', suffix: 'singular', endpoint: '/', method: 'GET' },
  { kind: 'query', prefix: 'docAccess', suffix: 'singular', endpoint: '/access', method: 'POST' },
  { kind: 'mutation', prefix: 'update', suffix: 'singular', endpoint: '/', method: 'POST' },
  { kind: 'query', prefix: 'version', suffix: 'singular', endpoint: '/versions/:id', method: 'GET' },
  { kind: 'query', prefix: 'versions', suffix: 'singular', endpoint: '/versions', method: 'GET' },
  { kind: 'mutation', prefix: 'restoreVersion', suffix: 'singular', endpoint: '/versions/:id', method: 'POST' },
]

/** Payload's names for a collection's GraphQL types (its own rule: a plural that equals the singular gets "all"). */
function namesOf(slug: string) {
  const { singular, plural } = formatNames(slug)
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

export function graphqlOperations(config: SanitizedConfig): GraphqlOperation[] {
  const { schema } = configToSchema(config)
  const operations: GraphqlOperation[] = []
  const api = config.routes.api
  const candidates: { name: string; kind: 'query' | 'mutation'; rest: GraphqlOperation['rest'] }[] = [{ name: 'Access', kind: 'query', rest: { path: `${api}/access`, method: 'GET', endpoint: '/access' } }]
  for (const collection of config.collections) {
    const names = namesOf(collection.slug)
    for (const pattern of collectionPatterns) {
      const name = pattern.prefix + names[pattern.suffix]
      const path = `${api}/${collection.slug}${pattern.endpoint === '/' ? '' : pattern.endpoint}`
      candidates.push({ name, kind: pattern.kind, rest: { path, method: pattern.method, collection: collection.slug, endpoint: pattern.endpoint } })
    }
  }
  for (const global of config.globals) {
    const { singular } = formatNames(global.slug)
    for (const pattern of globalPatterns) {
      const path = `${api}/globals/${global.slug}${pattern.endpoint === '/' ? '' : pattern.endpoint}`
      candidates.push({ name: pattern.prefix + singular, kind: pattern.kind, rest: { path, method: pattern.method, global: global.slug, endpoint: pattern.endpoint } })
    }
  }
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const [name, field] of Object.entries(type?.getFields() ?? {})) {
      const match = candidates.find((candidate) => candidate.kind === kind && candidate.name === name)
      operations.push({ kind, name, rest: match?.rest, field })
    }
  }
  return operations
}

/**
 * A document for one operation with the least that makes it valid: required arguments filled from `values`
 * (an id, a token) or with something of the right type, and `__typename` picked from whatever comes back.
 */
export function operationDocument(operation: GraphqlOperation, values: { id: string | number }): string {
  const args = operation.field.args
    .filter((arg) => isNonNull(arg.type as unknown as AnyType) || arg.name === 'id')
    .map((arg) => `${arg.name}: ${literalFor(arg.type, arg.name, values, 0)}`)
  const call = `${operation.name}${args.length ? `(${args.join(', ')})` : ''}${selectionFor(operation.field.type)}`
  return `${operation.kind} { ${call} }`
}

// Payload's schema may come from another copy of the graphql package than this file would import (its CommonJS
// and ES module builds), so types are told apart by their kind's name, never with instanceof.
type AnyType = { constructor: { name: string }; ofType?: AnyType; name?: string; getValues?: () => { name: string }[]; getFields?: () => Record<string, { name: string; type: AnyType }> }
const kind = (type: AnyType) => type.constructor.name
const isNonNull = (type: AnyType) => kind(type) === 'GraphQLNonNull'
const named = (type: AnyType): AnyType => (type.ofType ? named(type.ofType) : type)

function selectionFor(type: unknown): string {
  return ['GraphQLObjectType', 'GraphQLUnionType', 'GraphQLInterfaceType'].includes(kind(named(type as AnyType))) ? ' { __typename }' : ''
}

function literalFor(given: unknown, name: string, values: { id: string | number }, depth: number): string {
  const type = given as AnyType
  if (isNonNull(type)) return literalFor(type.ofType, name, values, depth)
  if (kind(type) === 'GraphQLList') return '[]'
  if (kind(type) === 'GraphQLEnumType') return type.getValues!()[0]?.name ?? 'null'
  if (kind(type) === 'GraphQLInputObjectType') {
    if (depth > 3) return '{}'
    const fields = Object.values(type.getFields!()).filter((field) => isNonNull(field.type))
    return `{ ${fields.map((field) => `${field.name}: ${literalFor(field.type, field.name, values, depth + 1)}`).join(', ')} }`
  }
  if (kind(type) === 'GraphQLScalarType') {
    switch (type.name) {
      case 'Int':
        return name === 'id' ? String(Number(values.id) || 0) : '1'
      case 'Float':
        return '1'
      case 'Boolean':
        return 'false'
      case 'JSON':
      case 'JSONObject':
        return '{}'
      case 'DateTime':
        return JSON.stringify(new Date(0).toISOString())
      case 'EmailAddress':
        return JSON.stringify('nobody@example.org')
      case 'ID':
        return JSON.stringify(String(values.id))
      default:
        return JSON.stringify(name === 'id' ? String(values.id) : name === 'email' ? 'nobody@example.org' : 'x')
    }
  }
  return 'null'
}
