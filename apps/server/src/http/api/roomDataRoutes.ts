import { evaluateMap } from '@warrant/model'
import type { IncomingMessage } from 'node:http'
import type { DocumentRegistry } from '../../DocumentRegistry'
import { loadRoomSnapshot } from '../../export/loadRoomSnapshot'
import { withStoredRoom } from '../../export/withStoredRoom'
import { importIntoLiveRoom } from '../../rooms/importIntoLiveRoom'
import type { Storage } from '../../storage/Storage'
import { ApiError } from '../ApiError'
import { FileBody } from '../FileBody'
import { readBody } from '../readBody'

const exportFormatList = 'png, svg, pdf, aif, argdown, json, md, annotations'

/**
 * `GET /api/rooms/<id>/export?format=…`: the map as a file, from what storage holds now —
 * an image drawn from the model, or one of the field's formats.
 */
export async function exportRoute(storage: Pick<Storage, 'load'>, roomId: string, query: URLSearchParams, origin: string): Promise<[number, unknown]> {
  // Converters and renderers (Skia, pdfkit, @argdown/core) load on the first export.
  const [{ exportMapFile, isMapExportFormat }, { exportRoom }, { parseExportQuery }, { ImageTooLargeError }] = await Promise.all([
    import('@warrant/formats'),
    import('../../export/exportRoom'),
    import('../../export/parseExportQuery'),
    import('../../export/ImageTooLargeError'),
  ])
  const format = query.get('format') ?? ''
  if (isMapExportFormat(format)) {
    const file = await withStoredRoom(storage, roomId, (room) => exportMapFile(room, format, { source: `${origin}/r/${roomId}` }))
    if (!file) throw new ApiError(404, 'This room has nothing stored yet')
    return [200, new FileBody(new TextEncoder().encode(file.body), file.contentType, file.filename)]
  }
  const image = parseExportQuery(query)
  if (image === null) throw new ApiError(400, `format must be one of ${exportFormatList} (got "${format.slice(0, 20)}")`)
  if ('error' in image) throw new ApiError(400, image.error)
  const exported = await exportRoom(storage, roomId, image).catch((error: unknown) => {
    throw error instanceof ImageTooLargeError ? new ApiError(413, error.message) : error
  })
  if (!exported) throw new ApiError(404, 'This room has nothing stored yet')
  return [200, new FileBody(exported.body, exported.contentType, exported.fileName)]
}

/**
 * `GET /api/rooms/<id>/evaluation`: the grounded labelling of the map — for each statement and
 * inference, whether it stands (`in`), falls (`out`) or is open (`undec`), and because of which.
 */
export async function evaluationRoute(storage: Pick<Storage, 'load'>, roomId: string): Promise<[number, unknown]> {
  const room = await loadRoomSnapshot(storage, roomId)
  const nodes: Record<string, { label: string; because: readonly string[]; given?: string }> = {}
  if (room) for (const [id, labelling] of evaluateMap(room.snapshot)) nodes[id] = labelling
  return [200, { nodes }]
}

/**
 * `POST /api/rooms/<id>/map?format=aif|argdown|json|annotations`: adds the file's map to the
 * room, live, in one step; answers the import summary.
 */
export async function importMapRoute(
  documents: DocumentRegistry,
  storage: Pick<Storage, 'flush'>,
  roomId: string,
  request: IncomingMessage,
  query: URLSearchParams,
): Promise<[number, unknown]> {
  const { isMapImportFormat, maxMapFileLength } = await import('@warrant/formats')
  const format = query.get('format') ?? ''
  if (!isMapImportFormat(format)) throw new ApiError(400, `format must be one of aif, argdown, json, annotations (got "${format.slice(0, 20)}")`)
  const body = await readBody(request, maxMapFileLength, 'The map file')
  return [200, await importIntoLiveRoom(documents, storage, roomId, format, new Uint8Array(body))]
}
