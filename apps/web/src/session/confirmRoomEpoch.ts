import { fetchRoomAccess } from '../access/fetchRoomAccess'
import type { EpochSource } from './LocalRoomCopy'
import { normaliseEpoch } from './RoomEpoch'

/**
 * The room's epoch as the access endpoint says it now. Undefined while the server cannot be
 * reached or refuses the token (the access check then ends the session with the reason).
 */
export function confirmRoomEpoch(roomId: string, token: string): EpochSource {
  return async () => {
    const check = await fetchRoomAccess(roomId, token).catch(() => null)
    return check?.state === 'granted' ? normaliseEpoch(check.access.epoch) : undefined
  }
}
