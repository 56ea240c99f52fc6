import * as Y from 'yjs'
import type { TextIndex } from '../text/TextIndex'
import { offsetToTypeIndex } from '../text/offsetToTypeIndex'

/**
 * Encoded Yjs relative positions for a span of the plain text. The start sticks to the
 * character after it (assoc 0) and the end to the character before it (assoc -1), so text
 * typed at either edge stays outside the highlight (measured in ANCHORS.md).
 */
export function relativePositionsForSpan(index: TextIndex, start: number, end: number): { start: Uint8Array; end: Uint8Array } | null {
  const from = offsetToTypeIndex(index, start, 'start')
  const to = offsetToTypeIndex(index, end, 'end')
  if (!from || !to) return null
  return {
    start: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(from.segment.type, from.index, 0)),
    end: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(to.segment.type, to.index, -1)),
  }
}
