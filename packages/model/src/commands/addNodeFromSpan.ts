import type { Room } from '../Room'
import { ANCHOR_SCHEMA_VERSION, maxQuoteLength } from '../records/Anchor'
import type { NodeKind } from '../records/ArgumentNode'
import { recordToYMap } from '../records/readRecord'
import { relativePositionsForSpan } from '../anchors/relativePositionsForSpan'
import { selectorsForSpan } from '../anchors/selectorsForSpan'
import { writeNode } from './addNode'
import type { MapRegion } from './placeNewNode'

export interface AddNodeFromSpanInput {
  kind: NodeKind
  /** Plain-text offsets of the highlighted span (see buildTextIndex). */
  start: number
  end: number
  position?: { x: number; y: number }
  /** Without a position: the part of the map in view: the node goes in the free place nearest its centre (placeNewNode). */
  near?: MapRegion
}

/**
 * Turns a highlighted span of the reading into a node quoting it, anchored to it: the node and
 * its anchor are one transaction, so they appear, sync and undo together. Returns the node id,
 * or null when the span holds no words or is longer than a quote may be.
 */
export function addNodeFromSpan(room: Room, { kind, start, end, position, near }: AddNodeFromSpanInput): string | null {
  const { index } = room.getAnchorLayout()
  const trimmed = trimSpan(index.text, start, end)
  if (!trimmed || trimmed.end - trimmed.start > maxQuoteLength) return null
  const relative = relativePositionsForSpan(index, trimmed.start, trimmed.end)
  if (!relative) return null
  const { quote, position: textPosition } = selectorsForSpan(index.text, trimmed.start, trimmed.end)
  return room.transactMap(() => {
    const nodeId = writeNode(room, { kind, text: quote.exact, ...(position ? { position } : {}), ...(near ? { near } : {}) })
    const anchorId = room.createId()
    const anchor = {
      v: ANCHOR_SCHEMA_VERSION,
      id: anchorId,
      nodeId,
      start: relative.start,
      end: relative.end,
      quote,
      position: textPosition,
      author: room.user,
      createdAt: room.now(),
    }
    room.anchorMap.set(anchorId, recordToYMap(anchor))
    return nodeId
  })
}

/** Drops whitespace at the edges of a selection; a highlight starts and ends on words. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end))
  let to = Math.min(text.length, Math.max(start, end))
  while (from < to && /\s/.test(text[from]!)) from++
  while (to > from && /\s/.test(text[to - 1]!)) to--
  return from < to ? { start: from, end: to } : null
}
