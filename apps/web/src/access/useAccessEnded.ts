import { useSyncExternalStore } from 'react'
import type { AccessEnded, RoomSession } from '../session/RoomSession'

export function useAccessEnded(session: RoomSession): AccessEnded | null {
  return useSyncExternalStore(session.subscribe, () => session.accessEnded)
}
