import type { NodeKind } from '@warrant/model'

/** A node's passage in the reader, in ProseMirror positions of the current document. */
export interface HighlightSpan {
  readonly nodeId: string
  readonly anchorId: string
  readonly kind: NodeKind
  readonly from: number
  readonly to: number
}
