import type { Endpoint } from 'payload'

import { isTeamMember } from '@/domain/roles'
import { sectionCsv } from '@/insight/csv'
import { insightReport, readFilters } from '@/insight/report'

import { problem } from './problem'

/** GET /api/insight/csv?section=…&range=…&theme=…&audience=…&district=…: one Insight table as CSV, for the comms team. */
export const insightCsvEndpoint: Endpoint = {
  path: '/insight/csv',
  method: 'get',
  handler: async (req) => {
    if (!isTeamMember(req.user as never)) return problem(req.user ? 403 : 401, 'The Insight figures are for the comms team.')
    const params = Object.fromEntries(req.searchParams.entries())
    const { sections } = await insightReport(req.payload, readFilters(params))
    const section = sections.find((candidate) => candidate.id === params.section)
    if (!section) return problem(404, 'There is no such Insight table.')
    return new Response(sectionCsv(section), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="insight-${section.id}.csv"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
