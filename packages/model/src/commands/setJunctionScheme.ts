import type { Room } from '../Room'
import { updateRecord } from '../records/updateRecord'

/** Names the argumentation scheme of an inference (null clears it). */
export function setJunctionScheme(room: Room, junctionId: string, scheme: string | null): boolean {
  if (scheme !== null && scheme.length > 200) return false
  return room.transactMap(() => updateRecord(room.junctionMap, junctionId, { scheme }))
}
