// Lexical rich text as plain data: build it from paragraphs and read it back as text, with no editor needed.

type TextNode = { type: 'text'; text: string; version: number; [key: string]: unknown }
type ElementNode = { type: string; version: number; children?: LexicalNode[]; [key: string]: unknown }
type LexicalNode = TextNode | ElementNode

export type RichText = {
  root: { type: 'root'; children: LexicalNode[]; direction: 'ltr' | 'rtl' | null; format: ''; indent: 0; version: 1 }
}

export function richTextFromParagraphs(paragraphs: string[]): RichText {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}

/** The words of a rich text value, one block per line: what a checker or a plain-text email needs. */
export function plainTextOf(value: unknown): string {
  const root = (value as RichText | null | undefined)?.root
  if (!root) return ''
  return root.children.map(textOfNode).filter(Boolean).join('\n')
}

function textOfNode(node: LexicalNode): string {
  if (node.type === 'text') return (node as TextNode).text
  if (node.type === 'linebreak') return '\n'
  return ((node as ElementNode).children ?? []).map(textOfNode).join(node.type === 'list' ? '\n' : '')
}

/** The words of a rich text value, with the character spans of any block quotes (lived-experience quotes). */
export function plainTextWithQuotes(value: unknown): { text: string; quotes: { start: number; end: number }[] } {
  const root = (value as RichText | null | undefined)?.root
  if (!root) return { text: '', quotes: [] }
  const quotes: { start: number; end: number }[] = []
  let text = ''
  for (const node of root.children) {
    const words = textOfNode(node)
    if (!words) continue
    if (text) text += '\n'
    if (node.type === 'quote') quotes.push({ start: text.length, end: text.length + words.length })
    text += words
  }
  return { text, quotes }
}
