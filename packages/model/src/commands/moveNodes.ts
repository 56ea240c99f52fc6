import type { Room } from '../Room'
import { updateRecord } from '../records/updateRecord'

export interface NodeMove {
  /** A node's or a junction's id. */
  id: string
  position: { x: number; y: number }
}

/** Moves nodes and junctions in one step (a drag of a selection is one undoable move). */
export function moveNodes(room: Room, moves: readonly NodeMove[]): void {
  const finite = moves.filter(({ position }) => Number.isFinite(position.x) && Number.isFinite(position.y))
  if (finite.length === 0) return
  room.transactMap(() => {
    for (const { id, position } of finite) {
      const at = { position: { x: position.x, y: position.y } }
      if (!updateRecord(room.nodeMap, id, at)) updateRecord(room.junctionMap, id, at)
    }
  })
}
