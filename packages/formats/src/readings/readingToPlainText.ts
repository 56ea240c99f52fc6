import { blockSeparator, leafText } from '@warrant/model'
import type { Reading, ReadingBlock, ReadingInline } from './Reading'

/**
 * The reading's plain text, serialised exactly as `buildTextIndex` (and the editor's `getText()`)
 * will serialise it once written into a room: textblocks joined by a blank line, a hard break or
 * a horizontal rule counting as one newline. `pages` offsets count in this text.
 */
export function readingToPlainText(reading: Pick<Reading, 'blocks'>): string {
  return textblocksOf(reading.blocks).join(blockSeparator)
}

/** The plain text of each textblock, in document order. */
export function textblocksOf(blocks: readonly ReadingBlock[]): string[] {
  const texts: string[] = []
  const walk = (block: ReadingBlock) => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        texts.push(inlineText(block.content ?? []))
        break
      case 'codeBlock':
        texts.push((block.content ?? []).map((text) => text.text).join(''))
        break
      case 'horizontalRule':
        texts.push(leafText)
        break
      case 'blockquote':
        block.content.forEach(walk)
        break
      case 'bulletList':
      case 'orderedList':
        for (const item of block.content) item.content.forEach(walk)
        break
    }
  }
  blocks.forEach(walk)
  return texts
}

export function inlineText(inlines: readonly ReadingInline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.text : leafText)).join('')
}
