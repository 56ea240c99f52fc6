import { evaluateMap } from '@warrant/model'
import { exportRoom } from '../../export/exportRoom'
import { loadRoomSnapshot } from '../../export/loadRoomSnapshot'
import { parseExportQuery } from '../../export/parseExportQuery'
import type { Storage } from '../../storage/Storage'
import { ApiError } from '../ApiError'
import { FileBody } from '../FileBody'

/** `GET /api/rooms/<id>/export?format=…`: the map as a file, drawn from what storage holds now. */
export async function exportRoute(storage: Pick<Storage, 'load'>, roomId: string, query: URLSearchParams): Promise<[number, unknown]> {
  const image = parseExportQuery(query)
  if (image === null) throw new ApiError(400, `format must be one of png, svg, pdf (got "${(query.get('format') ?? '').slice(0, 20)}")`)
  if ('error' in image) throw new ApiError(400, image.error)
  const exported = await exportRoom(storage, roomId, image)
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
