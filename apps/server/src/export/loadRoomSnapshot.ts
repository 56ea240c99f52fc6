import { type MapSnapshot, Room, textDocKeys } from '@warrant/model'
import * as Y from 'yjs'
import { storageName } from '../protocol/docNames'
import type { Storage } from '../storage/Storage'

export interface RoomSnapshot {
  snapshot: MapSnapshot
  /** Nodes whose passage is gone from the text. */
  orphaned: ReadonlySet<string>
  /** The reading's title from the text doc's meta, if it has one. */
  title: string | null
}

const exporter = { id: 'warrant-export', name: 'Warrant export' }

/**
 * A room's map as the views would see it, read from storage without a socket. Storage's `load`
 * sees every update appended before it, committed or not, so a loaded, busy doc reads as current.
 * Null when storage has nothing for the room.
 */
export async function loadRoomSnapshot(storage: Pick<Storage, 'load'>, roomId: string): Promise<RoomSnapshot | null> {
  const [text, map] = await Promise.all([storage.load(storageName(roomId, 'text')), storage.load(storageName(roomId, 'map'))])
  if (text.updates.length === 0 && map.updates.length === 0) return null
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  try {
    for (const update of text.updates) Y.applyUpdate(textDoc, update)
    for (const update of map.updates) Y.applyUpdate(mapDoc, update)
    const room = new Room({ textDoc, mapDoc, user: exporter })
    try {
      const orphaned = new Set<string>()
      for (const [nodeId, resolved] of room.getAnchorLayout().byNode) if (resolved.status === 'orphaned') orphaned.add(nodeId)
      const title = textDoc.getMap(textDocKeys.meta).get('title')
      return { snapshot: room.getSnapshot(), orphaned, title: typeof title === 'string' && title.trim() ? title.trim() : null }
    } finally {
      room.dispose()
    }
  } finally {
    textDoc.destroy()
    mapDoc.destroy()
  }
}
