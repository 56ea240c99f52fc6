import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { Reading, ReadingBlock, ReadingInline, ReadingMark } from './Reading'
import { completeReading } from './completeReading'
import { decodeText, normaliseLineEnds } from './decodeText'
import { appendText, trimInlines } from './inlineContent'
import { headingLevel, listItemFrom } from './listItemFrom'
import { safeHref } from './safeHref'

/** The parts of an mdast node this converter reads (mdast's own types are not a dependency here). */
interface MarkdownNode {
  type: string
  children?: MarkdownNode[]
  value?: string
  depth?: number
  url?: string
  ordered?: boolean | null
  start?: number | null
  lang?: string | null
  alt?: string | null
  identifier?: string
  label?: string | null
}

/** A Markdown (CommonMark + GFM) reading: headings, emphasis, links, lists, quotes, code; table rows become paragraphs. */
export function readingFromMarkdown(input: Uint8Array | string, name = 'reading.md'): Reading {
  const warnings: string[] = []
  const source = normaliseLineEnds(typeof input === 'string' ? input : decodeText(input, name, warnings))
  const root = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as unknown as MarkdownNode
  const converter = new MarkdownConverter(root)
  const blocks = converter.blocks(root.children ?? [])
  if (converter.droppedHtml > 0) warnings.push(`${converter.droppedHtml} piece(s) of raw HTML in the Markdown were left out.`)
  if (converter.droppedLinks > 0) warnings.push(`${converter.droppedLinks} link(s) with an unsafe or relative address were kept as plain text.`)
  const heading = blocks.find((block) => block.type === 'heading')
  const title = heading?.type === 'heading' ? (heading.content ?? []).map((inline) => (inline.type === 'text' ? inline.text : ' ')).join('').trim() : undefined
  return completeReading({ ...(title ? { title } : {}), blocks, warnings }, name)
}

class MarkdownConverter {
  droppedHtml = 0
  droppedLinks = 0
  private readonly definitions = new Map<string, string>()
  private readonly footnotes: MarkdownNode[] = []

  constructor(root: MarkdownNode) {
    const collect = (node: MarkdownNode) => {
      if (node.type === 'definition' && node.identifier && node.url !== undefined) this.definitions.set(node.identifier, node.url)
      node.children?.forEach(collect)
    }
    collect(root)
  }

  blocks(nodes: readonly MarkdownNode[], top = true): ReadingBlock[] {
    const blocks = nodes.flatMap((node) => this.block(node))
    if (top && this.footnotes.length > 0) {
      const notes = this.footnotes.splice(0)
      blocks.push({ type: 'horizontalRule' })
      for (const note of notes) {
        const content = this.blocks(note.children ?? [], false)
        const first = content[0]
        if (first?.type === 'paragraph') {
          const content: ReadingInline[] = []
          appendText(content, `[${note.label ?? note.identifier}] `, [])
          for (const inline of first.content ?? []) {
            if (inline.type === 'text') appendText(content, inline.text, inline.marks ?? [])
            else content.push(inline)
          }
          first.content = content
        }
        blocks.push(...content)
      }
    }
    return blocks
  }

  private block(node: MarkdownNode): ReadingBlock[] {
    switch (node.type) {
      case 'paragraph':
        return this.textblock(node.children ?? [], (content) => ({ type: 'paragraph', content }))
      case 'heading':
        return this.textblock(node.children ?? [], (content) => ({ type: 'heading', attrs: { level: headingLevel(node.depth ?? 1) }, content }))
      case 'thematicBreak':
        return [{ type: 'horizontalRule' }]
      case 'blockquote': {
        const content = this.blocks(node.children ?? [], false)
        return content.length > 0 ? [{ type: 'blockquote', content }] : []
      }
      case 'list': {
        const items = (node.children ?? []).map((item) => listItemFrom(this.blocks(item.children ?? [], false)))
        if (items.length === 0) return []
        if (!node.ordered) return [{ type: 'bulletList', content: items }]
        const start = node.start ?? 1
        return [start === 1 ? { type: 'orderedList', content: items } : { type: 'orderedList', attrs: { start }, content: items }]
      }
      case 'code': {
        const text = node.value ?? ''
        const language = node.lang?.slice(0, 64)
        return [{ type: 'codeBlock', ...(language ? { attrs: { language } } : {}), ...(text ? { content: [{ type: 'text', text }] } : {}) }]
      }
      case 'table':
        return (node.children ?? []).flatMap((row, index) => {
          const inlines: ReadingInline[] = []
          ;(row.children ?? []).forEach((cell, cellIndex) => {
            if (cellIndex > 0) appendText(inlines, ' | ', [])
            this.inlines(cell.children ?? [], index === 0 ? [{ type: 'bold' }] : [], inlines)
          })
          const content = trimInlines(inlines)
          return content.length > 0 ? [{ type: 'paragraph', content } satisfies ReadingBlock] : []
        })
      case 'html':
        this.droppedHtml++
        return []
      case 'footnoteDefinition':
        this.footnotes.push(node)
        return []
      case 'definition':
        return []
      default:
        // Anything else with children (a future extension's container): keep its text.
        return node.children ? this.blocks(node.children, false) : []
    }
  }

  private textblock(nodes: readonly MarkdownNode[], make: (content: ReadingInline[] | undefined) => ReadingBlock): ReadingBlock[] {
    const inlines: ReadingInline[] = []
    this.inlines(nodes, [], inlines)
    const content = trimInlines(inlines)
    return [make(content.length > 0 ? content : undefined)]
  }

  private inlines(nodes: readonly MarkdownNode[], marks: readonly ReadingMark[], into: ReadingInline[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          appendText(into, (node.value ?? '').replace(/[ \t]*\n[ \t]*/g, ' '), marks)
          break
        case 'strong':
          this.inlines(node.children ?? [], [...marks, { type: 'bold' }], into)
          break
        case 'emphasis':
          this.inlines(node.children ?? [], [...marks, { type: 'italic' }], into)
          break
        case 'inlineCode':
          appendText(into, node.value ?? '', [...marks, { type: 'code' }])
          break
        case 'break':
          into.push({ type: 'hardBreak' })
          break
        case 'link':
        case 'linkReference': {
          const url = node.type === 'link' ? node.url : this.definitions.get(node.identifier ?? '')
          const href = safeHref(url)
          if (!href && url) this.droppedLinks++
          this.inlines(node.children ?? [], href ? [...marks, { type: 'link', attrs: { href } }] : marks, into)
          break
        }
        case 'image':
        case 'imageReference':
          if (node.alt) appendText(into, node.alt, marks)
          break
        case 'footnoteReference':
          appendText(into, `[${node.label ?? node.identifier ?? ''}]`, marks)
          break
        case 'html':
          this.droppedHtml++
          break
        default:
          if (node.children) this.inlines(node.children, marks, into)
          else if (node.value) appendText(into, node.value, marks)
      }
    }
  }
}
