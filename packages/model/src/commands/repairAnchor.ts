import type { Room } from '../Room'
import { relativePositionsForSpan } from '../anchors/relativePositionsForSpan'
import { selectorsForSpan } from '../anchors/selectorsForSpan'
import { maxQuoteLength } from '../records/Anchor'
import { updateRecord } from '../records/updateRecord'

/**
 * Re-ties an anchor to the span it now covers. The client that edited the text knows where
 * its edit moved the highlight (ProseMirror's mapping); Yjs positions alone can drift
 * (ANCHORS.md), so that client writes the result for everyone.
 */
export function repairAnchor(room: Room, anchorId: string, start: number, end: number): boolean {
  // A longer quote would make the anchor invalid, and drop it for everyone.
  if (!(start < end) || end - start > maxQuoteLength) return false
  const { index } = room.getAnchorLayout()
  const relative = relativePositionsForSpan(index, start, end)
  if (!relative) return false
  const { quote, position } = selectorsForSpan(index.text, start, end)
  return room.transactMap(() => updateRecord(room.anchorMap, anchorId, { start: relative.start, end: relative.end, quote, position }))
}
