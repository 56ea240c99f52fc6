import type { MapImportFormat } from '@warrant/formats'
import { type ImportSummary, Room } from '@warrant/model'
import type { DocumentRegistry } from '../DocumentRegistry'
import { ApiError } from '../http/ApiError'
import { storageName } from '../protocol/docNames'
import type { Storage } from '../storage/Storage'

const importer = { id: 'warrant-import', name: 'Import' }

/**
 * Adds a map file to a room through its live docs, so everyone connected sees the import at
 * once; the docs persist and broadcast it like any change. The file is read completely before
 * anything is written (a bad one is a 400 and the room is unchanged), and the answer waits for
 * the commit.
 */
export async function importIntoLiveRoom(
  documents: DocumentRegistry,
  storage: Pick<Storage, 'flush'>,
  roomId: string,
  format: MapImportFormat,
  body: Uint8Array,
): Promise<ImportSummary> {
  const { importMapFile, isFormatError } = await import('@warrant/formats')
  const [text, map] = await Promise.all([documents.open(storageName(roomId, 'text')), documents.open(storageName(roomId, 'map'))])
  // Copies of the live docs, changed in one go: their updates are stored and relayed as they come.
  const summary = text.changeWith((textDoc) =>
    map.changeWith((mapDoc) => {
      const room = new Room({ textDoc, mapDoc, user: importer })
      try {
        return importMapFile(room, format, body)
      } catch (error) {
        if (isFormatError(error)) throw new ApiError(400, error.message)
        throw error
      } finally {
        room.dispose()
      }
    }),
  )
  await storage.flush()
  return summary
}
