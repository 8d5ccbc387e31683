import type { SanitizedConfig } from 'payload'

import { accessMatrix, type Persona, personas as allPersonas } from '@/access/matrix'
import { answersFor, graphqlRules, type Method, routeRules } from '@/access/routes'

import type { GraphqlOperation } from './graphqlInventory'
import type { InventoryRoute } from './routeInventory'

/**
 * Everything the inventory and the rules disagree on, in words: an address without a rule, a method the code
 * takes that the rule does not answer (or the other way round), a rule for an address that is gone, a
 * collection or persona the access matrix does not know, a GraphQL operation with nothing to follow.
 */
export function coverageProblems({
  inventory,
  operations,
  config,
  personas = allPersonas,
}: {
  inventory: InventoryRoute[]
  operations: GraphqlOperation[]
  config: SanitizedConfig
  personas?: readonly string[]
}): string[] {
  const problems: string[] = []
  const paths = new Set(inventory.map((route) => route.path))

  for (const route of inventory) {
    const answers = answersFor(route.path, route)
    if (!answers) {
      problems.push(`no rule for ${route.source} ${route.path} (${route.from}): add it to routeRules in src/access/routes.ts`)
      continue
    }
    for (const method of route.methods) {
      if (method === 'OPTIONS' || (method === 'HEAD' && answers.GET)) continue
      if (!answers[method]) problems.push(`${method} ${route.path} is taken by the code but its rule has no answer for it`)
    }
    const ownRule = routeRules.some((rule) => rule.path === route.path)
    for (const method of Object.keys(answers) as Method[]) {
      // A rule of our own must not answer for methods the code does not take; the matrix's standard answers may.
      if (ownRule && !route.methods.includes(method) && !(method === 'HEAD' && route.methods.includes('GET')) && method !== 'OPTIONS') {
        problems.push(`the rule for ${route.path} answers ${method}, which the code does not take`)
      }
      for (const persona of personas) {
        if (!answers[method]?.[persona as Persona]) problems.push(`${method} ${route.path} has no answer for ${persona}`)
      }
    }
  }
  for (const rule of routeRules) if (!paths.has(rule.path)) problems.push(`the rule for ${rule.path} has no address in the code any more`)

  const slugs = [...config.collections.map((collection) => ['collection', collection.slug]), ...config.globals.map((global) => ['global', global.slug])]
  for (const [kind, slug] of slugs) {
    if (!accessMatrix.some((entry) => entry.kind === kind && entry.collection === slug)) problems.push(`the access matrix has no entry for the ${kind} ${slug}`)
  }
  for (const entry of accessMatrix) {
    if (!slugs.some(([kind, slug]) => kind === entry.kind && slug === entry.collection)) problems.push(`the access matrix names ${entry.kind} ${entry.collection}, which the config does not have`)
    for (const persona of personas) if (!entry.rights[persona as Persona]) problems.push(`the access matrix has no row for ${persona} on ${entry.collection}`)
  }

  for (const operation of operations) {
    if (graphqlRules[operation.name]) continue
    if (!operation.rest) problems.push(`GraphQL ${operation.kind} ${operation.name} matches no REST address: give it a rule in graphqlRules`)
    else if (!paths.has(operation.rest.path)) problems.push(`GraphQL ${operation.name} stands for ${operation.rest.method} ${operation.rest.path}, which the server does not answer: give it a rule in graphqlRules`)
  }
  for (const name of Object.keys(graphqlRules)) if (!operations.some((operation) => operation.name === name)) problems.push(`the GraphQL rule for ${name} has no operation any more`)
  return problems
}
