import type { ExportFormat, MapExportFormat } from '@warrant/formats'
import { knownRoom } from '../access/knownRooms'

export interface ServerExportRequest {
  roomId: string
  format: ExportFormat | MapExportFormat
  scale?: number
  title: string
  legend: boolean
}

/** The map as the server renders it (`GET /api/rooms/<id>/export`), with this browser's room token. */
export async function fetchServerExport(request: ServerExportRequest): Promise<Blob> {
  const query = new URLSearchParams({ format: request.format, scale: String(request.scale ?? 1), legend: request.legend ? '1' : '0' })
  if (request.title) query.set('title', request.title)
  const token = knownRoom(request.roomId)?.token
  let response: Response
  try {
    response = await fetch(`/api/rooms/${encodeURIComponent(request.roomId)}/export?${query}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      cache: 'no-store',
    })
  } catch {
    throw new Error('The server cannot be reached; this format is made on the server. SVG and PNG work offline.')
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null)
    const error = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).error : null
    throw new Error(typeof error === 'string' && error ? error : `The server answered ${response.status}.`)
  }
  return response.blob()
}
