import * as Y from 'yjs'
import { blockSeparator, inlineLeafNames, leafBlockNames, leafText } from './textblockNames'

/** A run of the plain text that comes from one Y.XmlText. */
export interface TextSegment {
  readonly type: Y.XmlText
  /** Offset of the run's first character in the plain text. */
  readonly start: number
  readonly length: number
}

/**
 * The reading as plain text, with a way back from text offsets to Yjs positions.
 * Textblocks are joined by a blank line; a hard break counts as one newline.
 */
export interface TextIndex {
  readonly text: string
  readonly segments: readonly TextSegment[]
  readonly segmentOf: ReadonlyMap<Y.XmlText, TextSegment>
}

const plainText = (type: Y.XmlText): string => Y.Text.prototype.toString.call(type)

export function buildTextIndex(fragment: Y.XmlFragment): TextIndex {
  const parts: string[] = []
  const segments: TextSegment[] = []
  let length = 0
  let firstBlock = true
  const push = (part: string) => {
    parts.push(part)
    length += part.length
  }
  const startBlock = () => {
    if (firstBlock) firstBlock = false
    else push(blockSeparator)
  }
  const walkInline = (element: Y.XmlElement) => {
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlText) {
        const text = plainText(child)
        segments.push({ type: child, start: length, length: text.length })
        push(text)
      } else if (child instanceof Y.XmlElement) {
        // ProseMirror's textBetween gives every inline leaf the leaf text, not only hard breaks.
        push(leafText)
      }
    }
  }
  const walkBlocks = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      if (leafBlockNames.has(child.nodeName)) {
        startBlock()
        push(leafText)
      } else if (isTextblock(child)) {
        startBlock()
        walkInline(child)
      } else {
        walkBlocks(child)
      }
    }
  }
  walkBlocks(fragment)
  const segmentOf = new Map(segments.map((segment) => [segment.type, segment]))
  return { text: parts.join(''), segments, segmentOf }
}

/** A block whose children are inline: it holds text, or is empty and is not a container. */
function isTextblock(element: Y.XmlElement): boolean {
  if (containerNames.has(element.nodeName)) return false
  const children = element.toArray()
  return children.length === 0 || children.some((child) => child instanceof Y.XmlText || inlineLeafNames.has((child as Y.XmlElement).nodeName))
}

const containerNames = new Set(['blockquote', 'bulletList', 'orderedList', 'listItem', 'taskList', 'taskItem'])
