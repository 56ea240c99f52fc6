import * as Y from 'yjs'
import { z } from 'zod/mini'

/** A TipTap (ProseMirror) JSON node, as `editor.getJSON()` gives it. */
export interface TipTapNode {
  type: string
  attrs?: Record<string, unknown>
  content?: TipTapNode[]
  text?: string
  marks?: { type: string; attrs?: Record<string, unknown> }[]
}

/** Node and mark names the reader's schema (StarterKit) knows; anything else is refused. */
const nodeNames = new Set(['doc', 'paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'horizontalRule', 'hardBreak', 'text'])
const markNames = new Set(['bold', 'italic', 'strike', 'underline', 'code', 'link'])
const maxDepth = 64

const attrValue = z.union([z.string().check(z.maxLength(2_000)), z.number(), z.boolean(), z.null()])
const markSchema = z.object({ type: z.string().check(z.refine((name) => markNames.has(name), 'unknown mark')), attrs: z.optional(z.record(z.string(), attrValue)) })

export const tiptapNodeSchema: z.ZodMiniType<TipTapNode> = z.lazy(() =>
  z.object({
    type: z.string().check(z.refine((name) => nodeNames.has(name), 'unknown node type')),
    attrs: z.optional(z.record(z.string(), attrValue)),
    content: z.optional(z.array(tiptapNodeSchema)),
    text: z.optional(z.string()),
    marks: z.optional(z.array(markSchema)),
  }),
) as z.ZodMiniType<TipTapNode>

/** How deep a JSON tree nests; a hostile file nests deeper than the validator's stack. */
export function depthOf(node: unknown, limit = maxDepth): number {
  let depth = 0
  let level: unknown[] = [node]
  while (level.length > 0 && depth <= limit) {
    depth++
    level = level.flatMap((value) => (typeof value === 'object' && value !== null ? Object.values(value) : []))
  }
  return depth
}

export const maxTipTapDepth = maxDepth * 3

/** The reading's Yjs fragment as TipTap JSON (what y-prosemirror stores, read back). */
export function fragmentToTipTap(fragment: Y.XmlFragment): TipTapNode {
  return { type: 'doc', content: fragment.toArray().flatMap(toNode) }
}

function toNode(item: Y.XmlElement | Y.XmlText | Y.XmlHook): TipTapNode[] {
  if (item instanceof Y.XmlText) {
    return (item.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]).flatMap(({ insert, attributes }) => {
      if (typeof insert !== 'string' || insert.length === 0) return []
      const marks = Object.entries(attributes ?? {}).map(([type, attrs]) => (isRecord(attrs) && Object.keys(attrs).length > 0 ? { type, attrs } : { type }))
      return [{ type: 'text', text: insert, ...(marks.length > 0 ? { marks } : {}) }]
    })
  }
  if (!(item instanceof Y.XmlElement)) return []
  const attrs = item.getAttributes() as Record<string, unknown>
  const content = item.toArray().flatMap(toNode)
  return [{ type: item.nodeName, ...(Object.keys(attrs).length > 0 ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) }]
}

/**
 * Writes TipTap JSON into an empty fragment the way y-prosemirror does (elements with their
 * attributes; text with marks as formatting attributes). Links keep only http(s) and mailto.
 * Run it once per room, server-side, like writeReadingText.
 */
export function writeTipTap(fragment: Y.XmlFragment, doc: TipTapNode): void {
  if (fragment.length > 0) throw new Error('writeTipTap: the reading is not empty')
  const write = () => fill(fragment, doc.content ?? [])
  if (fragment.doc) fragment.doc.transact(write)
  else write()
}

/** Writes children into a parent that is already in the document (Yjs reads nothing before). */
function fill(parent: Y.XmlFragment | Y.XmlElement, nodes: readonly TipTapNode[]): void {
  let text: Y.XmlText | null = null
  let length = 0
  for (const child of nodes) {
    if (child.type === 'text') {
      if (!child.text) continue
      if (!text) {
        text = new Y.XmlText()
        parent.insert(parent.length, [text])
        length = 0
      }
      const marks: Record<string, unknown> = {}
      for (const mark of child.marks ?? []) {
        if (mark.type === 'link' && !/^(https?:|mailto:)/i.test(String(mark.attrs?.href ?? ''))) continue
        marks[mark.type] = mark.attrs ?? {}
      }
      text.insert(length, child.text, marks)
      length += child.text.length
      continue
    }
    text = null
    const element = new Y.XmlElement(child.type)
    parent.insert(parent.length, [element])
    for (const [key, value] of Object.entries(child.attrs ?? {})) if (value !== null && value !== undefined) element.setAttribute(key, value as string)
    fill(element, child.content ?? [])
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
