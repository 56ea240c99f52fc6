import type { Role } from '../roles'

/**
 * The HTTP contract between the server's room API and its clients (web app, tests, scripts).
 * Types only plus the names both sides must spell the same way; no transport code.
 */

/** Query parameter carrying a room token on room URLs, the sync endpoint and the HTTP API. */
export const roomTokenParam = 'token'

/**
 * Key of the room epoch in both docs' `meta` map. A room re-created under an old id gets a new
 * epoch, so a browser whose cached copy carries another epoch discards it instead of merging.
 */
export const roomEpochKey = 'epoch'

/** `POST /api/rooms` body (JSON). */
export interface CreateRoomRequest {
  title: string
  text: string
  id?: string
}

/** `201` answer of `POST /api/rooms`: one room URL (with its token) per role. */
export interface CreatedRoom {
  id: string
  epoch: string
  links: Record<Role, string>
}

/** `GET /api/rooms/<id>/access` answer: what the presented token lets its holder do. */
export interface RoomAccess {
  room: string
  role: Role
  title: string
  epoch: string
  linkId: string
}

/** One entry of `GET /api/rooms/<id>/links`; `POST` answers the same without `revokedAt`. */
export interface RoomLink {
  id: string
  role: Role
  url: string
  /** ISO 8601. */
  createdAt: string
  revokedAt: string | null
}

/** Every error answer of the API. */
export interface ApiErrorBody {
  error: string
}
