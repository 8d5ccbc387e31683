// How content-check findings look in the admin, shared by the panel and the notes under each field.
export type Finding = {
  id: string
  rule: string
  severity: 'block' | 'warn' | 'info'
  locale: string
  field: string
  text: string
  message: string
  suggestion: string
}

export const severityColours = { block: '#a4161a', warn: '#8a5a00', info: '#4a4a4a' }
export const severityLabels = { block: 'Blocks approval', warn: 'Needs a reviewer\'s justification', info: 'Suggestion' }
