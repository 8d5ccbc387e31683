import { stringify } from 'csv-stringify/sync'

import { spreadsheetSafe } from '../domain/spreadsheet'
import { cellText, type Section } from './report'

/** A section's table as CSV: the same cells the view shows, small counts in words, safe to open in a spreadsheet. */
export function sectionCsv(section: Section): string {
  const rows = [section.table.columns, ...section.table.rows.map((row) => row.map(cellText))]
  return stringify(rows.map((row) => row.map(spreadsheetSafe)), { quoted: true, record_delimiter: 'windows' })
}
