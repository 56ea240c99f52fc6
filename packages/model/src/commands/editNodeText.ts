import type { Room } from '../Room'
import { updateRecord } from '../records/updateRecord'

/** Replaces a node's text. The anchor keeps its quote: the node says it in other words. */
export function editNodeText(room: Room, nodeId: string, text: string): boolean {
  return room.transactMap(() => updateRecord(room.nodeMap, nodeId, { text }))
}
