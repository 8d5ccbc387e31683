import fs from 'node:fs'

import { checkText, ContentCheckError } from '../content-safety/check'
import type { CheckContext, CheckResult } from '../content-safety/types'
import { type Audience, audiences } from '../domain/vocabulary'
import { UsageError } from './usage'

type Options = { channel?: string; audience?: string; locale?: string; json: boolean; eachLine?: boolean; file?: string }

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
  }
  if (options.eachLine) return checkEachLine(text, context, options.json)
  const result = await checked(text, { ...context, quotes: quotedLines(text) })
  const { findings, readability } = result
  console.log(options.json ? JSON.stringify({ findings, readability, checks: result.checks }) : report(result))
  return findings.some((finding) => finding.severity === 'block') ? 1 : 0
}

async function checked(text: string, context: CheckContext): Promise<CheckResult> {
  try {
    return await checkText(text, context)
  } catch (error) {
    if (error instanceof ContentCheckError) throw new UsageError(error.message)
    throw error
  }
}

/**
 * --each-line: every non-empty line is its own piece of copy (a list of headlines, posts or sentences). With
 * --json, one JSON object a line, with the line's number and its findings' offsets into that line.
 */
async function checkEachLine(text: string, context: CheckContext, json: boolean): Promise<number> {
  const lines = text.split(/\r?\n/)
  if (!lines.some((line) => line.trim())) throw new UsageError('There is no text to check.')
  let blocked = false
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue
    const quote = line.startsWith('> ') ? [{ start: 0, end: line.length }] : []
    const result = await checked(line, { ...context, quotes: quote })
    blocked ||= result.findings.some((finding) => finding.severity === 'block')
    const { findings, readability, checks } = result
    console.log(json ? JSON.stringify({ line: index + 1, findings, readability, checks }) : `Line ${index + 1}: ${line}\n${report(result)}\n`)
  }
  return blocked ? 1 : 0
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

/** "1 sentence", "2 sentences". */
export const count = (amount: number, noun: string) => `${amount} ${noun}${amount === 1 ? '' : 's'}`

function report({ findings, readability, checks }: CheckResult): string {
  const lines = [`Checked: ${checks.join(', ')}.`]
  if (findings.length === 0) lines.push('No findings.')
  for (const finding of findings) {
    lines.push('', `${finding.severity.toUpperCase()}  ${finding.rule} (${finding.category})  "${finding.text}" (characters ${finding.start} to ${finding.end})`)
    lines.push(`  Why: ${finding.message}`, `  Instead: ${finding.suggestion}`)
  }
  const blocks = findings.filter((finding) => finding.severity === 'block').length
  lines.push(
    '',
    `Readability: ${count(readability.words, 'word')}, ${count(readability.sentences, 'sentence')}; grade ${readability.fleschKincaidGrade}, SMOG ${readability.smog}, reading ease ${readability.fleschReadingEase}.`,
    blocks > 0 ? `${count(blocks, 'blocking finding')}: this copy cannot be approved as it is.` : 'Nothing blocks this copy.',
  )
  return lines.join('\n')
}
