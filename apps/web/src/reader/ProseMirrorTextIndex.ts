import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { blockSeparator, leafText } from '@warrant/model'

interface Textblock {
  /** Position of the block's first inline content. */
  readonly pos: number
  /** Offset of that content in the plain text. */
  readonly offset: number
  readonly length: number
}

const built = new WeakMap<ProseMirrorNode, ProseMirrorTextIndex>()

/**
 * Maps between ProseMirror positions and offsets in the plain text the model anchors to
 * (`doc.textBetween(0, size, '\n\n', '\n')`). Every inline node counts one position per
 * character of that text (leaves count one '\n'), so inside a textblock the mapping is linear.
 */
export class ProseMirrorTextIndex {
  readonly text: string
  private readonly blocks: Textblock[] = []

  /**
   * The index of a document, built once per document: ProseMirror documents are immutable, and a
   * highlight made in the reader needs it twice in one keystroke (the selection's offsets, then
   * the highlights drawn), each a walk and a copy of the whole reading.
   */
  static of(doc: ProseMirrorNode): ProseMirrorTextIndex {
    let index = built.get(doc)
    if (!index) {
      index = new ProseMirrorTextIndex(doc)
      built.set(doc, index)
    }
    return index
  }

  constructor(doc: ProseMirrorNode) {
    let offset = 0
    let first = true
    doc.descendants((node, pos) => {
      if (!node.isBlock) return false
      if (node.isTextblock || (node.isLeaf && leafText)) {
        if (first) first = false
        else offset += blockSeparator.length
        const length = node.isLeaf ? leafText.length : node.content.size
        this.blocks.push({ pos: node.isLeaf ? pos : pos + 1, offset, length })
        offset += length
        return false
      }
      return true
    })
    this.text = doc.textBetween(0, doc.content.size, blockSeparator, leafText)
  }

  /** The plain-text offset of a document position (positions between blocks snap to a block edge). */
  offsetAt(pos: number): number {
    const block = this.blocks[this.lastIndex((candidate) => candidate.pos <= pos)] ?? this.blocks[0]
    if (!block) return 0
    return block.offset + Math.max(0, Math.min(block.length, pos - block.pos))
  }

  /** The document position of a plain-text offset; a start snaps forward, an end back. */
  posAt(offset: number, side: 'start' | 'end'): number {
    if (side === 'start') {
      const block = this.blocks[this.firstIndex((candidate) => candidate.offset + candidate.length > offset)] ?? this.blocks.at(-1)
      return block ? block.pos + Math.max(0, Math.min(block.length, offset - block.offset)) : 0
    }
    const block = this.blocks[this.lastIndex((candidate) => candidate.offset < offset)] ?? this.blocks[0]
    return block ? block.pos + Math.max(0, Math.min(block.length, offset - block.offset)) : 0
  }

  /** Index of the last block for which a predicate that turns false at some point holds (-1 when none). */
  private lastIndex(holds: (block: Textblock) => boolean): number {
    return this.firstIndex((block) => !holds(block)) - 1
  }

  /** Index of the first block for which a predicate that stays true once true holds. */
  private firstIndex(holds: (block: Textblock) => boolean): number {
    let low = 0
    let high = this.blocks.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (holds(this.blocks[middle]!)) high = middle
      else low = middle + 1
    }
    return low
  }
}
