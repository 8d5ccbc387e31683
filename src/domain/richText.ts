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

/**
 * What a reader gets from a rich text value, as plain data: the words with their emphasis, the block types,
 * every link's address and every picture's record, and nothing the editor adds for itself (versions, text
 * direction, indents), so saving the same text again gives the same shape.
 */
export function readerShapeOf(value: unknown): unknown {
  const root = (value as RichText | null | undefined)?.root
  return root ? root.children.map(shapeOfNode) : []
}

function shapeOfNode(node: LexicalNode): unknown {
  const { type } = node
  if (type === 'text') return { text: (node as TextNode).text, format: (node as TextNode).format ?? 0 }
  const element = node as ElementNode & { fields?: Record<string, unknown> | null }
  const shape: Record<string, unknown> = { type }
  for (const key of ['tag', 'listType', 'url', 'newTab'] as const) if (element[key] !== undefined && element[key] !== null) shape[key] = element[key]
  // An upload or a link to a page points at a record: the same record whether it arrives as an id or filled in.
  if (element.relationTo) shape.record = recordOf(element.relationTo, element.value)
  if (element.fields) {
    const { doc, ...rest } = element.fields
    shape.fields = Object.fromEntries(Object.entries(rest).filter(([, inner]) => inner !== undefined && inner !== null))
    if (doc && typeof doc === 'object') shape.doc = recordOf((doc as { relationTo?: unknown }).relationTo, (doc as { value?: unknown }).value)
  }
  if (element.children) shape.children = element.children.map(shapeOfNode)
  return shape
}

function recordOf(relationTo: unknown, value: unknown): string {
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return `${String(relationTo)}:${String(id)}`
}
