import type { Room } from '../Room'
import { NODE_SCHEMA_VERSION, type NodeKind } from '../records/ArgumentNode'
import { recordToYMap } from '../records/readRecord'
import { placeNewNode } from './placeNewNode'

export interface AddNodeInput {
  kind: NodeKind
  text: string
  position?: { x: number; y: number }
}

/** Adds a node that quotes nothing (typed on the map). Returns its id. */
export function addNode(room: Room, input: AddNodeInput): string {
  return room.transactMap(() => writeNode(room, input))
}

/** Writes a node inside the caller's transaction. */
export function writeNode(room: Room, { kind, text, position }: AddNodeInput): string {
  const id = room.createId()
  const node = {
    v: NODE_SCHEMA_VERSION,
    id,
    kind,
    text,
    author: room.user,
    createdAt: room.now(),
    position: position ?? placeNewNode(room.getSnapshot()),
  }
  room.nodeMap.set(id, recordToYMap(node))
  return id
}
