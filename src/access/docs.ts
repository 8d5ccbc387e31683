import { stateLabels } from '../workflow/states'
import { allowedMoves } from '../workflow/transitions'

/** The workflow's allowed moves as a Markdown table. */
export function movesTable(): string {
  const lines = ['| from | to | who |', '|---|---|---|']
  for (const { from, to, who } of allowedMoves()) {
    lines.push(`| ${stateLabels[from]} | ${stateLabels[to]} | ${who === 'system' ? 'the publishing schedule' : who.join(', ')} |`)
  }
  return lines.join('\n')
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function replaceGenerated(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`docs/access.md has no ${start} ... ${end} section`)
  return text.slice(0, from + start.length) + '\n' + content + '\n' + text.slice(to)
}
