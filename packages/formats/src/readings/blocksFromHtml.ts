import type { ReadingBlock, ReadingInline, ReadingMark } from './Reading'
import { appendText, trimInlines } from './inlineContent'
import { headingLevel, listItemFrom } from './listItemFrom'
import { safeHref } from './safeHref'

const elementNode = 1
const textNode = 3

const skipped = new Set(['head', 'title', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'button', 'select', 'textarea', 'input', 'audio', 'video', 'canvas'])
const blockElements = new Set([
  'address', 'article', 'aside', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'html', 'legend', 'main', 'nav', 'section', 'summary',
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'menu', 'li', 'pre', 'hr', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
])
const boldElements = new Set(['b', 'strong'])
const italicElements = new Set(['i', 'em', 'cite', 'dfn', 'var'])
const codeElements = new Set(['code', 'kbd', 'samp', 'tt'])

export interface HtmlBlocks {
  blocks: ReadingBlock[]
  droppedLinks: number
  droppedImages: number
}

/** Maps a sanitised DOM to the reading's blocks; whitespace collapses as a browser would render it. */
export function blocksFromHtml(root: Element): HtmlBlocks {
  const state = { droppedLinks: 0, droppedImages: 0 }

  const marksOf = (element: Element, marks: readonly ReadingMark[]): readonly ReadingMark[] => {
    const tag = element.localName
    const added: ReadingMark[] = []
    if (boldElements.has(tag)) added.push({ type: 'bold' })
    if (italicElements.has(tag)) added.push({ type: 'italic' })
    if (codeElements.has(tag)) added.push({ type: 'code' })
    const style = element.getAttribute('style') ?? ''
    if (/font-weight\s*:\s*(bold|[6-9]00)/i.test(style)) added.push({ type: 'bold' })
    if (/font-style\s*:\s*italic/i.test(style)) added.push({ type: 'italic' })
    if (tag === 'a' && element.hasAttribute('href')) {
      const href = safeHref(element.getAttribute('href'))
      if (href) added.push({ type: 'link', attrs: { href } })
      else state.droppedLinks++
    }
    return added.length > 0 ? [...marks, ...added] : marks
  }

  /** Appends collapsed text; a space is not repeated across element boundaries. */
  const appendCollapsed = (into: ReadingInline[], raw: string, marks: readonly ReadingMark[]) => {
    let text = raw.replace(/[ \t\n\r\f]+/g, ' ')
    const last = into.at(-1)
    if (text.startsWith(' ') && (!last || last.type === 'hardBreak' || last.text.endsWith(' '))) text = text.slice(1)
    appendText(into, text, marks)
  }

  /** All of an element's text as inline content, block boundaries becoming spaces (for table cells, headings with blocks inside). */
  const flatInlines = (nodes: ArrayLike<ChildNode>, marks: readonly ReadingMark[], into: ReadingInline[]) => {
    for (const node of Array.from(nodes)) {
      if (node.nodeType === textNode) appendCollapsed(into, node.nodeValue ?? '', marks)
      else if (node.nodeType === elementNode) {
        const element = node as Element
        const tag = element.localName
        if (skipped.has(tag)) continue
        if (tag === 'br') into.push({ type: 'hardBreak' })
        else if (tag === 'img') imageText(element, marks, into)
        else {
          if (blockElements.has(tag)) appendCollapsed(into, ' ', marks)
          flatInlines(element.childNodes, marksOf(element, marks), into)
          if (blockElements.has(tag)) appendCollapsed(into, ' ', marks)
        }
      }
    }
  }

  const imageText = (element: Element, marks: readonly ReadingMark[], into: ReadingInline[]) => {
    const alt = element.getAttribute('alt')?.trim()
    if (alt) appendCollapsed(into, alt, marks)
    else state.droppedImages++
  }

  const textblock = (element: Element, marks: readonly ReadingMark[]): ReadingInline[] | undefined => {
    const inlines: ReadingInline[] = []
    flatInlines(element.childNodes, marksOf(element, marks), inlines)
    const content = trimInlines(inlines)
    return content.length > 0 ? content : undefined
  }

  /** Block content: inline runs between blocks become paragraphs. */
  const flow = (nodes: ArrayLike<ChildNode>, marks: readonly ReadingMark[], out: ReadingBlock[]) => {
    let pending: ReadingInline[] = []
    const flush = () => {
      const content = trimInlines(pending)
      if (content.length > 0) out.push({ type: 'paragraph', content })
      pending = []
    }
    const walk = (children: ArrayLike<ChildNode>, inlineMarks: readonly ReadingMark[]) => {
      for (const node of Array.from(children)) {
        if (node.nodeType === textNode) {
          appendCollapsed(pending, node.nodeValue ?? '', inlineMarks)
          continue
        }
        if (node.nodeType !== elementNode) continue
        const element = node as Element
        const tag = element.localName
        if (skipped.has(tag)) continue
        if (tag === 'br') pending.push({ type: 'hardBreak' })
        else if (tag === 'img') imageText(element, inlineMarks, pending)
        else if (blockElements.has(tag)) {
          flush()
          block(element, inlineMarks, out)
        } else walk(element.childNodes, marksOf(element, inlineMarks))
      }
    }
    walk(nodes, marks)
    flush()
  }

  const listItems = (list: Element, marks: readonly ReadingMark[]) => {
    const items = []
    for (const child of Array.from(list.children)) {
      const content: ReadingBlock[] = []
      if (child.localName === 'li') flow(child.childNodes, marks, content)
      else flow([child], marks, content)
      if (content.length > 0) items.push(listItemFrom(content))
    }
    return items
  }

  const block = (element: Element, marks: readonly ReadingMark[], out: ReadingBlock[]) => {
    const tag = element.localName
    switch (tag) {
      case 'p': {
        const content = textblock(element, marks)
        if (content) out.push({ type: 'paragraph', content })
        return
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const content = textblock(element, marks)
        if (content) out.push({ type: 'heading', attrs: { level: headingLevel(Number(tag[1])) }, content })
        return
      }
      case 'hr':
        out.push({ type: 'horizontalRule' })
        return
      case 'pre': {
        const text = (element.textContent ?? '').replace(/^\n/, '').replace(/\n$/, '')
        out.push(text ? { type: 'codeBlock', content: [{ type: 'text', text }] } : { type: 'codeBlock' })
        return
      }
      case 'blockquote': {
        const content: ReadingBlock[] = []
        flow(element.childNodes, marks, content)
        if (content.length > 0) out.push({ type: 'blockquote', content })
        return
      }
      case 'ul':
      case 'menu':
      case 'ol': {
        const items = listItems(element, marks)
        if (items.length === 0) return
        if (tag !== 'ol') {
          out.push({ type: 'bulletList', content: items })
          return
        }
        const start = Number.parseInt(element.getAttribute('start') ?? '1', 10)
        out.push(Number.isFinite(start) && start >= 0 && start !== 1 ? { type: 'orderedList', attrs: { start }, content: items } : { type: 'orderedList', content: items })
        return
      }
      case 'table':
        for (const row of Array.from(element.querySelectorAll('tr'))) {
          if (row.closest('table') !== element) continue
          const inlines: ReadingInline[] = []
          Array.from(row.children).forEach((cell, index) => {
            if (index > 0) appendText(inlines, ' | ', [])
            flatInlines(cell.childNodes, marksOf(cell, cell.localName === 'th' ? [...marks, { type: 'bold' }] : marks), inlines)
          })
          const content = trimInlines(inlines)
          if (content.length > 0) out.push({ type: 'paragraph', content })
        }
        return
      default:
        flow(element.childNodes, marksOf(element, marks), out)
    }
  }

  const blocks: ReadingBlock[] = []
  const body = root.localName === 'html' ? (Array.from(root.children).find((child) => child.localName === 'body') ?? root) : root
  flow(body.childNodes, [], blocks)
  return { blocks, ...state }
}
