import type { RoomSession } from '../session/RoomSession'
import { syncStatusLabels } from '../session/SyncStatus'
import { useSyncStatus } from '../session/useSyncStatus'

export function StatusBadge({ session }: { session: RoomSession }) {
  const status = useSyncStatus(session)
  return (
    <span className={`status-badge status-${status}`} role="status" aria-live="polite" data-testid="sync-status" data-status={status}>
      <span className="status-dot" aria-hidden="true" />
      {syncStatusLabels[status]}
    </span>
  )
}
