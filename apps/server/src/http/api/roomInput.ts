import type { IncomingMessage } from 'node:http'
import type { MapImportFormat, Reading } from '@warrant/formats'

import { isRoomId } from '@warrant/model'
import { readUploadedReading } from '../../rooms/readUploadedReading'
import { ApiError } from '../ApiError'
import { readBody, readJsonBody } from '../readBody'

export const maxRoomBodyBytes = 8 * 1024 * 1024
export const maxTitleLength = 200
export const maxTextLength = 2_000_000

export interface RoomInput {
  title: string
  text: string
  /** A reading from an uploaded file, with its formatting; `text` is then empty. */
  reading?: Reading
  /** An uploaded map file (AIF, Argdown, snapshot), imported into the new room once it exists. */
  mapFile?: { format: MapImportFormat; bytes: Uint8Array; name: string }
  id?: string
}

/** Room for the multipart envelope around the largest file a reading may come from. */
const multipartOverhead = 64 * 1024

/**
 * The new room a `POST /api/rooms` describes, by body type. JSON today; the formats work adds
 * `multipart/form-data` (an uploaded file) as another branch that ends in `validateRoomInput`.
 */
export async function readRoomInput(request: IncomingMessage): Promise<RoomInput> {
  const type = (request.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/json') return validateRoomInput(await readJsonBody(request, maxRoomBodyBytes, 'The room body'))
  if (type === 'multipart/form-data') return readUploadInput(request)
  throw new ApiError(415, `Send the room as application/json or multipart/form-data with a "file" (got ${type})`)
}

/** `multipart/form-data` with a `file` (a reading) and optional `title` and `id`. */
async function readUploadInput(request: IncomingMessage): Promise<RoomInput> {
  // The converters (pdf.js, mammoth, DOMPurify…) load on the first upload, not at start-up.
  const { mapFileFormat, maxReadingFileBytes } = await import('@warrant/formats')
  const body = await readBody(request, maxReadingFileBytes + multipartOverhead, 'The upload')
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers['content-type'] ?? '' } }).formData()
  } catch {
    throw new ApiError(400, 'The upload is not valid multipart/form-data')
  }
  const file = form.get('file')
  if (!(file instanceof File)) throw new ApiError(400, 'The upload has no "file" field')
  const bytes = new Uint8Array(await file.arrayBuffer())
  const title = form.get('title')
  const id = form.get('id')
  const fields = (fallbackTitle: string) =>
    validateRoomInput({
      title: typeof title === 'string' && title.trim() ? title : fallbackTitle,
      text: '',
      ...(typeof id === 'string' && id !== '' ? { id } : {}),
    })
  const stem = file.name.replace(/\.[^.]+$/, '')
  const mapFormat = mapFileFormat(file.name, bytes)
  if (mapFormat) return { ...fields(stem), mapFile: { format: mapFormat, bytes, name: file.name } }
  const reading = await readUploadedReading(bytes, file.name, file.type)
  return { ...fields(reading.title ?? stem), reading }
}

export function validateRoomInput(body: unknown): RoomInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'The body must be a JSON object {"title", "text"}')
  const { title, text, id } = body as Record<string, unknown>
  if (typeof title !== 'string') throw new ApiError(400, '"title" must be a string')
  if (typeof text !== 'string') throw new ApiError(400, '"text" must be a string')
  if (title.length > maxTitleLength) throw new ApiError(400, `"title" is longer than ${maxTitleLength} characters`)
  if (text.length > maxTextLength) throw new ApiError(413, `"text" is longer than ${maxTextLength.toLocaleString('en')} characters`)
  if (id !== undefined && (typeof id !== 'string' || !isRoomId(id))) {
    throw new ApiError(400, '"id" must be 1-64 characters of A-Z, a-z, 0-9, _ and -')
  }
  const trimmed = title.trim()
  return { title: trimmed === '' ? 'Untitled reading' : trimmed, text, ...(id === undefined ? {} : { id }) }
}
