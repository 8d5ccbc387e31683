import type { Audience } from '../domain/vocabulary'

export type Severity = 'block' | 'warn' | 'info'

export type Finding = {
  /** The sign that matched, e.g. 'committed-suicide', or a structural rule such as 'long-sentence'. */
  rule: string
  /** What kind of harm or problem it is, e.g. 'suicide-language', 'minimising', 'plain-english', 'channel'. */
  category: string
  severity: Severity
  /** Character offsets into the checked text. */
  start: number
  end: number
  text: string
  message: string
  suggestion: string
}

export type Readability = {
  smog: number
  fleschKincaidGrade: number
  fleschReadingEase: number
  words: number
  sentences: number
}

export type CheckContext = {
  /** 'web', 'email', 'poster', 'one-minute', or a social platform such as 'x' or 'bluesky'. */
  channel?: string
  audiences?: Audience[]
  locale?: string
  /** Spans the author marked as a lived-experience quote. */
  quotes?: { start: number; end: number }[]
  /** Topic flags set on the message, e.g. 'suicide-or-self-harm'. */
  topicFlags?: string[]
  /** Does the message carry the support block from the service registry? Unknown outside the CMS. */
  supportBlock?: boolean
  /** Alt text of each image the rendition carries. */
  altTexts?: (string | null | undefined)[]
}

export type CheckResult = {
  findings: Finding[]
  readability: Readability
  /** Which checks ran: a locale without language rules gets only the language-independent ones. */
  checks: string[]
}
