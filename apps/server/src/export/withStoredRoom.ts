import { Room } from '@warrant/model'
import * as Y from 'yjs'
import { storageName } from '../protocol/docNames'
import type { Storage } from '../storage/Storage'

const reader = { id: 'warrant-export', name: 'Warrant export' }

/**
 * Runs `use` on a room read from storage without a socket (exports, evaluation). Storage's
 * `load` sees every update appended before it, committed or not, so a busy doc reads as
 * current. Null when storage has nothing for the room.
 */
export async function withStoredRoom<T>(storage: Pick<Storage, 'load'>, roomId: string, use: (room: Room) => T): Promise<T | null> {
  const [text, map] = await Promise.all([storage.load(storageName(roomId, 'text')), storage.load(storageName(roomId, 'map'))])
  if (text.updates.length === 0 && map.updates.length === 0) return null
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  try {
    for (const update of text.updates) Y.applyUpdate(textDoc, update)
    for (const update of map.updates) Y.applyUpdate(mapDoc, update)
    const room = new Room({ textDoc, mapDoc, user: reader })
    try {
      return use(room)
    } finally {
      room.dispose()
    }
  } finally {
    textDoc.destroy()
    mapDoc.destroy()
  }
}
