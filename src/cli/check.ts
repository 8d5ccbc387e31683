import fs from 'node:fs'

import { checkText, ContentCheckError } from '../content-safety/check'
import type { CheckContext, CheckResult } from '../content-safety/types'
import { type Audience, audiences } from '../domain/vocabulary'
import { UsageError } from './usage'

type Options = { channel?: string; audience?: string; locale?: string; json: boolean; file?: string }

/** `campaign check`: the same checker the CMS runs, for copy that has not reached the CMS yet. */
export async function check(options: Options): Promise<number> {
  if (options.audience && !audiences.includes(options.audience as Audience)) {
    throw new UsageError(`--audience must be one of: ${audiences.join(', ')}.`)
  }
  const text = await readInput(options.file)
  const context: CheckContext = {
    channel: options.channel,
    audiences: options.audience ? [options.audience as Audience] : undefined,
    locale: options.locale,
    quotes: quotedLines(text),
  }
  let result: CheckResult
  try {
    result = await checkText(text, context)
  } catch (error) {
    if (error instanceof ContentCheckError) throw new UsageError(error.message)
    throw error
  }
  const { findings, readability } = result
  console.log(options.json ? JSON.stringify({ findings, readability, checks: result.checks }) : report(result))
  return findings.some((finding) => finding.severity === 'block') ? 1 : 0
}

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== '-') {
    try {
      return fs.readFileSync(file, 'utf8')
    } catch (error) {
      throw new UsageError(`Cannot read ${file} (${(error as NodeJS.ErrnoException).code}).`)
    }
  }
  if (process.stdin.isTTY) throw new UsageError('Give a file to check, or pipe text in (use - for standard input).')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Lines starting with "> " are a lived-experience quote, as in an email or Markdown. */
function quotedLines(text: string): { start: number; end: number }[] {
  const quotes: { start: number; end: number }[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    if (line.startsWith('> ')) quotes.push({ start: offset, end: offset + line.length })
    offset += line.length + 1
  }
  return quotes
}

function report({ findings, readability, checks }: CheckResult): string {
  const lines = [`Checked: ${checks.join(', ')}.`]
  if (findings.length === 0) lines.push('No findings.')
  for (const finding of findings) {
    lines.push('', `${finding.severity.toUpperCase()}  ${finding.rule}  "${finding.text}" (characters ${finding.start} to ${finding.end})`)
    lines.push(`  Why: ${finding.message}`, `  Instead: ${finding.suggestion}`)
  }
  const blocks = findings.filter((finding) => finding.severity === 'block').length
  lines.push(
    '',
    `Readability: ${readability.words} words, ${readability.sentences} sentences; grade ${readability.fleschKincaidGrade}, SMOG ${readability.smog}, reading ease ${readability.fleschReadingEase}.`,
    blocks > 0 ? `${blocks} blocking finding(s): this copy cannot be approved as it is.` : 'Nothing blocks this copy.',
  )
  return lines.join('\n')
}
