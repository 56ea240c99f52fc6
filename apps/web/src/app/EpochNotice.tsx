import { useSyncExternalStore } from 'react'
import type { RoomSession } from '../session/RoomSession'

/** Says that this browser's copy of an older room with this id was deleted rather than merged. */
export function EpochNotice({ session }: { session: RoomSession }) {
  const { localCopy } = session
  const discarded = useSyncExternalStore(localCopy.subscribe, localCopy.getDiscarded)
  if (!discarded) return null
  return (
    <p className="epoch-notice" role="status" data-testid="epoch-notice">
      This room was re-created; your offline copy of the old room was discarded.
      <button type="button" onClick={() => localCopy.dismissNotice()}>
        Dismiss
      </button>
    </p>
  )
}
