import { type MapSnapshot, textDocKeys } from '@warrant/model'
import type { Storage } from '../storage/Storage'
import { withStoredRoom } from './withStoredRoom'

export interface RoomSnapshot {
  snapshot: MapSnapshot
  /** Nodes whose passage is gone from the text. */
  orphaned: ReadonlySet<string>
  /** The reading's title from the text doc's meta, if it has one. */
  title: string | null
}

/** A room's map as the views would see it, read from storage. Null when storage has nothing for the room. */
export function loadRoomSnapshot(storage: Pick<Storage, 'load'>, roomId: string): Promise<RoomSnapshot | null> {
  return withStoredRoom(storage, roomId, (room) => {
    const orphaned = new Set<string>()
    for (const [nodeId, resolved] of room.getAnchorLayout().byNode) if (resolved.status === 'orphaned') orphaned.add(nodeId)
    const title = room.textDoc.getMap(textDocKeys.meta).get('title')
    return { snapshot: room.getSnapshot(), orphaned, title: typeof title === 'string' && title.trim() ? title.trim() : null }
  })
}
