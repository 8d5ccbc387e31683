import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Endpoint, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { personas } from '@/access/matrix'
import { routeRules } from '@/access/routes'
import { bodyLimitFor, UPLOAD_BODY_LIMIT, UPLOAD_COLLECTIONS } from '@/server/bodyLimit'

import { type GraphqlOperation, graphqlOperations } from '../helpers/graphqlInventory'
import { coverageProblems } from '../helpers/routeCoverage'
import { expressRoutes, nextRoutes, routeInventory } from '../helpers/routeInventory'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The hostile suite (tests/e2e/hostile.test.ts) asks every address the server answers. This proves the list
// it asks from is complete and that nothing in it goes without a rule: read from the code and the config, it
// fails the moment an address, a collection, a persona or a GraphQL operation appears without an entry.

let t: TestPayload
let config: SanitizedConfig
let operations: GraphqlOperation[]

beforeAll(async () => {
  t = await startTestPayload()
  config = t.payload.config
  operations = graphqlOperations(config)
})
afterAll(async () => t?.close())

const inventory = () => routeInventory({ root: process.cwd(), config })

describe('the route inventory', () => {
  it('finds the addresses of every kind the server answers', () => {
    const paths = inventory().map((route) => `${route.source} ${route.path}`)
    expect(paths).toEqual(
      expect.arrayContaining([
        'express /healthz',
        'page /:locale/messages/:slug',
        'page /admin/*segments?',
        'route handler /q/:venue/:message',
        'route handler /api/graphql',
        'payload /api/users/unlock',
        'payload /api/payload-locked-documents/:id',
        'payload /api/payload-preferences/:key',
        'payload /api/globals/payload-jobs-stats',
        'payload /api/materials/file/:filename',
        'payload /api/partners/sign-in',
      ]),
    )
    expect(operations.map((operation) => operation.name)).toEqual(expect.arrayContaining(['Messages', 'loginUser', 'createPayloadLockedDocument', 'updateCampaignSetting']))
  })

  it('has a rule for every address, method, persona and GraphQL operation, and no rule for anything gone', () => {
    expect(coverageProblems({ inventory: inventory(), operations, config })).toEqual([])
  })
})

describe('an address added without an entry', () => {
  it('fails when a new Next route handler appears', () => {
    const app = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-app-'))
    fs.mkdirSync(path.join(app, '(frontend)', 'export-everything'), { recursive: true })
    fs.writeFileSync(path.join(app, '(frontend)', 'export-everything', 'route.ts'), 'export async function POST() { return new Response() }\n')
    const added = nextRoutes(app)
    expect(added).toEqual([expect.objectContaining({ path: '/export-everything', methods: ['POST'] })])
    expect(coverageProblems({ inventory: [...inventory(), ...added], operations, config })).toEqual([
      expect.stringMatching(/^no rule for route handler \/export-everything/),
    ])
    fs.rmSync(app, { recursive: true })
  })

  it('fails when the Express shell gets a route of its own', () => {
    const added = expressRoutes("app.post('/debug/heap', (req, res) => res.end())")
    expect(coverageProblems({ inventory: [...inventory(), ...added], operations, config })).toEqual([expect.stringMatching(/^no rule for express \/debug\/heap/)])
  })

  it('fails when Payload gets a new endpoint, a new collection, or a new method on an address', () => {
    const endpoint: Endpoint = { path: '/dump', method: 'get', handler: () => Response.json({}) }
    const withEndpoint = { ...config, endpoints: [...(config.endpoints as Endpoint[]), endpoint] } as SanitizedConfig
    expect(coverageProblems({ inventory: routeInventory({ root: process.cwd(), config: withEndpoint }), operations, config: withEndpoint })).toEqual([
      expect.stringMatching(/^no rule for payload \/api\/dump/),
    ])

    const secrets = { ...config.collections.find((collection) => collection.slug === 'themes')!, slug: 'secrets' }
    const withCollection = { ...config, collections: [...config.collections, secrets] } as SanitizedConfig
    const problems = coverageProblems({ inventory: routeInventory({ root: process.cwd(), config: withCollection }), operations, config: withCollection })
    expect(problems).toContain('the access matrix has no entry for the collection secrets')
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^no rule for payload \/api\/secrets /)]))

    const signIn = inventory().map((route) => (route.path === '/api/partners/sign-in' ? { ...route, methods: [...route.methods, 'DELETE' as const] } : route))
    expect(coverageProblems({ inventory: signIn, operations, config })).toEqual(['DELETE /api/partners/sign-in is taken by the code but its rule has no answer for it'])
  })

  it('fails when a rule outlives its address', () => {
    const withoutFeeds = inventory().filter((route) => route.path !== '/feeds/rss.xml')
    expect(coverageProblems({ inventory: withoutFeeds, operations, config })).toEqual(['the rule for /feeds/rss.xml has no address in the code any more'])
    expect(routeRules.some((rule) => rule.path === '/feeds/rss.xml')).toBe(true)
  })

  it('fails when a new persona has no answers', () => {
    const problems = coverageProblems({ inventory: inventory(), operations, config, personas: [...personas, 'intern'] })
    expect(problems).toEqual(expect.arrayContaining(['GET /healthz has no answer for intern', 'the access matrix has no row for intern on messages']))
  })

  it('fails when a GraphQL operation has nothing to follow', () => {
    const stray = { ...operations[0], name: 'exportEverything', rest: undefined }
    expect(coverageProblems({ inventory: inventory(), operations: [...operations, stray], config })).toEqual([
      'GraphQL query exportEverything matches no REST address: give it a rule in graphqlRules',
    ])
  })
})

describe('the body limit’s upload addresses', () => {
  it('are exactly the upload collections in the config, each with room for a 10 MB file', () => {
    const uploads = config.collections.filter((collection) => collection.upload).map((collection) => collection.slug)
    expect([...UPLOAD_COLLECTIONS].sort()).toEqual(uploads.sort())
    for (const slug of uploads) {
      expect(bodyLimitFor('POST', `/api/${slug}`)).toBe(UPLOAD_BODY_LIMIT)
      expect(bodyLimitFor('PATCH', `/api/${slug}/12?depth=0`)).toBe(UPLOAD_BODY_LIMIT)
    }
    expect(bodyLimitFor('POST', '/api/subscribe')).toBe(64 * 1024)
  })
})
