import * as Y from 'yjs'
import type { TextIndex } from '../text/TextIndex'

/** The plain-text offset an encoded relative position points at now, or null if its text is gone. */
export function resolveRelativePosition(encoded: Uint8Array, textDoc: Y.Doc, index: TextIndex): number | null {
  let absolute: Y.AbsolutePosition | null
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(encoded), textDoc)
  } catch {
    return null
  }
  if (!absolute || !(absolute.type instanceof Y.XmlText)) return null
  const segment = index.segmentOf.get(absolute.type)
  // A text whose paragraph was deleted (a join, a block type change) is not in the index.
  if (!segment) return null
  return segment.start + Math.min(absolute.index, segment.length)
}
