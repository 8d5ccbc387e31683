import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { openFindings, type StoredFinding } from '@/collections/Messages/hooks/checkContent'
import { checkText, ContentCheckError } from '@/content-safety/check'
import type { CheckContext } from '@/content-safety/types'
import { type Audience, audiences } from '@/domain/vocabulary'
import { isTeamMember } from '@/domain/roles'
import { spreadsheetSafe } from '@/domain/spreadsheet'

import { problem } from './problem'

const isTeam = (req: PayloadRequest) => isTeamMember(req.user)

/** POST /api/content-check: the same checker for the admin and other tools. Editors and above. */
export const contentCheckEndpoint: Endpoint = {
  path: '/content-check',
  method: 'post',
  handler: async (req) => {
    if (!isTeam(req)) return problem(req.user ? 403 : 401, 'Log in as a member of the comms team to check content.')
    let body: unknown
    try {
      body = await req.json!()
    } catch {
      return problem(400, 'The request body must be JSON: {"text": "...", "channel"?, "audience"?, "locale"?}.')
    }
    const { text, channel, audience, locale } = (body ?? {}) as Record<string, unknown>
    if (typeof text !== 'string') return problem(400, '"text" must be a string.')
    if (audience !== undefined && !audiences.includes(audience as Audience)) {
      return problem(400, `"audience" must be one of: ${audiences.join(', ')}.`)
    }
    const context: CheckContext = {
      channel: typeof channel === 'string' ? channel : undefined,
      audiences: audience ? [audience as Audience] : undefined,
      locale: typeof locale === 'string' ? locale : undefined,
    }
    try {
      const { findings, readability, checks } = await checkText(text, context)
      return Response.json({ findings, readability, checks })
    } catch (error) {
      if (error instanceof ContentCheckError) return problem(400, error.message)
      throw error
    }
  },
}

/**
 * GET /api/content-report: every published or scheduled message that still has open findings, for the
 * comms lead's view of the whole campaign. JSON, or CSV with ?format=csv.
 */
export const contentReportEndpoint: Endpoint = {
  path: '/content-report',
  method: 'get',
  handler: async (req) => {
    if (!isTeam(req)) return problem(req.user ? 403 : 401, 'Log in as a member of the comms team to see the report.')
    const rows = await campaignReport(req.payload, req)
    if (req.searchParams.get('format') === 'csv') {
      const lines = [['message', 'state', 'severity', 'accepted', 'rule', 'field', 'locale', 'words', 'why'].join(',')]
      for (const row of rows) {
        for (const finding of row.open) {
          const cells = [row.title, row.state, finding.severity, finding.accepted ? 'yes' : 'no', finding.rule, finding.field, finding.locale, finding.text, finding.message]
          lines.push(cells.map(csvCell).join(','))
        }
      }
      return new Response(lines.join('\r\n') + '\r\n', {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="content-report.csv"' },
      })
    }
    return Response.json({ messages: rows })
  },
}

export async function campaignReport(payload: Payload, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'messages',
    draft: true,
    depth: 0,
    limit: 500,
    overrideAccess: true,
    req,
    where: { 'workflow.state': { in: ['published', 'scheduled'] } },
  })
  return docs
    .map((message) => {
      const safety = message.safety as { findings?: StoredFinding[]; accepted?: { finding?: string }[] } | undefined
      const { blocks, unjustifiedWarnings } = openFindings(safety)
      const accepted = new Set((safety?.accepted ?? []).map((row) => row.finding))
      const acceptedWarnings = (safety?.findings ?? []).filter((finding) => finding.severity === 'warn' && accepted.has(finding.id))
      return {
        id: message.id,
        title: message.title,
        state: message.workflow?.state ?? 'draft',
        open: [
          ...[...blocks, ...unjustifiedWarnings].map((finding) => ({ ...finding, accepted: false })),
          ...uniqueById(acceptedWarnings).map((finding) => ({ ...finding, accepted: true })),
        ],
      }
    })
    .filter((row) => row.open.length > 0)
}

const uniqueById = (findings: StoredFinding[]) => findings.filter((finding, index) => findings.findIndex((other) => other.id === finding.id) === index)

/** Quotes a CSV cell, and stops a spreadsheet reading a cell as a formula. */
const csvCell = (value: unknown): string => `"${spreadsheetSafe(value).replace(/"/g, '""')}"`
