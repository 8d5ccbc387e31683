// The README.txt inside every kit: what each file is, the words to post with it, its alt text and hashtags,
// and the campaign dates. Plain text, because it opens on any computer a volunteer might use.

import { type MaterialType, materialTypeLabels } from '../domain/materials'

export type KitReadmeItem = {
  fileName: string
  title: string
  type: MaterialType
  sizeBytes?: number | null
  postText?: string | null
  altText?: string | null
  hashtags?: string | null
}

export type KitReadmeInput = {
  kitTitle: string
  campaignName: string
  siteUrl: string
  items: KitReadmeItem[]
  dates: { name: string; when: string }[]
}

export function kitReadme({ kitTitle, campaignName, siteUrl, items, dates }: KitReadmeInput): string {
  const lines = [
    `${kitTitle}`,
    underline(kitTitle),
    '',
    `From the ${campaignName} campaign for parents and carers in Kent.`,
    `Campaign pages: ${siteUrl}`,
    `Where to get help, any time: ${siteUrl}/get-help`,
    '',
    'Please use these materials as they are: the words were checked by clinical and lived-experience reviewers.',
    '',
  ]
  if (dates.length > 0) {
    lines.push('Campaign dates', underline('Campaign dates'), ...dates.map((date) => `- ${date.name}: ${date.when}`), '')
  }
  lines.push('In this kit', underline('In this kit'), '')
  items.forEach((item, index) => {
    lines.push(`${index + 1}. ${item.title}`)
    lines.push(`   File: ${item.fileName}${item.sizeBytes ? ` (${readableSize(item.sizeBytes)})` : ''}`)
    lines.push(`   Type: ${materialTypeLabels[item.type]}`)
    if (item.postText) lines.push('   Words to post with it:', ...indent(item.postText))
    if (item.altText) lines.push('   Alt text (paste it where the platform asks for an image description):', ...indent(item.altText))
    if (item.hashtags) lines.push(`   Hashtags: ${item.hashtags}`)
    lines.push('')
  })
  // Windows Notepad still likes CRLF; every other editor reads it too.
  return lines.join('\r\n')
}

const underline = (text: string) => '='.repeat(Math.min(text.length, 72))
const indent = (text: string) => text.split(/\r?\n/).map((line) => `     ${line}`)

export function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
