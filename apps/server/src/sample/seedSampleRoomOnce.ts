import { createId, mapDocKeys, roomEpochKey, sampleRoomId, seedSampleRoom, textDocKeys, type DocName } from '@warrant/model'
import * as Y from 'yjs'
import type { RoomRegistry } from '../access/RoomRegistry'
import { storageName } from '../protocol/docNames'
import type { SqliteStorage } from '../storage/SqliteStorage'

export const sampleRoom = sampleRoomId

/**
 * Seeds and registers room `sample` on the server, once: only while the registry has no row for
 * it. Seeding from browsers would duplicate the text (yjs-demos#16), so it never happens there.
 * A data dir from before the registry keeps its stored sample; it only gains an epoch and a row.
 * The docs' rows and the registry row commit in one transaction.
 */
export async function seedSampleRoomOnce(storage: SqliteStorage, registry: RoomRegistry, readReading: () => string): Promise<boolean> {
  if (registry.room(sampleRoom) !== undefined) return false
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  try {
    const stored = await Promise.all([storage.load(storageName(sampleRoom, 'text')), storage.load(storageName(sampleRoom, 'map'))])
    const before: Record<DocName, Uint8Array> = { text: new Uint8Array([0]), map: new Uint8Array([0]) }
    if (stored.every((doc) => doc.updates.length === 0)) {
      seedSampleRoom(textDoc, mapDoc, readReading())
    } else {
      stored[0].updates.forEach((update) => Y.applyUpdate(textDoc, update))
      stored[1].updates.forEach((update) => Y.applyUpdate(mapDoc, update))
      before.text = Y.encodeStateVector(textDoc)
      before.map = Y.encodeStateVector(mapDoc)
    }
    const epoch = createId(16)
    textDoc.getMap(textDocKeys.meta).set(roomEpochKey, epoch)
    mapDoc.getMap(mapDocKeys.meta).set(roomEpochKey, epoch)
    const updates: Record<DocName, Uint8Array> = {
      text: Y.encodeStateAsUpdate(textDoc, before.text),
      map: Y.encodeStateAsUpdate(mapDoc, before.map),
    }
    const title = textDoc.getMap(textDocKeys.meta).get('title')
    registry.registerStoredRoom(sampleRoom, typeof title === 'string' ? title : 'Sample reading', epoch, updates)
    return true
  } finally {
    textDoc.destroy()
    mapDoc.destroy()
  }
}
