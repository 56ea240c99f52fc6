import type { Role } from '@warrant/model'
import type { RoomRegistry, RoomRow } from './RoomRegistry'
import { verifyRoomToken } from './roomTokens'

/** What one presented token grants in one room, once checked against the registry. */
export interface AccessGrant {
  room: RoomRow
  role: Role
  linkId: string
  /** When the token stops working (ms since the epoch), or null. */
  expiresAt: number | null
}

export type AccessCheck = { ok: true; grant: AccessGrant } | { ok: false; status: 401 | 403 | 404; error: string }

/**
 * The one access rule, for the HTTP API and the sync upgrade alike: a valid token (else 401)
 * for this room (else 403), a room that exists (else 404), a link still in force (else 403).
 */
export async function checkAccess(registry: RoomRegistry, secret: Uint8Array, roomId: string, token: string | null): Promise<AccessCheck> {
  const verified = await verifyRoomToken(secret, token)
  if (!verified.ok) return { ok: false, status: 401, error: verified.error }
  const { claims } = verified
  if (claims.room !== roomId) return { ok: false, status: 403, error: 'This link is for another room' }
  const room = registry.room(roomId)
  if (room === undefined) return { ok: false, status: 404, error: 'This room does not exist (it may have been deleted)' }
  const link = registry.link(claims.jti)
  // A link of a deleted room is gone with it, so a token from before a re-creation fails here too.
  if (link === undefined || link.room !== roomId || link.role !== claims.role) {
    return { ok: false, status: 403, error: 'This link is no longer valid for this room' }
  }
  if (link.revokedAt !== null) return { ok: false, status: 403, error: "This link was revoked by the room's owner" }
  return { ok: true, grant: { room, role: claims.role, linkId: claims.jti, expiresAt: claims.exp === undefined ? null : claims.exp * 1000 } }
}

/** Re-checked after an await: the room may have been deleted or the link revoked meanwhile. */
export function grantStillHolds(registry: RoomRegistry, grant: AccessGrant): boolean {
  const room = registry.room(grant.room.id)
  const link = registry.link(grant.linkId)
  return room?.epoch === grant.room.epoch && link !== undefined && link.revokedAt === null
}
