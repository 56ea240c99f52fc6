import { seedSampleRoom } from '@warrant/model'
import * as Y from 'yjs'
import { storageName } from '../protocol/docNames'
import type { Storage } from '../storage/Storage'
import { isEmptyUpdate } from '../storage/isEmptyUpdate'
import { readSampleReading } from './readSampleReading'

export const sampleRoom = 'sample'

/**
 * Seeds room `sample` on the server, once: only if storage has nothing for either of its docs.
 * Seeding from browsers would duplicate the text (yjs-demos#16), so it never happens there.
 * Both docs are appended in the same tick, hence committed in one transaction.
 */
export async function seedSampleRoomOnce(storage: Storage): Promise<boolean> {
  const textName = storageName(sampleRoom, 'text')
  const mapName = storageName(sampleRoom, 'map')
  const [text, map] = await Promise.all([storage.load(textName), storage.load(mapName)])
  if (text.updates.length > 0 || map.updates.length > 0) return false
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  seedSampleRoom(textDoc, mapDoc, readSampleReading())
  for (const [name, doc] of [[textName, textDoc], [mapName, mapDoc]] as const) {
    const update = Y.encodeStateAsUpdate(doc)
    if (!isEmptyUpdate(update)) storage.append(name, update)
  }
  await storage.flush()
  textDoc.destroy()
  mapDoc.destroy()
  return true
}
