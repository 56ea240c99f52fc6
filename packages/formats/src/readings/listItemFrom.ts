import type { ReadingBlock, ReadingListItem } from './Reading'

/** A list item from any blocks: StarterKit wants a paragraph first, so one is added when missing. */
export function listItemFrom(blocks: readonly ReadingBlock[]): ReadingListItem {
  const [first, ...rest] = blocks
  if (first?.type === 'paragraph') return { type: 'listItem', content: [first, ...rest] }
  return { type: 'listItem', content: [{ type: 'paragraph' }, ...blocks] }
}

/** HTML and Markdown have six heading levels; the reader has three. */
export function headingLevel(depth: number): 1 | 2 | 3 {
  return depth <= 1 ? 1 : depth === 2 ? 2 : 3
}
