import { useSyncExternalStore } from 'react'
import type { RoomSession } from './RoomSession'
import type { SyncStatus } from './SyncStatus'

export function useSyncStatus(session: RoomSession): SyncStatus {
  return useSyncExternalStore(session.subscribe, session.getSnapshot)
}
