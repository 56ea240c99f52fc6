import type { IncomingMessage } from 'node:http'
import { isRoomId } from '@warrant/model'
import { ApiError } from '../ApiError'
import { readJsonBody } from '../readBody'

export const maxRoomBodyBytes = 8 * 1024 * 1024
export const maxTitleLength = 200
export const maxTextLength = 2_000_000

export interface RoomInput {
  title: string
  text: string
  id?: string
}

/**
 * The new room a `POST /api/rooms` describes, by body type. JSON today; the formats work adds
 * `multipart/form-data` (an uploaded file) as another branch that ends in `validateRoomInput`.
 */
export async function readRoomInput(request: IncomingMessage): Promise<RoomInput> {
  const type = (request.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/json') return validateRoomInput(await readJsonBody(request, maxRoomBodyBytes, 'The room body'))
  throw new ApiError(415, `Send the room as application/json (got ${type})`)
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
