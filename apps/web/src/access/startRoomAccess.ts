import type { AccessCheck } from './AccessCheck'
import { fetchRoomAccess } from './fetchRoomAccess'

let started: { roomId: string; token: string; check: Promise<AccessCheck>; at: number } | null = null

/** How long the page's own check stands for the room's epoch (`recentRoomAccess`). */
const recentMs = 10_000

/**
 * Starts a room's access check as the page starts (startRouteChunks), before React and the room
 * page are evaluated: the room connects only once it is answered, so it is on the open's path.
 */
export function startRoomAccess(roomId: string, token: string): void {
  started = { roomId, token, check: fetchRoomAccess(roomId, token), at: performance.now() }
}

/** The check started with the page for this room and token, if any; a retry asks afresh. */
export function startedRoomAccess(roomId: string, token: string): Promise<AccessCheck> | null {
  return started && started.roomId === roomId && started.token === token ? started.check : null
}

/**
 * The check started with the page, while it is recent: the room session's first epoch check takes
 * it rather than asking again right after (confirmRoomEpoch).
 */
export function recentRoomAccess(roomId: string, token: string): Promise<AccessCheck> | null {
  return started && performance.now() - started.at < recentMs ? startedRoomAccess(roomId, token) : null
}
