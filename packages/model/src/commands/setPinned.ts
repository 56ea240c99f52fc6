import type { Room } from '../Room'
import { updateRecord } from '../records/updateRecord'

/** Pins a node or junction where it is (tidy leaves it alone), or releases it. */
export function setPinned(room: Room, id: string, pinned: boolean): boolean {
  return room.transactMap(() => updateRecord(room.nodeMap, id, { pinned }) || updateRecord(room.junctionMap, id, { pinned }))
}
