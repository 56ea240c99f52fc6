import type { RoomSession } from '../session/RoomSession'
import { syncStatusLabel } from '../session/SyncStatus'
import { useSyncStatus } from '../session/useSyncStatus'

const explanations: Record<string, string> = {
  'saved-locally': 'Stored in this browser; the server has not confirmed it yet.',
  offline: 'Your changes are kept in this browser and sent when the connection returns.',
  saved: 'The server has stored every change.',
}

export function StatusBadge({ session }: { session: RoomSession }) {
  const status = useSyncStatus(session)
  return (
    <span
      className={`status-badge status-${status.state}`}
      role="status"
      aria-live="polite"
      data-testid="sync-status"
      data-status={status.state}
      data-waiting={status.waiting}
      title={explanations[status.state]}
    >
      <span className="status-dot" aria-hidden="true" />
      {syncStatusLabel(status)}
    </span>
  )
}
