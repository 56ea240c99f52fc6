import type { Room } from '../Room'
import { NODE_SCHEMA_VERSION, type NodeKind, maxNodeTextLength } from '../records/ArgumentNode'
import { recordToYMap } from '../records/readRecord'
import { type MapRegion, placeNewNode } from './placeNewNode'

export interface AddNodeInput {
  kind: NodeKind
  text: string
  position?: { x: number; y: number }
  /** Without a position: the part of the map in view: the node goes in the free place nearest its centre (placeNewNode). */
  near?: MapRegion
}

/**
 * Adds a node that quotes nothing (typed on the map). Returns its id, or null when the text is
 * too long for a node: a record that does not validate would vanish from every view.
 */
export function addNode(room: Room, input: AddNodeInput): string | null {
  if (input.text.length > maxNodeTextLength) return null
  return room.transactMap(() => writeNode(room, input))
}

/** Writes a node inside the caller's transaction; the caller has checked the text's length. */
export function writeNode(room: Room, { kind, text, position, near }: AddNodeInput): string {
  const id = room.createId()
  const finite = position && Number.isFinite(position.x) && Number.isFinite(position.y)
  const node = {
    v: NODE_SCHEMA_VERSION,
    id,
    kind,
    text,
    author: room.user,
    createdAt: room.now(),
    // A non-finite position would make the record invalid, and the node invisible to all.
    position: finite ? { x: position.x, y: position.y } : placeNewNode(room.getSnapshot(), near),
  }
  room.nodeMap.set(id, recordToYMap(node))
  return id
}
