import type { Room } from '../Room'
import { updateRecord } from '../records/updateRecord'

export interface NodeMove {
  id: string
  position: { x: number; y: number }
}

/** Moves nodes in one step (a drag of a selection is one undoable move). */
export function moveNodes(room: Room, moves: readonly NodeMove[]): void {
  const finite = moves.filter(({ position }) => Number.isFinite(position.x) && Number.isFinite(position.y))
  if (finite.length === 0) return
  room.transactMap(() => {
    for (const { id, position } of finite) updateRecord(room.nodeMap, id, { position: { x: position.x, y: position.y } })
  })
}
