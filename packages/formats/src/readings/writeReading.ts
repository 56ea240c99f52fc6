import * as Y from 'yjs'
import type { Reading, ReadingBlock, ReadingInline, ReadingMark } from './Reading'

/**
 * The attributes TipTap's Link mark carries with StarterKit's defaults; y-prosemirror stores a
 * mark's full attrs (nulls included) as the formatting value.
 */
const linkDefaults = { target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null }

/**
 * Writes a reading into an empty text doc fragment, as the same Y structure y-prosemirror
 * (@tiptap/y-tiptap) makes for the equivalent TipTap JSON: a Y.XmlElement per node, node attrs
 * as attributes (nulls left out), each run of text one Y.XmlText whose formatting attributes are
 * the marks (`{ bold: {} }`, `{ link: { href, target, rel, class, title } }`).
 * Run it on the server, once per room: seeding from browsers duplicates the text.
 */
export function writeReading(fragment: Y.XmlFragment, reading: Pick<Reading, 'blocks'>): void {
  if (fragment.length > 0) throw new Error('writeReading: the reading is not empty')
  const write = () => fragment.insert(0, reading.blocks.map(elementFor))
  if (fragment.doc) fragment.doc.transact(write)
  else write()
}

function elementFor(block: ReadingBlock | Extract<ReadingBlock, { type: 'bulletList' }>['content'][number]): Y.XmlElement {
  const element = new Y.XmlElement(block.type)
  switch (block.type) {
    case 'heading':
      element.setAttribute('level', block.attrs.level as unknown as string)
      element.insert(0, inlineTypes(block.content ?? []))
      break
    case 'paragraph':
      element.insert(0, inlineTypes(block.content ?? []))
      break
    case 'codeBlock':
      if (block.attrs?.language) element.setAttribute('language', block.attrs.language)
      element.insert(0, inlineTypes(block.content ?? []))
      break
    case 'orderedList':
      // TipTap's OrderedList has `start` (default 1) and `type` (default null, so not stored).
      element.setAttribute('start', (block.attrs?.start ?? 1) as unknown as string)
      element.insert(0, block.content.map(elementFor))
      break
    case 'blockquote':
    case 'bulletList':
    case 'listItem':
      element.insert(0, (block.content as (ReadingBlock | typeof block.content[number])[]).map(elementFor))
      break
    case 'horizontalRule':
      break
  }
  return element
}

/** Consecutive text nodes share one Y.XmlText (y-prosemirror's `createTypeFromTextNodes`); a hard break is an element between them. */
function inlineTypes(inlines: readonly ReadingInline[]): (Y.XmlText | Y.XmlElement)[] {
  const types: (Y.XmlText | Y.XmlElement)[] = []
  let delta: { insert: string; attributes: Record<string, unknown> }[] = []
  const flush = () => {
    if (delta.length === 0) return
    const text = new Y.XmlText()
    text.applyDelta(delta)
    types.push(text)
    delta = []
  }
  for (const inline of inlines) {
    if (inline.type === 'hardBreak') {
      flush()
      types.push(new Y.XmlElement('hardBreak'))
    } else delta.push({ insert: inline.text, attributes: attributesFor(inline.marks ?? []) })
  }
  flush()
  return types
}

function attributesFor(marks: readonly ReadingMark[]): Record<string, unknown> {
  const attributes: Record<string, unknown> = {}
  for (const mark of marks) attributes[mark.type] = mark.type === 'link' ? { href: mark.attrs.href, ...linkDefaults } : {}
  return attributes
}
