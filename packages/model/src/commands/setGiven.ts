import type { Room } from '../Room'
import { updateRecord } from '../records/updateRecord'

/** Marks a statement accepted or rejected as a given for the evaluation (null: let attacks decide). */
export function setGiven(room: Room, nodeId: string, given: 'accepted' | 'rejected' | null): boolean {
  return room.transactMap(() => updateRecord(room.nodeMap, nodeId, { given }))
}
