import { fetchRoomAccess } from '../access/fetchRoomAccess'
import { recentRoomAccess } from '../access/startRoomAccess'
import type { EpochSource } from './LocalRoomCopy'
import { normaliseEpoch } from './RoomEpoch'

/**
 * The room's epoch as the access endpoint says it now. Undefined while the server cannot be
 * reached or refuses the token (the access check then ends the session with the reason).
 */
export function confirmRoomEpoch(roomId: string, token: string): EpochSource {
  // The first answer may be the page's own check, moments old (startRoomAccess).
  let recent = recentRoomAccess(roomId, token)
  return async () => {
    const asked = recent ?? fetchRoomAccess(roomId, token)
    recent = null
    const check = await asked.catch(() => null)
    return check?.state === 'granted' ? normaliseEpoch(check.access.epoch) : undefined
  }
}
