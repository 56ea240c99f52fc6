import type { Room } from '../Room'
import type { NodeKind } from '../records/ArgumentNode'
import { updateRecord } from '../records/updateRecord'

export function setNodeKind(room: Room, nodeId: string, kind: NodeKind): boolean {
  return room.transactMap(() => updateRecord(room.nodeMap, nodeId, { kind }))
}
