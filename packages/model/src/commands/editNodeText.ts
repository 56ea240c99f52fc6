import type { Room } from '../Room'
import { maxNodeTextLength } from '../records/ArgumentNode'
import { updateRecord } from '../records/updateRecord'

/**
 * Replaces a node's text. The anchor keeps its quote: the node says it in other words. A text
 * too long for the record is refused: written, it would make the node vanish for everyone.
 */
export function editNodeText(room: Room, nodeId: string, text: string): boolean {
  if (text.length > maxNodeTextLength) return false
  return room.transactMap(() => updateRecord(room.nodeMap, nodeId, { text }))
}
