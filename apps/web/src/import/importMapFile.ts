import { mapFileFormat } from '@warrant/formats'
import type { ImportSummary } from '@warrant/model'
import { knownRoom } from '../access/knownRooms'

/**
 * Sends a map file (AIF/OVA3, Argdown, Warrant JSON, W3C annotations) to the room's import
 * endpoint; the server adds it live for everyone and answers what it did. Throws an Error
 * whose message says what is wrong with the file.
 */
export async function importMapFile(roomId: string, file: File): Promise<ImportSummary> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const format = mapFileFormat(file.name, bytes)
  if (!format) throw new Error(`‘${file.name}’ is not a map file Warrant reads: use .json (AIF, OVA3 or Warrant), .argdown or .jsonld (annotations).`)
  const token = knownRoom(roomId)?.token
  let response: Response
  try {
    response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/map?format=${format}`, {
      method: 'POST',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      body: bytes,
    })
  } catch {
    throw new Error('The server cannot be reached: imports are checked and added there.')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).error : null
    throw new Error(typeof error === 'string' && error ? error : `The server answered ${response.status}.`)
  }
  return body as ImportSummary
}
