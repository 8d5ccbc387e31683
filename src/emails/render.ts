import { render } from '@react-email/render'
import type React from 'react'

type RenderOptions = NonNullable<Parameters<typeof render>[1]>
type TextOptions = NonNullable<Extract<RenderOptions, { htmlToTextOptions?: unknown }>['htmlToTextOptions']>

// html-to-text's formatter arguments, as far as we use them.
type Builder = {
  openBlock(options: { leadingLineBreaks: number }): void
  closeBlock(options: { trailingLineBreaks: number; blockTransform?: (text: string) => string }): void
}
type FormatOptions = { leadingLineBreaks?: number; trailingLineBreaks?: number; underline?: string }

/**
 * The plain-text part, tuned for people who read it on its own. @react-email/render already skips the
 * preheader, images and the <head> (with the dark-mode CSS), and writes each link's address after its words.
 * On top of that: headings keep their case (html-to-text shouts them in capitals, which is harder to read)
 * and are underlined, = for the title and - for sections, so the structure survives; tap-to-call links give
 * the number once, not again as "tel:"; list items start with a dash.
 */
const textOptions: TextOptions = {
  formatters: {
    underlinedHeading: (elem: { children: unknown[] }, walk: (nodes: unknown[], builder: Builder) => void, builder: Builder, options: FormatOptions) => {
      builder.openBlock({ leadingLineBreaks: options.leadingLineBreaks ?? 2 })
      walk(elem.children, builder)
      builder.closeBlock({
        trailingLineBreaks: options.trailingLineBreaks ?? 2,
        blockTransform: (text) => `${text}\n${(options.underline ?? '-').repeat(Math.min(Math.max(...text.split('\n').map((line) => [...line].length)), 70))}`,
      })
    },
  },
  selectors: [
    { selector: 'h1', format: 'underlinedHeading', options: { underline: '=', leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: 'h2', format: 'underlinedHeading', options: { underline: '-', leadingLineBreaks: 3, trailingLineBreaks: 2 } },
    { selector: 'h3', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 } },
    { selector: 'a[href^="tel:"]', format: 'anchor', options: { ignoreHref: true } },
    { selector: 'ul', options: { itemPrefix: ' - ' } },
  ],
}

/** An email as HTML and as plain text: some people read mail as text only, and some filters want both. */
export async function renderEmail(email: React.ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true, htmlToTextOptions: textOptions })])
  return { html: withOutlookColumn(html), text }
}

/** The column's width, which every other program takes from the layout table's max-width. */
export const COLUMN_PX = 600

/**
 * Outlook on Windows lays out email with Word, which ignores max-width: without help the column stretches
 * across a wide reading pane. A table of fixed width that only Outlook sees (inside conditional comments,
 * which every other program treats as comments) holds it at 600px there.
 */
export function withOutlookColumn(html: string): string {
  const bodyOpen = /<body\b[^>]*>/i.exec(html)
  const bodyClose = html.lastIndexOf('</body>')
  if (!bodyOpen || bodyClose < 0) return html
  const afterOpen = bodyOpen.index + bodyOpen[0].length
  return (
    html.slice(0, afterOpen) +
    `<!--[if mso]><table role="presentation" align="center" width="${COLUMN_PX}" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->` +
    html.slice(afterOpen, bodyClose) +
    '<!--[if mso]></td></tr></table><![endif]-->' +
    html.slice(bodyClose)
  )
}
